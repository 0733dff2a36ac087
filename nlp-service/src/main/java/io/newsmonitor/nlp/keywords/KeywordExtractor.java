package io.newsmonitor.nlp.keywords;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.corpus.tag.Nature;
import com.hankcs.hanlp.seg.common.Term;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Picks key words and phrases of a clean Simplified text: HanLP's phrase extraction first (it finds
 * 六大突破, 重大项目, 产业集群), then TextRank keywords to fill up. Single characters and the generic
 * verbs and nouns of policy writing (发展, 建设, 推动 …) are dropped: they are in every article.
 */
public final class KeywordExtractor {

    private static final Set<String> GENERIC = Set.of(
            "发展", "建设", "推动", "推进", "加快", "工作", "实施", "全面", "深入", "坚持", "加强", "提升", "打造",
            "持续", "进一步", "重要", "强调", "指出", "要求", "会议", "精神", "贯彻", "落实", "领导", "部门", "开展",
            "全市", "全县", "全区", "全省", "各级", "有关", "同志", "主要", "负责", "相关", "积极", "不断", "重点",
            "我们", "他们", "一个", "没有", "进行", "作为", "表示", "认为", "时间", "来源", "编辑", "记者");

    private static final Pattern WORD = Pattern.compile("[\\p{IsHan}A-Za-z][\\p{IsHan}A-Za-z0-9]+");

    private final int max;

    /** @param max how many keywords to return at most; at least 1 */
    public KeywordExtractor(int max) {
        if (max < 1) {
            throw new IllegalArgumentException("The number of keywords must be at least 1, was " + max);
        }
        this.max = max;
    }

    public List<String> extract(String cleanText) {
        if (cleanText.isBlank()) {
            return List.of();
        }
        Set<String> keywords = new LinkedHashSet<>();
        addUseful(HanLP.extractPhrase(cleanText, max * 2), keywords, true);
        if (keywords.size() < max) {
            addUseful(HanLP.extractKeyword(cleanText, max * 3), keywords, false);
        }
        return List.copyOf(keywords);
    }

    private void addUseful(List<String> candidates, Set<String> keywords, boolean phrases) {
        for (String candidate : candidates) {
            if (keywords.size() >= max) {
                return;
            }
            if (isUseful(candidate) && (!phrases || isWholePhrase(candidate))) {
                keywords.add(candidate);
            }
        }
    }

    /**
     * Phrase extraction joins neighbouring words across constituent boundaries (实施六大, 建设中,
     * 基新材料): a phrase must start with a word that is not a verb and must start and end with
     * words of two characters or more.
     */
    private static boolean isWholePhrase(String phrase) {
        List<Term> terms = HanLP.segment(phrase);
        Term first = terms.get(0);
        Term last = terms.get(terms.size() - 1);
        return first.word.length() >= 2 && last.word.length() >= 2 && first.nature != Nature.v;
    }

    private static boolean isUseful(String word) {
        return word.length() >= 2 && WORD.matcher(word).matches() && !GENERIC.contains(word);
    }
}
