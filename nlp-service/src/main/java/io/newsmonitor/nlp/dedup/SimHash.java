package io.newsmonitor.nlp.dedup;

import java.util.HexFormat;

/**
 * 64-bit SimHash of a text over its character bigrams (whitespace ignored), so that texts differing in a
 * sentence or a footer get fingerprints a few bits apart. Each bigram is hashed with FNV-1a followed by
 * MurmurHash3's 64-bit finaliser: FNV-1a alone spreads two-character inputs poorly over the high bits, and
 * both are written here so the fingerprint never changes with a library upgrade.
 *
 * <p>Stateless and thread-safe.
 */
public final class SimHash {

    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    /** The fingerprint of the text; 0 for a text of fewer than two non-space characters. */
    public long fingerprint(String text) {
        int[] weights = new int[64];
        char previous = 0;
        boolean havePrevious = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                continue;
            }
            if (havePrevious) {
                long hash = hash(previous, c);
                for (int bit = 0; bit < 64; bit++) {
                    weights[bit] += ((hash >>> bit) & 1L) == 1L ? 1 : -1;
                }
            }
            previous = c;
            havePrevious = true;
        }
        long fingerprint = 0;
        for (int bit = 0; bit < 64; bit++) {
            if (weights[bit] > 0) {
                fingerprint |= 1L << bit;
            }
        }
        return fingerprint;
    }

    /** Number of bits in which two fingerprints differ. */
    public static int distance(long a, long b) {
        return Long.bitCount(a ^ b);
    }

    /** 16 lowercase hex digits. */
    public static String toHex(long fingerprint) {
        return HexFormat.of().toHexDigits(fingerprint);
    }

    static long hash(char first, char second) {
        long h = FNV_OFFSET;
        for (char c : new char[] {first, second}) {
            h = (h ^ (c & 0xff)) * FNV_PRIME;
            h = (h ^ (c >>> 8)) * FNV_PRIME;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }
}
