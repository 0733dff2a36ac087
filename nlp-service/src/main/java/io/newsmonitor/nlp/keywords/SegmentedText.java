package io.newsmonitor.nlp.keywords;

import com.hankcs.hanlp.seg.common.Term;
import com.hankcs.hanlp.tokenizer.StandardTokenizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A clean text cut into sentences, each segmented once by HanLP, so that keywords and the summary
 * work from one token stream instead of segmenting the text again each. Sentences end at 。！？ or a
 * line break; a line without final punctuation (a headline, a caption) is a sentence too.
 *
 * @param sentences the sentences in order, blank ones left out
 */
public record SegmentedText(List<Sentence> sentences) {

    private static final Pattern SENTENCE = Pattern.compile("[^。！？!?\\n]+[。！？!?]*");

    /**
     * @param text the sentence as written, stripped
     * @param terms HanLP's terms with their part of speech
     */
    public record Sentence(String text, List<Term> terms) {

        public Sentence {
            terms = List.copyOf(terms);
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

    /** Cuts and segments a clean Simplified text. */
    public static SegmentedText of(String cleanText) {
        List<Sentence> sentences = new ArrayList<>();
        Matcher m = SENTENCE.matcher(cleanText);
        while (m.find()) {
            String sentence = m.group().strip();
            if (!sentence.isEmpty()) {
                sentences.add(new Sentence(sentence, StandardTokenizer.segment(sentence)));
            }
        }
        return new SegmentedText(sentences);
    }
}
