package io.newsmonitor.nlp.meta;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes a short headline for a text that has none, from the first sentence of its summary: the
 * sentence itself when it has at most {@link #MAX_CHARS} characters, otherwise its longest leading run
 * of clauses that fits (cut at a comma, enumeration comma, semicolon or colon), otherwise its first
 * {@link #MAX_CHARS} characters. Trailing punctuation is dropped. Null for an empty summary.
 */
public final class HeadlineGenerator {

    public static final int MAX_CHARS = 30;

    private static final Pattern SENTENCE = Pattern.compile("[^。！？!?\\n]+");

    private static final Pattern CLAUSE_END = Pattern.compile("[,，、;；:：]");

    private static final Pattern TRAILING = Pattern.compile("[\\p{P}\\s]+$");

    public String generate(String summary) {
        if (summary == null) {
            return null;
        }
        Matcher sentence = SENTENCE.matcher(summary);
        while (sentence.find()) {
            String first = TRAILING.matcher(sentence.group().strip()).replaceAll("");
            if (!first.isEmpty()) {
                return shorten(first);
            }
        }
        return null;
    }

    private static String shorten(String sentence) {
        if (sentence.length() <= MAX_CHARS) {
            return sentence;
        }
        int cut = -1;
        Matcher clause = CLAUSE_END.matcher(sentence);
        while (clause.find() && clause.start() <= MAX_CHARS) {
            cut = clause.start();
        }
        String headline = cut > 0 ? sentence.substring(0, cut) : sentence.substring(0, MAX_CHARS);
        return TRAILING.matcher(headline).replaceAll("");
    }
}
