package io.newsmonitor.nlp.segment;

import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A clean text cut into sentences, each segmented once by {@link ArticleSegmenter} (HanLP with person
 * recognition), so that entities, places, keywords and the summary work from one token stream instead of
 * segmenting the text again each. Sentences end at 。！？ or a line break; a line without final punctuation (a
 * headline, a caption) is a sentence too.
 *
 * <p>HanLP is called once per line, not once per sentence: each call has a fixed cost (a word net, person role
 * tagging) that made up about a tenth of the segmentation time. The line's words are then shared out among its
 * sentences. On every seed, unseen article, background paragraph and test text the words are the same as when
 * each sentence is segmented alone; if HanLP ever joins characters across a sentence's edge into one word, that
 * line's sentences are segmented one by one instead, so that a word never belongs to two sentences.
 *
 * @param sentences the sentences in order, blank ones left out
 */
public record SegmentedText(List<Sentence> sentences) {

    private static final Pattern SENTENCE = Pattern.compile("[^。！？!?\\n]+[。！？!?]*");

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
        List<Sentence> found = new ArrayList<>();
        Matcher m = SENTENCE.matcher(line);
        int next = 0;
        while (m.find()) {
            String sentence = m.group().strip();
            if (sentence.isEmpty()) {
                continue;
            }
            int from = m.start() + leadingWhitespace(m.group());
            int to = from + sentence.length();
            while (next < words.size() && starts[next] < from) {
                next++;
            }
            int first = next;
            while (next < words.size() && starts[next + 1] <= to) {
                next++;
            }
            if (starts[first] != from || starts[next] != to) {
                m.reset();
                while (m.find()) {
                    String alone = m.group().strip();
                    if (!alone.isEmpty()) {
                        sentences.add(segmenter.segment(alone));
                    }
                }
                return;
            }
            found.add(Sentence.of(sentence, words.subList(first, next)));
        }
        sentences.addAll(found);
    }

    private static int leadingWhitespace(String text) {
        int i = 0;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }
}
