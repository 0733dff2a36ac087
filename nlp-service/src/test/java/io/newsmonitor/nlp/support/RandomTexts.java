package io.newsmonitor.nlp.support;

import java.util.Random;

/** Short texts put together at random from given pieces, to compare a hand-written scan with the expression it replaces. */
public final class RandomTexts {

    private RandomTexts() {
    }

    /** A text of one to {@code maxPieces} pieces, each drawn from {@code pieces}. */
    public static String of(Random random, String[] pieces, int maxPieces) {
        StringBuilder text = new StringBuilder();
        int length = 1 + random.nextInt(maxPieces);
        for (int j = 0; j < length; j++) {
            text.append(pieces[random.nextInt(pieces.length)]);
        }
        return text.toString();
    }
}
