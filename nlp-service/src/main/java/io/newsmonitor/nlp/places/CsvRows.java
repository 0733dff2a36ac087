package io.newsmonitor.nlp.places;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads a small comma-separated resource with double-quoted fields (no quotes or line breaks inside them). */
final class CsvRows {

    private CsvRows() {
    }

    /** The rows of a classpath resource, without the header row. */
    static List<String[]> read(String resource) {
        InputStream in = CsvRows.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("Division data " + resource + " is not on the classpath; "
                    + "it belongs in nlp-service/src/main/resources" + resource);
        }
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.readLine();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    rows.add(split(line));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read division data " + resource, e);
        }
        return rows;
    }

    static String[] split(String line) {
        String[] fields = line.split(",", -1);
        for (int i = 0; i < fields.length; i++) {
            String field = fields[i].strip();
            if (field.length() >= 2 && field.startsWith("\"") && field.endsWith("\"")) {
                field = field.substring(1, field.length() - 1);
            }
            fields[i] = field;
        }
        return fields;
    }
}
