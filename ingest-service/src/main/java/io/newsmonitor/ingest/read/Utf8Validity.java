package io.newsmonitor.ingest.read;

/**
 * Whether bytes are well-formed UTF-8 (RFC 3629: no overlong forms, no surrogates, nothing above U+10FFFF) with
 * enough multi-byte characters to rule out other encodings. Text in GB18030 or Big5 practically never forms six
 * valid UTF-8 sequences in a row, and juniversalchardet answers UTF-8 for such input anyway (its UTF-8 prober is
 * sure after six), so this check saves running the detector over most inputs.
 */
final class Utf8Validity {

    /** Multi-byte characters after which well-formed UTF-8 is UTF-8, as the detector's UTF-8 prober decides too. */
    static final int CONVINCING_SEQUENCES = 6;

    private Utf8Validity() {
    }

    /**
     * True if all of {@code bytes} is well-formed UTF-8 holding at least {@link #CONVINCING_SEQUENCES} multi-byte
     * characters.
     */
    static boolean isConvincingUtf8(byte[] bytes) {
        int sequences = 0;
        int i = 0;
        while (i < bytes.length) {
            int lead = bytes[i] & 0xFF;
            if (lead < 0x80) {
                i++;
                continue;
            }
            int length = sequenceLength(lead);
            if (length == 0 || i + length > bytes.length || !secondByteFits(lead, bytes[i + 1] & 0xFF)) {
                return false;
            }
            for (int k = 2; k < length; k++) {
                if (!isContinuation(bytes[i + k])) {
                    return false;
                }
            }
            sequences++;
            i += length;
        }
        return sequences >= CONVINCING_SEQUENCES;
    }

    private static int sequenceLength(int lead) {
        if (lead >= 0xC2 && lead <= 0xDF) {
            return 2;
        }
        if (lead >= 0xE0 && lead <= 0xEF) {
            return 3;
        }
        return lead >= 0xF0 && lead <= 0xF4 ? 4 : 0;
    }

    // The second byte is a continuation byte whose range the lead narrows, excluding overlong forms (E0, F0),
    // surrogates (ED) and code points above U+10FFFF (F4).
    private static boolean secondByteFits(int lead, int second) {
        return switch (lead) {
            case 0xE0 -> second >= 0xA0 && second <= 0xBF;
            case 0xED -> second >= 0x80 && second <= 0x9F;
            case 0xF0 -> second >= 0x90 && second <= 0xBF;
            case 0xF4 -> second >= 0x80 && second <= 0x8F;
            default -> second >= 0x80 && second <= 0xBF;
        };
    }

    private static boolean isContinuation(byte b) {
        return (b & 0xC0) == 0x80;
    }
}
