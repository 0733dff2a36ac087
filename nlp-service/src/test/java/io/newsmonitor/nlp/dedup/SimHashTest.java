package io.newsmonitor.nlp.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsmonitor.nlp.pipeline.EnrichmentPipeline;
import io.newsmonitor.nlp.support.Seeds;
import org.junit.jupiter.api.Test;

class SimHashTest {

    private static final EnrichmentPipeline PIPELINE = EnrichmentPipeline.withDefaults();

    private final SimHash simHash = new SimHash();

    private static String cleanText(String seed) {
        return PIPELINE.enrich(Seeds.raw(seed)).text();
    }

    @Test
    void givesIdenticalTextsTheSameFingerprint() {
        String text = cleanText("003");

        assertThat(SimHash.distance(simHash.fingerprint(text), simHash.fingerprint(text))).isZero();
        assertThat(SimHash.toHex(simHash.fingerprint(text))).isEqualTo("c4f7c03848ac9159");
    }

    @Test
    void keepsATextWithOneSentenceChangedWithinOneBit() {
        String text = cleanText("003");
        int end = text.indexOf('。', 200);
        int start = text.lastIndexOf('。', end - 1);
        String changed = text.substring(0, start + 1) + "会议强调,要进一步压实责任,确保各项工作落地见效。"
                + text.substring(end + 1);

        assertThat(SimHash.distance(simHash.fingerprint(text), simHash.fingerprint(changed))).isEqualTo(1);
    }

    @Test
    void keepsDifferentSeedsFarApart() {
        assertThat(SimHash.distance(simHash.fingerprint(cleanText("000")), simHash.fingerprint(cleanText("003"))))
                .isEqualTo(18);
        assertThat(SimHash.distance(simHash.fingerprint(cleanText("002")), simHash.fingerprint(cleanText("003"))))
                .isEqualTo(28);
    }

    @Test
    void ignoresWhitespace() {
        assertThat(simHash.fingerprint("工业 乐至\n")).isEqualTo(simHash.fingerprint("工业乐至"));
    }

    @Test
    void countsTheBitsOfEveryBigramAsOneBitAtATimeWouldInTextsLongerThanTheByteCounters() {
        for (String seed : new String[] {"000", "001", "002", "003", "004"}) {
            String text = cleanText(seed);
            assertThat(text.length()).isGreaterThan(600);
            for (int length : new int[] {2, 255, 256, 257, 511, 512, text.length()}) {
                String part = text.substring(0, length);
                assertThat(simHash.fingerprint(part)).as("seed %s, first %d characters", seed, length)
                        .isEqualTo(bitByBit(part));
            }
        }
    }

    /** The fingerprint as first written: a weight per bit, one bigram bit at a time. */
    private static long bitByBit(String text) {
        int[] weights = new int[64];
        int previous = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                continue;
            }
            if (previous >= 0) {
                long hash = SimHash.hash((char) previous, c);
                for (int bit = 0; bit < 64; bit++) {
                    weights[bit] += ((hash >>> bit) & 1L) == 1L ? 1 : -1;
                }
            }
            previous = c;
        }
        long fingerprint = 0;
        for (int bit = 0; bit < 64; bit++) {
            if (weights[bit] > 0) {
                fingerprint |= 1L << bit;
            }
        }
        return fingerprint;
    }
}
