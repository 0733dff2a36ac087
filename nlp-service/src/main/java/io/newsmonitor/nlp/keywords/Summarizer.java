package io.newsmonitor.nlp.keywords;

import com.hankcs.hanlp.seg.common.Term;
import io.newsmonitor.nlp.segment.SegmentedText;
import io.newsmonitor.nlp.text.GuardedPattern;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Summarises a clean text by its lead sentence and the most central of the others ({@link SentenceRank}: TextRank
 * over BM25 similarity, on the terms of the shared {@link SegmentedText}), returned in the order they appear:
 * two sentences, and a third when the summary stays within {@value #MAX_CHARS} characters. Only complete
 * sentences (ending in 。！？, not a one-clause photo caption) compete when the text has any; headlines, captions and
 * datelines without final punctuation compete only in a text that has no sentence. A sentence that
 * looks like page furniture (版权, 联系, 电话, 邮箱, 上一篇, ICP, 当前位置, a wire dateline, a photo
 * credit) never does, whatever cleaning missed. TextRank compares every pair of sentences, so in a very long text
 * only the first {@value #MAX_RANKED_SENTENCES} candidates compete: a news story's summary is in its first part, and a
 * book-length text would otherwise take minutes.
 */
public final class Summarizer {

    /** Shorter fragments (photo captions, 完) make poor summaries. */
    private static final int MIN_SENTENCE_CHARS = 10;

    private static final GuardedPattern FURNITURE = GuardedPattern.compile(
            "版权|免责|转载|联系|电话|邮箱|邮编|地址[:：]|上一篇|下一篇|ICP|当前位置|首页\\s*>|来源[:：]|编辑[:：]"
                    + "|\\d{1,2}月\\d{1,2}日电|题[:：]|摄$|供图|点击|扫码|关注我们", "[版免转联电邮地上下I当首来编0-9题摄供点扫关]");

    /** A summary grows past two sentences only while it stays within this many characters. */
    static final int MAX_CHARS = 400;

    /** At most this many candidate sentences, the first ones, are ranked. */
    static final int MAX_RANKED_SENTENCES = 300;

    private static final int CAPTION_MAX_CHARS = 25;
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[,，;；:：、]");

    private final int sentences;

    /** @param sentences how many sentences a summary has at most; at least 1 */
    public Summarizer(int sentences) {
        if (sentences < 1) {
            throw new IllegalArgumentException("A summary needs at least 1 sentence, was " + sentences);
        }
        this.sentences = sentences;
    }

    public String summarize(String cleanText) {
        return summarize(SegmentedText.of(cleanText));
    }

    public String summarize(SegmentedText text) {
        List<SegmentedText.Sentence> candidates = candidates(text);
        if (candidates.size() <= sentences) {
            return String.join("", candidates.stream().map(SegmentedText.Sentence::text).toList());
        }
        List<List<String>> words = new ArrayList<>(candidates.size());
        for (SegmentedText.Sentence sentence : candidates) {
            List<String> terms = new ArrayList<>(sentence.terms().size());
            for (Term term : sentence.terms()) {
                if (term.word.length() > 1) {
                    terms.add(term.word);
                }
            }
            words.add(terms);
        }
        // The lead opens a news story with who, what and when; TextRank adds the most central of the rest.
        int[] ranked = SentenceRank.rank(words);
        int[] chosen = new int[sentences];
        int count = 0;
        chosen[count++] = 0;
        int chars = candidates.get(0).text().length();
        for (int i = 0; i < ranked.length && count < sentences; i++) {
            int length = candidates.get(ranked[i]).text().length();
            // Two sentences always; a third only while the summary stays readable at a glance.
            if (ranked[i] != 0 && (count < 2 || chars + length <= MAX_CHARS)) {
                chosen[count++] = ranked[i];
                chars += length;
            }
        }
        Arrays.sort(chosen, 0, count);
        StringBuilder summary = new StringBuilder();
        for (int i = 0; i < count; i++) {
            summary.append(candidates.get(chosen[i]).text());
        }
        return summary.toString();
    }

    /** Complete sentences when there are any; else every line; never furniture; the first {@value #MAX_RANKED_SENTENCES}. */
    private static List<SegmentedText.Sentence> candidates(SegmentedText text) {
        List<SegmentedText.Sentence> complete = new ArrayList<>();
        List<SegmentedText.Sentence> any = new ArrayList<>();
        for (SegmentedText.Sentence sentence : text.sentences()) {
            if (FURNITURE.search(sentence.text()).found()) {
                continue;
            }
            any.add(sentence);
            if (sentence.isComplete() && sentence.text().length() >= MIN_SENTENCE_CHARS && !isCaption(sentence.text())) {
                complete.add(sentence);
            }
        }
        List<SegmentedText.Sentence> candidates = complete.isEmpty() ? any : complete;
        return candidates.size() > MAX_RANKED_SENTENCES ? candidates.subList(0, MAX_RANKED_SENTENCES) : candidates;
    }

    /** A photo caption is one short clause (乐至县工业高质量发展大会现场。): no comma, few characters. */
    private static boolean isCaption(String sentence) {
        return sentence.length() < CAPTION_MAX_CHARS && !CLAUSE_BREAK.matcher(sentence).find();
    }
}
