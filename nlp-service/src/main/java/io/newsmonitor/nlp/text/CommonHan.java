package io.newsmonitor.nlp.text;

/**
 * The common ideographs 一 (U+4E00) to 龥 (U+9FA5): every one is a letter (Lo) of the Han script, so a string made of
 * them alone needs no look-up in the script table ({@link Character.UnicodeScript#of}, a binary search) to pass
 * {@code \p{IsHan}}, nor a category look-up to fail {@code \p{P}}, {@code \p{S}}, {@code \p{N}} or {@code \s}.
 * Anything else is left to the caller's full test.
 */
public final class CommonHan {

    private static final int FIRST = 0x4E00;
    private static final int LAST = 0x9FA5;

    private CommonHan() {
    }

    /** Whether the character is one of the common ideographs. */
    public static boolean is(int c) {
        return c >= FIRST && c <= LAST;
    }

    /** Whether the string is not empty and holds only common ideographs. */
    public static boolean all(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (!is(text.charAt(i))) {
                return false;
            }
        }
        return !text.isEmpty();
    }
}
