package io.newsmonitor.nlp.clean;

import io.newsmonitor.nlp.text.GuardedPattern;

/**
 * Removes characters that can only be decoding damage in a Chinese news text: the replacement
 * character U+FFFD, a {@code ?} standing between Han characters or digits (left where a byte
 * sequence could not be decoded), and stray kana or {@code ∥} (GBK bytes read one byte out of step).
 * It does not try to recover the lost text.
 */
public final class MojibakeRemover {

    private static final GuardedPattern DAMAGE = GuardedPattern.compile(
            "\uFFFD"
                    + "|(?<=\\p{IsHan})\\?(?=[\\p{IsHan}0-9])"
                    + "|[\u3041-\u3096\u30A1-\u30FA∥]", "[\uFFFD?\u3041-\u3096\u30A1-\u30FA∥]");

    public static final String CATEGORY = "mojibake";

    /** Characters of context kept on each side of a removed fragment, so a reader can find the spot. */
    private static final int CONTEXT = 2;

    public String remove(String text) {
        return remove(text, new Removals());
    }

    /** Removes the damage and records each damaged run, with a little context, under {@code mojibake}. */
    public String remove(String text, Removals removed) {
        GuardedPattern.Search m = DAMAGE.search(text);
        if (!m.find()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int runStart = -1;
        int runEnd = -1;
        int copied = 0;
        do {
            if (m.start() != runEnd) {
                record(text, runStart, runEnd, removed);
                runStart = m.start();
            }
            runEnd = m.end();
            out.append(text, copied, m.start());
            copied = m.end();
        } while (m.find());
        record(text, runStart, runEnd, removed);
        return out.append(text, copied, text.length()).toString();
    }

    private static void record(String text, int start, int end, Removals removed) {
        if (start >= 0) {
            removed.add(CATEGORY, text.substring(Math.max(0, start - CONTEXT), Math.min(text.length(), end + CONTEXT)));
        }
    }
}
