package io.newsmonitor.nlp.keywords;

import io.newsmonitor.nlp.segment.SegmentedText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Picks the key words and phrases specific to one article. Candidates (nouns, noun compounds, quoted
 * terms; see {@link KeywordCandidates}) are scored by TF-IDF against the background corpus in
 * {@link DocumentFrequencies}, with sublinear term frequency (1 + ln tf). Compounds and quoted terms
 * that occur at least twice come first, best first; a compound that only ever occurs inside a longer
 * one (地区双城 in 地区双城经济圈) is not a candidate. Single nouns fill the remaining places. A candidate
 * that overlaps one already chosen (产业 inside 产业集群) is skipped unless it occurs at least twice as
 * often (重大项目 beside 重大项目推进年), so each keyword adds something. The reviewed {@link StopWords} (发展, 建设, 推动 …) are never keywords.
 */
public final class KeywordExtractor {

    private static final int MIN_PHRASE_COUNT = 2;

    private final int max;
    private final KeywordCandidates candidates;
    private final DocumentFrequencies frequencies;

    /** @param max how many keywords to return at most; at least 1 */
    public KeywordExtractor(int max) {
        this(max, StopWords.load(), DocumentFrequencies.load());
    }

    public KeywordExtractor(int max, StopWords stopWords, DocumentFrequencies frequencies) {
        if (max < 1) {
            throw new IllegalArgumentException("The number of keywords must be at least 1, was " + max);
        }
        this.max = max;
        this.candidates = new KeywordCandidates(stopWords);
        this.frequencies = frequencies;
    }

    public List<String> extract(String cleanText) {
        return extract(SegmentedText.of(cleanText));
    }

    public List<String> extract(SegmentedText text) {
        Map<String, KeywordCandidates.Count> counts = candidates.count(text);
        List<KeywordCandidates.Count> repeatedPhrases = new ArrayList<>();
        List<Scored> words = new ArrayList<>();
        for (KeywordCandidates.Count count : counts.values()) {
            if (!count.phrase()) {
                words.add(scored(count));
            } else if (count.count() >= MIN_PHRASE_COUNT) {
                repeatedPhrases.add(count);
            }
        }
        List<Scored> phrases = new ArrayList<>();
        for (KeywordCandidates.Count phrase : repeatedPhrases) {
            if (!isPartOfALongerPhrase(phrase, repeatedPhrases)) {
                phrases.add(scored(phrase));
            }
        }
        List<Scored> keywords = new ArrayList<>();
        addBest(phrases, keywords);
        addBest(words, keywords);
        return keywords.stream().map(Scored::text).toList();
    }

    /** Sublinear term frequency, so that a word repeated thirty times does not bury a specific phrase. */
    private Scored scored(KeywordCandidates.Count count) {
        return new Scored(count.text(), count.count(), (1 + Math.log(count.count())) * frequencies.idf(count.text()));
    }

    /** 地区双城 always followed by 经济圈: only the longer phrase is a candidate. */
    private static boolean isPartOfALongerPhrase(KeywordCandidates.Count phrase, List<KeywordCandidates.Count> repeated) {
        for (KeywordCandidates.Count other : repeated) {
            if (other.count() >= phrase.count() && other.text().length() > phrase.text().length()
                    && other.text().contains(phrase.text())) {
                return true;
            }
        }
        return false;
    }

    private void addBest(List<Scored> ranked, List<Scored> keywords) {
        ranked.sort(Comparator.comparingDouble(Scored::score).reversed().thenComparing(Scored::text));
        for (Scored candidate : ranked) {
            if (keywords.size() == max) {
                return;
            }
            if (keywords.stream().noneMatch(candidate::repeats)) {
                keywords.add(candidate);
            }
        }
    }

    private record Scored(String text, int count, double score) {

        /**
         * Whether this candidate adds nothing to a chosen keyword it overlaps: 产业 beside 产业集群, unless it
         * also stands on its own, twice as often (重大项目 beside 重大项目推进年).
         */
        boolean repeats(Scored chosen) {
            boolean overlaps = chosen.text.contains(text) || text.contains(chosen.text);
            return overlaps && count < 2 * chosen.count;
        }
    }
}
