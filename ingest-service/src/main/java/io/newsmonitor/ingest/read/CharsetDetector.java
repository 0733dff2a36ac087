package io.newsmonitor.ingest.read;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Chooses the encoding of an input: a byte order mark wins, then an encoding declared by the sender
 * (HTTP charset, HTML meta), then well-formed UTF-8 with several multi-byte characters, then juniversalchardet's
 * guess, then for input the detector has no guess for a UTF-16 test by the position of zero bytes, then for short
 * or unrecognised input that is not UTF-8 a {@link ChineseEncodingVote} between GB18030 and Big5, and finally UTF-8, which strict decoding then checks.
 * Only encodings Chinese news actually arrives in are accepted; GBK and GB2312 are read as GB18030,
 * their superset.
 */
public final class CharsetDetector {

    /** The encodings ingest reads, for messages. */
    public static final String SUPPORTED = "UTF-8, UTF-16LE, UTF-16BE, GB18030 (also for GBK and GB2312) and Big5";

    public static final Charset GB18030 = Charset.forName("GB18030");
    public static final Charset BIG5 = Charset.forName("Big5");

    private static final int ZERO_SAMPLE_BYTES = 8192;

    /** How an encoding was chosen. */
    public enum Source {
        BYTE_ORDER_MARK, DECLARED, DETECTED, CHARACTER_FREQUENCY, ZERO_BYTES, DEFAULT
    }

    /**
     * @param charset the encoding to decode with
     * @param bomLength bytes of byte order mark to skip
     * @param source how it was chosen
     * @param guess the detector's unsupported guess when {@code source} is {@code DEFAULT}, else null
     */
    public record Detection(Charset charset, int bomLength, Source source, String guess) {
    }

    /** @param declared the encoding the sender declared, or null */
    public Detection detect(byte[] bytes, Charset declared) {
        Detection bom = byteOrderMark(bytes);
        if (bom != null) {
            return bom;
        }
        if (declared != null) {
            return new Detection(declared, 0, Source.DECLARED, null);
        }
        if (Utf8Validity.isConvincingUtf8(bytes)) {
            return new Detection(StandardCharsets.UTF_8, 0, Source.DETECTED, null);
        }
        UniversalDetector detector = new UniversalDetector();
        detector.handleData(bytes, 0, bytes.length);
        detector.dataEnd();
        String guess = detector.getDetectedCharset();
        Optional<Charset> supported = supported(guess);
        if (supported.isPresent()) {
            Charset detected = supported.get();
            if (ChineseEncodingVote.mayConfuse(bytes, detected)) {
                Charset rechecked = ChineseEncodingVote.recheck(bytes, detected);
                if (!rechecked.equals(detected)) {
                    return new Detection(rechecked, 0, Source.CHARACTER_FREQUENCY, null);
                }
            }
            return new Detection(detected, 0, Source.DETECTED, null);
        }
        if (guess == null) {
            Charset utf16 = utf16ByZeroBytes(bytes);
            if (utf16 != null) {
                return new Detection(utf16, 0, Source.ZERO_BYTES, null);
            }
        }
        // Short Chinese text often gets no guess, or a single-byte one (windows-1252, KOI8-R): if it is not UTF-8,
        // let the characters it decodes to decide between GB18030 and Big5.
        if (StrictDecoder.decodeOrNull(bytes, StandardCharsets.UTF_8) == null) {
            Optional<Charset> voted = ChineseEncodingVote.choose(bytes);
            if (voted.isPresent()) {
                return new Detection(voted.get(), 0, Source.CHARACTER_FREQUENCY, null);
            }
        }
        return new Detection(StandardCharsets.UTF_8, 0, Source.DEFAULT, guess);
    }

    /** The supported encoding for a name (any case, common aliases), or empty. */
    public static Optional<Charset> supported(String name) {
        if (name == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(switch (name.strip().toUpperCase(Locale.ROOT)) {
            case "UTF-8", "UTF8", "US-ASCII", "ASCII" -> StandardCharsets.UTF_8;
            case "UTF-16LE" -> StandardCharsets.UTF_16LE;
            // Without a byte order mark, UTF-16 is big-endian.
            case "UTF-16BE", "UTF-16" -> StandardCharsets.UTF_16BE;
            case "GB18030", "GBK", "GB2312", "X-GBK", "CP936", "WINDOWS-936", "EUC-CN" -> GB18030;
            case "BIG5", "BIG-5", "CP950", "X-WINDOWS-950" -> BIG5;
            default -> null;
        });
    }

    static boolean isUtf16(Charset charset) {
        return charset.equals(StandardCharsets.UTF_16LE) || charset.equals(StandardCharsets.UTF_16BE);
    }

    private static Detection byteOrderMark(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return new Detection(StandardCharsets.UTF_8, 3, Source.BYTE_ORDER_MARK, null);
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return new Detection(StandardCharsets.UTF_16LE, 2, Source.BYTE_ORDER_MARK, null);
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return new Detection(StandardCharsets.UTF_16BE, 2, Source.BYTE_ORDER_MARK, null);
        }
        return null;
    }

    // ASCII characters (digits, line breaks, punctuation) in UTF-16 have a zero byte on one side only;
    // Chinese characters rarely have one (U+4E00 does), so zeros mostly on one side are the signal.
    private static Charset utf16ByZeroBytes(byte[] bytes) {
        int length = Math.min(bytes.length, ZERO_SAMPLE_BYTES) & ~1;
        if (length < 2) {
            return null;
        }
        int evenZeros = 0;
        int oddZeros = 0;
        for (int i = 0; i < length; i += 2) {
            evenZeros += bytes[i] == 0 ? 1 : 0;
            oddZeros += bytes[i + 1] == 0 ? 1 : 0;
        }
        int minimum = Math.max(2, length / 2 / 100);
        if (oddZeros >= minimum && evenZeros * 4 <= oddZeros) {
            return StandardCharsets.UTF_16LE;
        }
        if (evenZeros >= minimum && oddZeros * 4 <= evenZeros) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }
}
