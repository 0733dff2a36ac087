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

    /**
     * Byte {@code j} of entry {@code b} is bit {@code j} of {@code b}: adding the entry of one byte of a hash to a
     * counter adds that byte's eight bits to eight counters at once, one per byte of the counter.
     */
    private static final long[] SPREAD = new long[256];

    /** A byte counter overflows after 255 additions; the counters are emptied into {@code int}s before that. */
    private static final int FLUSH_EVERY = 255;

    static {
        for (int b = 0; b < 256; b++) {
            long spread = 0;
            for (int bit = 0; bit < 8; bit++) {
                spread |= (long) ((b >>> bit) & 1) << (8 * bit);
            }
            SPREAD[b] = spread;
        }
    }

    /**
     * The fingerprint of the text; 0 for a text of fewer than two non-space characters. Bit {@code i} is set when
     * more bigrams have bit {@code i} of their hash set than not. The set bits are counted eight at a time
     * ({@link #SPREAD}) instead of one bigram bit at a time: the same counts, an eighth of the additions.
     */
    public long fingerprint(String text) {
        int[] ones = new int[64];
        long[] counters = new long[8];
        int bigrams = 0;
        int pending = 0;
        char previous = 0;
        boolean havePrevious = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                continue;
            }
            if (havePrevious) {
                long hash = hash(previous, c);
                for (int k = 0; k < 8; k++) {
                    counters[k] += SPREAD[(int) (hash >>> (8 * k)) & 0xff];
                }
                bigrams++;
                if (++pending == FLUSH_EVERY) {
                    flush(counters, ones);
                    pending = 0;
                }
            }
            previous = c;
            havePrevious = true;
        }
        flush(counters, ones);
        long fingerprint = 0;
        for (int bit = 0; bit < 64; bit++) {
            // ones - (bigrams - ones) > 0: more bigrams with the bit set than without.
            if (2 * ones[bit] > bigrams) {
                fingerprint |= 1L << bit;
            }
        }
        return fingerprint;
    }

    /** Adds the byte counters to the bit counts and empties them: byte {@code j} of counter {@code k} is bit 8k + j. */
    private static void flush(long[] counters, int[] ones) {
        for (int k = 0; k < 8; k++) {
            for (int j = 0; j < 8; j++) {
                ones[8 * k + j] += (int) (counters[k] >>> (8 * j)) & 0xff;
            }
            counters[k] = 0;
        }
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
        h = (h ^ (first & 0xff)) * FNV_PRIME;
        h = (h ^ (first >>> 8)) * FNV_PRIME;
        h = (h ^ (second & 0xff)) * FNV_PRIME;
        h = (h ^ (second >>> 8)) * FNV_PRIME;
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }
}
