package io.newsmonitor.ingest.read;

import java.nio.charset.Charset;
import java.util.Optional;
import org.mozilla.universalchardet.prober.distributionanalysis.CharDistributionAnalysis;

/**
 * Settles between GB18030 and Big5 when the detector is unsure, which happens with short inputs (a headline,
 * a caption, a contact line): each encoding that decodes the bytes strictly is scored by the share of
 * {@link CommonHanCharacters} in its text, and the better one wins. Both encodings share most byte ranges, so
 * the wrong one usually decodes too, but into rare characters.
 */
final class ChineseEncodingVote {

    /** Inputs shorter than this are short for the detector: fewer two-byte characters than it needs to be sure. */
    static final int SHORT_INPUT_BYTES = 2 * CharDistributionAnalysis.ENOUGH_DATA_THRESHOLD;

    /** Below this share of common characters a decoding is not taken for Chinese at all. */
    static final double MIN_SHARE = 0.5;

    /** How much better the other encoding must score to overrule the detector's own choice. */
    static final double OVERRULE_MARGIN = 0.25;

    private ChineseEncodingVote() {
    }

    /** The Chinese encoding whose decoding reads most like Chinese, if one does; GB18030 on a tie. */
    static Optional<Charset> choose(byte[] bytes) {
        double gb = score(bytes, CharsetDetector.GB18030);
        double big5 = score(bytes, CharsetDetector.BIG5);
        double best = Math.max(gb, big5);
        if (best < MIN_SHARE) {
            return Optional.empty();
        }
        return Optional.of(gb >= big5 ? CharsetDetector.GB18030 : CharsetDetector.BIG5);
    }

    /**
     * The detector's GB18030 or Big5, unless the other one decodes the bytes into clearly more common
     * characters (or the detector's choice does not decode them at all).
     */
    static Charset recheck(byte[] bytes, Charset detected) {
        Charset other = detected.equals(CharsetDetector.GB18030) ? CharsetDetector.BIG5 : CharsetDetector.GB18030;
        double otherScore = score(bytes, other);
        if (otherScore < MIN_SHARE) {
            return detected;
        }
        double detectedScore = score(bytes, detected);
        return otherScore >= detectedScore + OVERRULE_MARGIN ? other : detected;
    }

    /** True if the detector may be wrong between GB18030 and Big5 for this input. */
    static boolean mayConfuse(byte[] bytes, Charset detected) {
        return bytes.length < SHORT_INPUT_BYTES
                && (detected.equals(CharsetDetector.GB18030) || detected.equals(CharsetDetector.BIG5));
    }

    /** The share of common characters in the strict decoding, or -1 if the bytes are not valid in {@code charset}. */
    private static double score(byte[] bytes, Charset charset) {
        String text = StrictDecoder.decodeOrNull(bytes, charset);
        return text == null ? -1 : CommonHanCharacters.share(text);
    }
}
