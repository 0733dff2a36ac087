package io.newsmonitor.nlp.keywords;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.common.Term;
import com.hankcs.hanlp.summary.TextRankSentence;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Summarises a clean text by its most central sentences (TextRank over BM25 similarity), returned in
 * the order they appear. Sentences end at 。！？ or a line break; HanLP's own summary splits at commas
 * and returns clauses, sometimes the same clause twice. Headline-like lines without sentence-final
 * punctuation compete too, so a text with any sentence never gets an empty summary.
 */
public final class Summarizer {

    private static final Pattern SENTENCE = Pattern.compile("[^。！？!?\\n]+[。！？!?]*");

    /** Shorter fragments (photo captions, 完) make poor summaries. */
    private static final int MIN_SENTENCE_CHARS = 6;

    private final int sentences;

    /** @param sentences how many sentences a summary has at most; at least 1 */
    public Summarizer(int sentences) {
        if (sentences < 1) {
            throw new IllegalArgumentException("A summary needs at least 1 sentence, was " + sentences);
        }
        this.sentences = sentences;
    }

    public String summarize(String cleanText) {
        List<String> candidates = sentences(cleanText);
        if (candidates.size() <= sentences) {
            return String.join("", candidates);
        }
        List<List<String>> words = new ArrayList<>(candidates.size());
        for (String sentence : candidates) {
            List<String> terms = new ArrayList<>();
            for (Term term : HanLP.segment(sentence)) {
                if (term.word.length() > 1) {
                    terms.add(term.word);
                }
            }
            words.add(terms);
        }
        int[] top = new TextRankSentence(words).getTopSentence(sentences);
        Arrays.sort(top);
        StringBuilder summary = new StringBuilder();
        for (int index : top) {
            summary.append(candidates.get(index));
        }
        return summary.toString();
    }

    private static List<String> sentences(String text) {
        List<String> all = new ArrayList<>();
        Matcher m = SENTENCE.matcher(text);
        while (m.find()) {
            String sentence = m.group().strip();
            if (sentence.length() >= MIN_SENTENCE_CHARS) {
                all.add(sentence);
            }
        }
        if (all.isEmpty() && !text.isBlank()) {
            all.add(text.strip());
        }
        return all;
    }
}
