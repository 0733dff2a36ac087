package io.newsmonitor.ingest.read;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/**
 * Tells apart the ways a UTF-8 input can be invalid where it first fails, for a rejection that says what happened:
 * cut off in the middle of its last character, one character damaged in an otherwise valid file, or valid UTF-8 up
 * to a part in another encoding. Input that is not UTF-8 from its first non-ASCII byte is none of these.
 */
final class Utf8Damage {

    private Utf8Damage() {
    }

    /**
     * What is wrong at {@code offset}, the first invalid byte, as a complete message; or null when the input does not
     * look like damaged or mixed UTF-8.
     *
     * @param start where the text starts (after a byte order mark)
     */
    static String describe(String fileName, byte[] bytes, int start, int offset) {
        int length = sequenceLength(bytes[offset]);
        int following = 0;
        while (following < length - 1 && offset + 1 + following < bytes.length
                && isContinuation(bytes[offset + 1 + following])) {
            following++;
        }
        boolean incomplete = length > 1 && following < length - 1;
        int resumeAt = offset + 1 + following;
        if (incomplete && resumeAt == bytes.length) {
            return String.format(Locale.ROOT, "%s ends in the middle of a character: its last %d byte(s), from offset "
                    + "%d, begin a %d-byte UTF-8 character that is not complete. The file was probably cut off while it "
                    + "was copied or downloaded; submit the complete file again.", fileName, bytes.length - offset,
                    offset, length);
        }
        if (incomplete && StrictDecoder.decodeOrNull(Arrays.copyOfRange(bytes, resumeAt, bytes.length),
                StandardCharsets.UTF_8) != null) {
            return String.format(Locale.ROOT, "%s has a damaged character at offset %d: the byte 0x%02X begins a "
                    + "%d-byte UTF-8 character but only %d byte(s) of it follow, while the rest of the file is valid "
                    + "UTF-8. Bytes were lost in a copy or transfer; submit an intact copy of the file again.", fileName,
                    offset, bytes[offset] & 0xFF, length, following + 1);
        }
        if (hasNonAscii(bytes, start, offset)) {
            return String.format(Locale.ROOT, "%s mixes encodings: its first %d bytes are valid UTF-8 with non-ASCII "
                    + "characters, but the byte 0x%02X at offset %d is not, so the text goes on in another encoding, "
                    + "such as GB18030. Convert that part to UTF-8 so that the whole file is UTF-8, and submit it again.",
                    fileName, offset - start, bytes[offset] & 0xFF, offset);
        }
        return null;
    }

    // The length a lead byte announces (2 to 4), 1 for ASCII, 0 for bytes that cannot begin a character.
    private static int sequenceLength(byte b) {
        int u = b & 0xFF;
        if (u < 0x80) {
            return 1;
        }
        if (u >= 0xC2 && u <= 0xDF) {
            return 2;
        }
        if (u >= 0xE0 && u <= 0xEF) {
            return 3;
        }
        return u >= 0xF0 && u <= 0xF4 ? 4 : 0;
    }

    private static boolean isContinuation(byte b) {
        return (b & 0xC0) == 0x80;
    }

    private static boolean hasNonAscii(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] < 0) {
                return true;
            }
        }
        return false;
    }
}
