package io.newsmonitor.nlp.keywords;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * In how many documents of a background corpus each keyword candidate occurs, for inverse document
 * frequency: a candidate that every article has (产业, 经济) weighs little, one that few have
 * (铝基新材料) weighs much. Stored as {@code keywords/document-frequencies.tsv}: a first line
 * {@code #documents<TAB>N}, then {@code candidate<TAB>documents}, sorted. The corpus and how to rebuild
 * the file are described in nlp-service's README ("Keywords").
 */
public final class DocumentFrequencies {

    static final String RESOURCE = "/keywords/document-frequencies.tsv";
    private static final String HEADER = "#documents";

    private final int documents;
    private final Map<String, Integer> frequencies;

    public DocumentFrequencies(int documents, Map<String, Integer> frequencies) {
        this.documents = documents;
        this.frequencies = Map.copyOf(frequencies);
    }

    /** Counts, for each candidate, the documents that contain it. */
    public static DocumentFrequencies of(Collection<Set<String>> candidatesPerDocument) {
        Map<String, Integer> frequencies = new HashMap<>();
        for (Set<String> candidates : candidatesPerDocument) {
            candidates.forEach(c -> frequencies.merge(c, 1, Integer::sum));
        }
        return new DocumentFrequencies(candidatesPerDocument.size(), frequencies);
    }

    public static DocumentFrequencies load() {
        try (InputStream in = DocumentFrequencies.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The document frequencies " + RESOURCE + " are missing from the classpath; "
                        + "rebuild them as nlp-service's README describes");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the document frequencies " + RESOURCE, e);
        }
    }

    static DocumentFrequencies parse(String tsv) {
        int documents = -1;
        Map<String, Integer> frequencies = new HashMap<>();
        try (BufferedReader reader = new BufferedReader(new java.io.StringReader(tsv))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] fields = line.split("\t");
                if (fields.length != 2) {
                    throw new IllegalStateException("Line \"" + line + "\" of " + RESOURCE
                            + " is not candidate<TAB>documents; rebuild the file");
                }
                if (fields[0].equals(HEADER)) {
                    documents = Integer.parseInt(fields[1]);
                } else {
                    frequencies.put(fields[0], Integer.parseInt(fields[1]));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (documents < 1) {
            throw new IllegalStateException(RESOURCE + " has no '#documents' line; rebuild the file");
        }
        return new DocumentFrequencies(documents, frequencies);
    }

    /** The file form: header line, then candidates sorted, so that a rebuild gives a readable diff. */
    public String toTsv() {
        return HEADER + "\t" + documents + "\n" + new TreeMap<>(frequencies).entrySet().stream()
                .map(e -> e.getKey() + "\t" + e.getValue() + "\n")
                .collect(Collectors.joining());
    }

    /** Smoothed inverse document frequency, ln((N + 1) / (df + 1)) + 1: never zero, highest for unseen candidates. */
    public double idf(String candidate) {
        return Math.log((documents + 1.0) / (frequencies.getOrDefault(candidate, 0) + 1.0)) + 1.0;
    }

    public int documents() {
        return documents;
    }
}
