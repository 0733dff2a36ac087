package io.newsmonitor.ingest.read;

/**
 * Removes the invisible formatting characters that copy-and-paste and web pages leave in article text: they
 * show nothing, yet they split words for segmentation and search, and make two copies of one article differ (and
 * so get two ids). Removed everywhere: zero-width space U+200B, word joiner U+2060, zero-width no-break space /
 * byte order mark U+FEFF, soft hyphen U+00AD, and the direction controls (U+200E, U+200F, U+061C, U+202A–U+202E,
 * U+2066–U+2069), which Chinese text never needs and which can make text display in another order than it is
 * stored. Zero-width joiner and non-joiner (U+200D, U+200C) are kept between two characters that are neither Han
 * nor space, where they build emoji sequences and letters of Arabic, Persian and Indic scripts, and removed
 * elsewhere. Visible text is never changed.
 */
public final class InvisibleCharacters {

    private static final char ZWNJ = '\u200C';
    private static final char ZWJ = '\u200D';

    private InvisibleCharacters() {
    }

    /** The text without its invisible formatting characters; the same instance when it has none. */
    public static String strip(String text) {
        if (text == null || text.chars().noneMatch(InvisibleCharacters::isCandidate)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isAlwaysRemoved(c)) {
                continue;
            }
            if ((c == ZWJ || c == ZWNJ) && !joins(text, i)) {
                continue;
            }
            out.append(c);
        }
        return out.toString();
    }

    private static boolean isAlwaysRemoved(int c) {
        return c == '\u200B' || c == '\u2060' || c == '\uFEFF' || c == '\u00AD'
                || c == '\u200E' || c == '\u200F' || c == '\u061C'
                || c >= '\u202A' && c <= '\u202E'
                || c >= '\u2066' && c <= '\u2069';
    }

    private static boolean isCandidate(int c) {
        return isAlwaysRemoved(c) || c == ZWJ || c == ZWNJ;
    }

    // A joiner matters only between two characters that can be joined: not Han, not space, not the text's edge.
    private static boolean joins(String text, int at) {
        if (at == 0 || at == text.length() - 1) {
            return false;
        }
        int before = text.codePointBefore(at);
        int after = text.codePointAt(at + 1);
        return joinable(before) && joinable(after);
    }

    private static boolean joinable(int codePoint) {
        return !Character.isWhitespace(codePoint) && !isAlwaysRemoved(codePoint)
                && Character.UnicodeScript.of(codePoint) != Character.UnicodeScript.HAN
                && codePoint != ZWJ && codePoint != ZWNJ;
    }
}
