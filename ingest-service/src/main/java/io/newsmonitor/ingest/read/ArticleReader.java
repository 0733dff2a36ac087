package io.newsmonitor.ingest.read;

import io.newsmonitor.ingest.read.ArticleRejectedException.Reason;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Turns the bytes of an input (a file or an HTTP body) into article text. Today every input is
 * UTF-8 plain text: a leading byte order mark is dropped and invalid bytes are a rejection, never a
 * silent replacement character. Charset detection and other formats chosen by file name slot in here.
 */
public final class ArticleReader {

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final long maxBytes;

    /** @param maxBytes the largest input accepted, in bytes */
    public ArticleReader(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** Rejects an input by its size alone, before its bytes are read into memory. */
    public void checkSize(String fileName, long sizeBytes) throws ArticleRejectedException {
        if (sizeBytes > maxBytes) {
            throw new ArticleRejectedException(Reason.TOO_LARGE, fileName, String.format(Locale.ROOT,
                    "%s is %d bytes, larger than the limit of %d bytes (%d MB, ingest.max-file-size-mb): "
                            + "split the article into smaller parts or raise the limit, then submit it again.",
                    fileName, sizeBytes, maxBytes, maxBytes / (1024 * 1024)));
        }
    }

    /** Decodes the input; the returned text is never blank. */
    public String read(String fileName, byte[] bytes) throws ArticleRejectedException {
        checkSize(fileName, bytes.length);
        int start = startsWithBom(bytes) ? UTF8_BOM.length : 0;
        if (bytes.length == start) {
            throw empty(fileName, bytes.length == 0 ? "0 bytes" : "only a byte order mark");
        }
        String text = decodeUtf8(fileName, bytes, start);
        if (text.isBlank()) {
            throw empty(fileName, "only whitespace");
        }
        return text;
    }

    private static String decodeUtf8(String fileName, byte[] bytes, int start) throws ArticleRejectedException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        // UTF-8 never yields more chars than bytes, so one buffer is enough.
        CharBuffer out = CharBuffer.allocate(bytes.length - start);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int offset = in.position();
            throw new ArticleRejectedException(Reason.UNDECODABLE, fileName, String.format(Locale.ROOT,
                    "%s is not valid UTF-8: the byte 0x%02X at offset %d does not form a valid character "
                            + "(the text is probably in another encoding, such as GB18030 or Big5). "
                            + "Convert it to UTF-8, for example with 'iconv -f GB18030 -t UTF-8', and submit it again.",
                    fileName, bytes[offset] & 0xFF, offset));
        }
        return out.flip().toString();
    }

    private static boolean startsWithBom(byte[] bytes) {
        return bytes.length >= UTF8_BOM.length
                && bytes[0] == UTF8_BOM[0] && bytes[1] == UTF8_BOM[1] && bytes[2] == UTF8_BOM[2];
    }

    private static ArticleRejectedException empty(String fileName, String contents) {
        return new ArticleRejectedException(Reason.EMPTY, fileName, fileName + " is empty (it contains " + contents
                + "): there is no article text to publish. Put the article text in it and submit it again.");
    }
}
