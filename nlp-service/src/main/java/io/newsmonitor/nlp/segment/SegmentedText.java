package io.newsmonitor.nlp.segment;

import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A clean text cut into sentences, each segmented once by {@link ArticleSegmenter} (HanLP with person
 * recognition), so that entities, places, keywords and the summary work from one token stream instead of
 * segmenting the text again each. Sentences end at 。！？ or a line break; a line without final punctuation (a
 * headline, a caption) is a sentence too.
 *
 * <p>HanLP is called once per line, not once per sentence: each call has a fixed cost (a word net, person role
 * tagging) that made up about a tenth of the segmentation time. The line's words are then shared out among its
 * sentences. On every seed, unseen article, background paragraph and test text the words are the same as when
 * each sentence is segmented alone; if HanLP ever joins characters across a sentence's edge into one word
 * ({@code 好!,然后}), the two sentences at that edge are segmented alone instead, so that a word never belongs to
 * two sentences, and the line's other sentences keep their words.
 *
 * @param sentences the sentences in order, blank ones left out
 */
public record SegmentedText(List<Sentence> sentences) {

    /**
     * @param text the sentence as written, stripped
     * @param terms HanLP's words with their part of speech
     * @param organizations the words HanLP's dictionary tags as organisations ({@code nt}), in order
     */
    public record Sentence(String text, List<Term> terms, List<String> organizations) {

        public Sentence {
            terms = List.copyOf(terms);
            organizations = List.copyOf(organizations);
        }

        /** A sentence of the given words, with the organisations among them. */
        public static Sentence of(String text, List<Term> terms) {
            List<String> organizations = new ArrayList<>(2);
            for (Term term : terms) {
                if (term.nature != null && term.nature.toString().startsWith("nt")) {
                    organizations.add(term.word);
                }
            }
            return new Sentence(text, terms, organizations);
        }

        /** Whether the sentence ends with sentence-final punctuation (headlines and captions do not). */
        public boolean isComplete() {
            return isFinal(text.charAt(text.length() - 1));
        }
    }

    public SegmentedText {
        sentences = List.copyOf(sentences);
    }

    /** Cuts and segments a clean Simplified text with the shared segmenter. */
    public static SegmentedText of(String cleanText) {
        return of(cleanText, ArticleSegmenter.shared());
    }

    /** Cuts a clean Simplified text into sentences and segments it, line by line, with the given segmenter. */
    public static SegmentedText of(String cleanText, ArticleSegmenter segmenter) {
        List<Sentence> sentences = new ArrayList<>();
        int lineStart = 0;
        while (lineStart <= cleanText.length()) {
            int lineEnd = cleanText.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = cleanText.length();
            }
            String line = cleanText.substring(lineStart, lineEnd);
            if (!line.isBlank()) {
                addLine(line, segmenter, sentences);
            }
            lineStart = lineEnd + 1;
        }
        return new SegmentedText(sentences);
    }

    /**
     * Segments the stripped line once and gives each sentence its words. {@code starts[i]} is where word i begins
     * in the line as written.
     */
    private static void addLine(String line, ArticleSegmenter segmenter, List<Sentence> sentences) {
        List<Term> words = segmenter.words(line.strip());
        int[] starts = new int[words.size() + 1];
        starts[0] = leadingWhitespace(line);
        for (int i = 0; i < words.size(); i++) {
            starts[i + 1] = starts[i] + words.get(i).word.length();
        }
        int[] bounds = sentenceBounds(line);
        int next = 0;
        for (int b = 0; b < bounds.length; b += 2) {
            String written = line.substring(bounds[b], bounds[b + 1]);
            String sentence = written.strip();
            if (sentence.isEmpty()) {
                continue;
            }
            int from = bounds[b] + leadingWhitespace(written);
            int to = from + sentence.length();
            while (next < words.size() && starts[next] < from) {
                next++;
            }
            int first = next;
            while (next < words.size() && starts[next + 1] <= to) {
                next++;
            }
            boolean crossed = starts[first] != from || starts[next] != to;
            sentences.add(crossed ? segmenter.segment(sentence) : Sentence.of(sentence, words.subList(first, next)));
        }
    }

    /**
     * Start and end of each sentence of a line, one after the other: a run of characters other than the final
     * punctuation 。！？!? and line breaks, with the final punctuation that follows it. This is what the expression
     * {@code [^。！？!?\n]+[。！？!?]*} finds, found in one plain pass.
     */
    static int[] sentenceBounds(String line) {
        int[] bounds = new int[8];
        int count = 0;
        int length = line.length();
        int i = 0;
        while (i < length) {
            char c = line.charAt(i);
            if (c == '\n' || isFinal(c)) {
                i++;
                continue;
            }
            int start = i;
            while (i < length && line.charAt(i) != '\n' && !isFinal(line.charAt(i))) {
                i++;
            }
            while (i < length && isFinal(line.charAt(i))) {
                i++;
            }
            if (count + 2 > bounds.length) {
                bounds = Arrays.copyOf(bounds, bounds.length * 2);
            }
            bounds[count++] = start;
            bounds[count++] = i;
        }
        return Arrays.copyOf(bounds, count);
    }

    private static boolean isFinal(char c) {
        return c == '。' || c == '！' || c == '？' || c == '!' || c == '?';
    }

    private static int leadingWhitespace(String text) {
        int i = 0;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }
}
