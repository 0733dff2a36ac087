package io.newsmonitor.ingest.read;

import io.newsmonitor.ingest.read.ArticleRejectedException.Reason;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Decodes bytes in one encoding; an invalid byte is a rejection with its offset, never a silent replacement. */
final class StrictDecoder {

    private StrictDecoder() {
    }

    static String decode(String fileName, byte[] bytes, CharsetDetector.Detection detection)
            throws ArticleRejectedException {
        CharsetDecoder decoder = detection.charset().newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        int start = detection.bomLength();
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate((int) Math.ceil((bytes.length - start) * (double) decoder.maxCharsPerByte()));
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            throw rejection(fileName, bytes, in.position(), detection);
        }
        return out.flip().toString();
    }

    /** The text if every byte is valid in {@code charset}, else null; for choosing between encodings. */
    static String decodeOrNull(byte[] bytes, Charset charset) {
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException invalid) {
            return null;
        }
    }

    private static ArticleRejectedException rejection(String fileName, byte[] bytes, int offset,
            CharsetDetector.Detection detection) {
        String name = detection.charset().name();
        String damaged = detection.charset().equals(StandardCharsets.UTF_8)
                ? Utf8Damage.describe(fileName, bytes, detection.bomLength(), offset) : null;
        String message;
        if (damaged != null) {
            message = damaged;
        } else if (detection.charset().equals(StandardCharsets.UTF_8) && detection.source() != CharsetDetector.Source.DECLARED
                && detection.source() != CharsetDetector.Source.BYTE_ORDER_MARK) {
            message = String.format(Locale.ROOT,
                    "%s is not valid UTF-8: the byte 0x%02X at offset %d does not form a valid character "
                            + "(the text is probably in another encoding, such as GB18030 or Big5). "
                            + "Convert it to UTF-8, for example with 'iconv -f GB18030 -t UTF-8', and submit it again.",
                    fileName, bytes[offset] & 0xFF, offset);
        } else {
            String how = switch (detection.source()) {
                case BYTE_ORDER_MARK -> "as its byte order mark says";
                case DECLARED -> "as declared for it";
                default -> "as detected";
            };
            message = String.format(Locale.ROOT,
                    "%s is not valid %s (%s): the byte 0x%02X at offset %d does not form a valid character. "
                            + "The file is damaged or mixes encodings. Convert it to UTF-8, for example with "
                            + "'iconv -f %s -t UTF-8', and submit it again.",
                    fileName, name, how, bytes[offset] & 0xFF, offset, name);
        }
        return new ArticleRejectedException(Reason.UNDECODABLE, fileName, message);
    }
}
