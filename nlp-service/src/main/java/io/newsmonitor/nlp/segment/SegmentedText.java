package io.newsmonitor.nlp.segment;

import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A clean text cut into sentences, each segmented once by {@link ArticleSegmenter} (HanLP with person and
 * organisation recognition), so that entities, places, keywords and the summary work from one token stream
 * instead of segmenting the text again each. Sentences end at 。！？ or a line break; a line without final
 * punctuation (a headline, a caption) is a sentence too.
 *
 * @param sentences the sentences in order, blank ones left out
 */
public record SegmentedText(List<Sentence> sentences) {

    private static final Pattern SENTENCE = Pattern.compile("[^。！？!?\\n]+[。！？!?]*");

    /**
     * @param text the sentence as written, stripped
     * @param terms HanLP's words with their part of speech; an organisation the recogniser found is given as the
     *     words it is made of ({@code 巴中市/ns 经信局/nt}), so that the places and persons inside stay visible
     * @param organizations the organisation names the recogniser found ({@code nt}), in order
     */
    public record Sentence(String text, List<Term> terms, List<String> organizations) {

        public Sentence {
            terms = List.copyOf(terms);
            organizations = List.copyOf(organizations);
        }

        /** Whether the sentence ends with sentence-final punctuation (headlines and captions do not). */
        public boolean isComplete() {
            char last = text.charAt(text.length() - 1);
            return last == '。' || last == '！' || last == '？' || last == '!' || last == '?';
        }
    }

    public SegmentedText {
        sentences = List.copyOf(sentences);
    }

    /** Cuts and segments a clean Simplified text with the shared segmenter. */
    public static SegmentedText of(String cleanText) {
        return of(cleanText, ArticleSegmenter.shared());
    }

    /** Cuts a clean Simplified text into sentences and segments each with the given segmenter. */
    public static SegmentedText of(String cleanText, ArticleSegmenter segmenter) {
        List<Sentence> sentences = new ArrayList<>();
        Matcher m = SENTENCE.matcher(cleanText);
        while (m.find()) {
            String sentence = m.group().strip();
            if (!sentence.isEmpty()) {
                sentences.add(segmenter.segment(sentence));
            }
        }
        return new SegmentedText(sentences);
    }
}
