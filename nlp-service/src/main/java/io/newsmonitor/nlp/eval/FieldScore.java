package io.newsmonitor.nlp.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Exact-match rate of one value per article (a metadata field, a place code), with the mismatches. */
public final class FieldScore {

    private int matched;
    private int total;
    private final List<String> mismatches = new ArrayList<>();

    /**
     * Compares one expected value with what the pipeline returned ({@code null} equals {@code null}).
     *
     * @param label what is compared, for the list of mismatches, e.g. {@code 003 title}
     */
    public void add(String label, Object expected, Object actual) {
        total++;
        if (Objects.equals(expected, actual)) {
            matched++;
        } else {
            mismatches.add(label + ": expected " + expected + ", got " + actual);
        }
    }

    public double rate() {
        return total == 0 ? 0 : (double) matched / total;
    }

    public int matched() {
        return matched;
    }

    public int total() {
        return total;
    }

    public List<String> mismatches() {
        return List.copyOf(mismatches);
    }

    @Override
    public String toString() {
        return String.format("%.2f (%d/%d)", rate(), matched, total);
    }
}
