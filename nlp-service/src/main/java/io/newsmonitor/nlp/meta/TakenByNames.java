package io.newsmonitor.nlp.meta;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds photographers named before 摄: {@code 孙小红 摄} at a line's end, or {@code (罗彬 摄)}. The name is a
 * run of two or three Han characters with no Han character before it, then spaces, 摄, spaces, and the line's end or
 * a closing bracket. This is what {@code (?<!\p{IsHan})(\p{IsHan}{2,3})[ \t\u3000]*摄[ \t\u3000]*(?:$|(?=[)）]))}
 * finds in multi-line mode, but read outwards from each 摄 instead of tried at every Han character of the text,
 * where it looked up each character's script. Stateless.
 */
final class TakenByNames {

    private static final char TAKEN = '摄';

    /** A name found at a position of the text. */
    record Found(int at, String name) {
    }

    private TakenByNames() {
    }

    /** The names in order of appearance. */
    static List<Found> find(String text) {
        List<Found> found = new ArrayList<>();
        int end = 0;
        for (int taken = text.indexOf(TAKEN); taken >= 0; taken = text.indexOf(TAKEN, taken + 1)) {
            int after = skipSpaces(text, taken + 1);
            if (!endsLine(text, after) && !closesBracket(text, after)) {
                continue;
            }
            int nameEnd = taken;
            while (nameEnd > 0 && isSpace(text.charAt(nameEnd - 1))) {
                nameEnd--;
            }
            int nameStart = nameStart(text, nameEnd);
            if (nameStart >= end) {
                found.add(new Found(nameStart, text.substring(nameStart, nameEnd)));
                end = after;
            }
        }
        return found;
    }

    /**
     * Where a name of three, else two, Han characters ending at {@code nameEnd} starts; -1 if none does. As in the
     * expression's lookbehind, the character before the name must not be Han, one UTF-16 unit at a time: the low
     * half of a character outside the BMP counts as no Han character there.
     */
    private static int nameStart(String text, int nameEnd) {
        int[] startAfter = new int[4];
        int start = nameEnd;
        int characters = 0;
        while (characters < 3 && start > 0 && isHan(text.codePointBefore(start))) {
            start -= Character.charCount(text.codePointBefore(start));
            startAfter[++characters] = start;
        }
        for (int length = characters; length >= 2; length--) {
            int candidate = startAfter[length];
            if (candidate == 0 || !isHan(text.charAt(candidate - 1))) {
                return candidate;
            }
        }
        return -1;
    }

    private static int skipSpaces(String text, int from) {
        int i = from;
        while (i < text.length() && isSpace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\u3000';
    }

    /** Where {@code $} matches in multi-line mode: the text's end or before a line terminator. */
    private static boolean endsLine(String text, int at) {
        if (at == text.length()) {
            return true;
        }
        char c = text.charAt(at);
        return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    private static boolean closesBracket(String text, int at) {
        return at < text.length() && (text.charAt(at) == ')' || text.charAt(at) == '）');
    }

    private static boolean isHan(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }
}
