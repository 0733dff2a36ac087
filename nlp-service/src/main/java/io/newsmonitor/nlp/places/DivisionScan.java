package io.newsmonitor.nlp.places;

import java.util.List;

/**
 * The division names written in one clean text, as {@link DivisionFinder} found them. A text is scanned once per
 * article ({@link PlaceResolver#scan(String)}): both resolutions of its places, the one organisations are named
 * with and the article's own, read the same matches. Immutable.
 */
public final class DivisionScan {

    private final String text;
    private final List<DivisionFinder.Match> matches;

    DivisionScan(String text, List<DivisionFinder.Match> matches) {
        this.text = text;
        this.matches = List.copyOf(matches);
    }

    /** The text that was scanned. */
    public String text() {
        return text;
    }

    List<DivisionFinder.Match> matches() {
        return matches;
    }
}
