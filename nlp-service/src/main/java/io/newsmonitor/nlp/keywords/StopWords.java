package io.newsmonitor.nlp.keywords;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * The reviewed list of words that are never keywords in this genre ({@code keywords/stopwords.txt}:
 * one word a line, {@code #} comments): policy verbs (发展, 建设, 推动), meeting words (会议, 强调),
 * scope words (全市, 市委) and news furniture (记者, 编辑).
 */
public final class StopWords {

    static final String RESOURCE = "/keywords/stopwords.txt";

    private final Set<String> words;

    private StopWords(Set<String> words) {
        this.words = Set.copyOf(words);
    }

    public static StopWords load() {
        try (InputStream in = StopWords.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The stop-word list " + RESOURCE + " is missing from the classpath; "
                        + "it ships in nlp-service's resources, rebuild the module");
            }
            Set<String> words = new HashSet<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String word = line.strip();
                if (!word.isEmpty() && !word.startsWith("#")) {
                    words.add(word);
                }
            }
            return new StopWords(words);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the stop-word list " + RESOURCE, e);
        }
    }

    public boolean contains(String word) {
        return words.contains(word);
    }

    public int size() {
        return words.size();
    }
}
