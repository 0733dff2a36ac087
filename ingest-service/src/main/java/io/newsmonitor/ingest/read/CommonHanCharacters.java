package io.newsmonitor.ingest.read;

import java.nio.charset.Charset;
import java.util.BitSet;
import org.mozilla.universalchardet.prober.distributionanalysis.Big5DistributionAnalysis;
import org.mozilla.universalchardet.prober.distributionanalysis.GB2312DistributionAnalysis;

/**
 * The Han characters common in Chinese text: the {@value #TOP_RANKS} most frequent characters of
 * Simplified (GB2312) and of Traditional (Big5) text, read from the character frequency tables that
 * juniversalchardet ships (Mozilla's frequency study of Chinese web pages). Correctly decoded Chinese is
 * mostly made of them; the same bytes decoded in the wrong Chinese encoding give mostly rare characters.
 */
final class CommonHanCharacters {

    /** How many of the most frequent characters of each table count as common. */
    static final int TOP_RANKS = 1024;

    private static final BitSet COMMON = load();

    private CommonHanCharacters() {
    }

    /** True for a Han character among the most frequent of either table. */
    static boolean contains(int codePoint) {
        return COMMON.get(codePoint);
    }

    /** How many distinct common characters there are (Simplified and Traditional overlap). */
    static int size() {
        return COMMON.cardinality();
    }

    /** The share of the Han characters of {@code text} that are common; 0 when it has none. */
    static double share(CharSequence text) {
        int han = 0;
        int common = 0;
        for (int i = 0; i < text.length(); ) {
            int codePoint = Character.codePointAt(text, i);
            i += Character.charCount(codePoint);
            if (Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN) {
                han++;
                common += COMMON.get(codePoint) ? 1 : 0;
            }
        }
        return han == 0 ? 0 : (double) common / han;
    }

    private static BitSet load() {
        BitSet common = new BitSet(0x10000);
        // GB2312 hanzi: rows 0xB0-0xF7, cells 0xA1-0xFE.
        GbRanks gb = new GbRanks();
        for (int high = 0xB0; high <= 0xF7; high++) {
            for (int low = 0xA1; low <= 0xFE; low++) {
                addIfFrequent(common, gb.rank(high, low), high, low, CharsetDetector.GB18030);
            }
        }
        // Big5 hanzi: rows 0xA4-0xF9, cells 0x40-0x7E and 0xA1-0xFE.
        Big5Ranks big5 = new Big5Ranks();
        for (int high = 0xA4; high <= 0xF9; high++) {
            for (int low = 0x40; low <= 0xFE; low++) {
                if (low <= 0x7E || low >= 0xA1) {
                    addIfFrequent(common, big5.rank(high, low), high, low, CharsetDetector.BIG5);
                }
            }
        }
        return common;
    }

    private static void addIfFrequent(BitSet common, int rank, int high, int low, Charset charset) {
        if (rank < 0 || rank >= TOP_RANKS) {
            return;
        }
        String decoded = StrictDecoder.decodeOrNull(new byte[] {(byte) high, (byte) low}, charset);
        // A position the table ranks but the JDK's charset leaves unassigned is not a character.
        if (decoded != null && decoded.length() == 1) {
            common.set(decoded.charAt(0));
        }
    }

    /** Reads the GB2312 frequency rank of a two-byte character; -1 outside the hanzi rows. */
    private static final class GbRanks extends GB2312DistributionAnalysis {
        int rank(int high, int low) {
            int index = getOrder(new byte[] {(byte) high, (byte) low}, 0);
            return index >= 0 && index < charToFreqOrder.length ? charToFreqOrder[index] : -1;
        }
    }

    /** Reads the Big5 frequency rank of a two-byte character; -1 outside the hanzi rows. */
    private static final class Big5Ranks extends Big5DistributionAnalysis {
        int rank(int high, int low) {
            int index = getOrder(new byte[] {(byte) high, (byte) low}, 0);
            return index >= 0 && index < charToFreqOrder.length ? charToFreqOrder[index] : -1;
        }
    }
}
