package io.newsmonitor.nlp.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A regular expression whose matches can only start at a few characters, searched by looking up each
 * position's character in a table first and running the expression only where it may start. {@link Matcher#find()}
 * tries the whole expression at every position, which for an alternation of words ({@code 集团|公司|大学…}) means
 * one comparison per word per character of the text; the table costs one lookup per character. The positions
 * are passed over in a loop of their own, without a call, and the {@link Matcher} is only made once a position
 * may start a match: most texts searched for page furniture or a dateline hold none.
 *
 * <p>The search finds exactly what {@link Matcher#find()} finds, provided every match starts with a character of
 * the guard: lookbehinds, {@code ^} and {@code $} see the whole text, as they do in a plain search. Immutable and
 * thread-safe; {@link Search} is not.
 */
public final class GuardedPattern {

    private final Pattern pattern;

    /** Bit {@code c % 64} of word {@code c / 64} is set if a match may start with the character {@code c}. */
    private final long[] starts;

    private GuardedPattern(Pattern pattern, long[] starts) {
        this.pattern = pattern;
        this.starts = starts;
    }

    /**
     * @param regex the expression
     * @param flags {@link Pattern} flags
     * @param startClass a character class ({@code [年装0-9]}) that holds the first character of every match
     * @throws IllegalArgumentException if the class is not a character class of the BMP
     */
    public static GuardedPattern compile(String regex, int flags, String startClass) {
        Pattern start = Pattern.compile(startClass);
        long[] starts = new long[(Character.MAX_VALUE + 1) / Long.SIZE];
        boolean any = false;
        Matcher one = start.matcher("");
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            if (!Character.isSurrogate((char) c) && one.reset(String.valueOf((char) c)).matches()) {
                starts[c >>> 6] |= 1L << c;
                any = true;
            }
        }
        if (!any) {
            throw new IllegalArgumentException("The start class " + startClass + " of " + regex
                    + " matches no character; give the characters a match can start with, as [abc]");
        }
        return new GuardedPattern(Pattern.compile(regex, flags), starts);
    }

    /** An expression without flags. */
    public static GuardedPattern compile(String regex, String startClass) {
        return compile(regex, 0, startClass);
    }

    /**
     * The class of the first characters of some words, for an expression that starts with one of them.
     *
     * @param words words separated by {@code |}, without regular-expression syntax ({@code 集团|公司|大学})
     */
    public static String firstCharacters(String words) {
        StringBuilder firsts = new StringBuilder("[");
        for (String word : words.split("\\|")) {
            if (word.isEmpty() || "\\[](){}.*+?^$|-&".indexOf(word.charAt(0)) >= 0) {
                throw new IllegalArgumentException("Not a list of plain words: " + words
                        + "; the word '" + word + "' is empty or starts with regular-expression syntax");
            }
            firsts.append(word.charAt(0));
        }
        return firsts.append(']').toString();
    }

    public Pattern pattern() {
        return pattern;
    }

    /** A search of the text, from its start. */
    public Search search(CharSequence text) {
        return new Search(pattern, starts, text.toString());
    }

    /** The matches of a {@link GuardedPattern} in one text, one after the other, as {@link Matcher#find()} gives them. */
    public static final class Search {

        private final Pattern pattern;
        private final long[] starts;
        private final String text;
        private Matcher matcher;
        private int next;

        private Search(Pattern pattern, long[] starts, String text) {
            this.pattern = pattern;
            this.starts = starts;
            this.text = text;
        }

        /** Finds the next match, as {@link Matcher#find()}; the match is then read with {@link #matcher()}. */
        public boolean find() {
            int length = text.length();
            for (int i = nextStart(next); i < length; i = nextStart(i + 1)) {
                if (matcher().region(i, length).lookingAt()) {
                    next = matcher.end() == i ? i + 1 : matcher.end();
                    return true;
                }
            }
            next = length + 1;
            return false;
        }

        /** The first position at or after {@code from} whose character may start a match; the length if none. */
        private int nextStart(int from) {
            String s = text;
            long[] table = starts;
            int length = s.length();
            int i = from;
            while (i < length) {
                char c = s.charAt(i);
                if ((table[c >>> 6] & 1L << c) != 0) {
                    return i;
                }
                i++;
            }
            return length;
        }

        /** Finds the next match at or after the position, as {@link Matcher#find(int)}. */
        public boolean find(int from) {
            if (from < 0 || from > text.length()) {
                throw new IndexOutOfBoundsException("Cannot search from " + from + " in a text of " + text.length()
                        + " characters");
            }
            next = from;
            return find();
        }

        /** Whether the text has a match at all. */
        public boolean found() {
            return find(0);
        }

        /** The last match: {@code start()}, {@code end()} and {@code group(…)}, in positions of the whole text. */
        public Matcher matcher() {
            if (matcher == null) {
                matcher = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
            }
            return matcher;
        }

        public String group() {
            return matcher().group();
        }

        public String group(int group) {
            return matcher().group(group);
        }

        public String group(String name) {
            return matcher().group(name);
        }

        public int start() {
            return matcher().start();
        }

        public int start(int group) {
            return matcher().start(group);
        }

        public int end() {
            return matcher().end();
        }
    }
}
