package io.newsmonitor.ingest.read;

import io.newsmonitor.ingest.read.ArticleRejectedException.Reason;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns the bytes of an input (a file or an HTTP body) into articles: chooses the encoding
 * ({@link CharsetDetector}), rejects binary data, decodes strictly ({@link StrictDecoder}) and hands the
 * text to the format ({@link PlainTextFormat}, {@link HtmlFormat}, {@link JsonFormat}); every text field of the
 * articles then loses its invisible formatting characters ({@link InvisibleCharacters}).
 */
public final class ArticleReader {

    // Above this share of control characters the decoded "text" is binary data that happened to decode.
    private static final int MAX_CONTROL_PERCENT = 5;

    private final long maxBytes;
    private final CharsetDetector detector = new CharsetDetector();

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

    /** Reads a file in the format its extension names, detecting the encoding. */
    public ReadResult read(String fileName, byte[] bytes) throws ArticleRejectedException {
        checkSize(fileName, bytes.length);
        return read(fileName, bytes, ArticleFormat.forFileName(fileName), null);
    }

    /**
     * Reads an input of a known format.
     *
     * @param declared the encoding the sender declared, or null to detect it
     */
    public ReadResult read(String fileName, byte[] bytes, ArticleFormat format, Charset declared)
            throws ArticleRejectedException {
        checkSize(fileName, bytes.length);
        if (bytes.length == 0) {
            throw empty(fileName, "0 bytes");
        }
        Charset hint = declared == null && format == ArticleFormat.HTML ? metaCharset(bytes) : declared;
        CharsetDetector.Detection detection = detector.detect(bytes, hint);
        if (detection.bomLength() == bytes.length) {
            throw empty(fileName, "only a byte order mark");
        }
        if (!CharsetDetector.isUtf16(detection.charset())) {
            rejectNulBytes(fileName, bytes);
        }
        String text = StrictDecoder.decode(fileName, bytes, detection);
        if (text.isBlank()) {
            throw empty(fileName, "only whitespace");
        }
        rejectControlCharacters(fileName, text, detection.charset());
        List<ReadArticle> parsed = switch (format) {
            case PLAIN_TEXT -> PlainTextFormat.parse(text);
            case HTML -> HtmlFormat.parse(fileName, text);
            case JSON -> JsonFormat.parse(fileName, text, false);
            case JSON_LINES -> JsonFormat.parse(fileName, text, true);
        };
        List<ReadArticle> articles = new ArrayList<>(parsed.size());
        for (ReadArticle article : parsed) {
            articles.add(withoutInvisibleCharacters(fileName, article));
        }
        return new ReadResult(detection.charset(), detection.source(), format, articles);
    }

    private static ReadArticle withoutInvisibleCharacters(String fileName, ReadArticle article)
            throws ArticleRejectedException {
        String text = InvisibleCharacters.strip(article.text());
        if (text.isBlank()) {
            throw new ArticleRejectedException(Reason.EMPTY, fileName, fileName + " is empty (its text is only "
                    + "invisible characters such as zero-width spaces and direction marks): there is no article text to "
                    + "publish. Put the article text in it and submit it again.");
        }
        return new ReadArticle(text, InvisibleCharacters.strip(article.title()),
                InvisibleCharacters.strip(article.publishedAt()), InvisibleCharacters.strip(article.url()),
                InvisibleCharacters.strip(article.source()));
    }

    // A page re-saved as UTF-8 often keeps its old <meta charset="gbk">; bytes detected as UTF-8 are UTF-8.
    private Charset metaCharset(byte[] bytes) {
        Charset meta = HtmlFormat.declaredCharset(bytes);
        if (meta == null || meta.equals(StandardCharsets.UTF_8)) {
            return meta;
        }
        CharsetDetector.Detection detected = detector.detect(bytes, null);
        boolean utf8 = detected.charset().equals(StandardCharsets.UTF_8)
                && detected.source() == CharsetDetector.Source.DETECTED;
        return utf8 ? null : meta;
    }

    private static void rejectNulBytes(String fileName, byte[] bytes) throws ArticleRejectedException {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw new ArticleRejectedException(Reason.BINARY, fileName, String.format(Locale.ROOT,
                        "%s is a binary file, not text: it has a NUL byte at offset %d. Submit the article as text "
                                + "(%s) instead.", fileName, i, ArticleFormat.SUPPORTED_EXTENSIONS));
            }
        }
    }

    private static void rejectControlCharacters(String fileName, String text, Charset charset)
            throws ArticleRejectedException {
        long controls = text.chars().filter(ArticleReader::isControl).count();
        if (controls * 100 > (long) text.length() * MAX_CONTROL_PERCENT) {
            throw new ArticleRejectedException(Reason.BINARY, fileName, String.format(Locale.ROOT,
                    "%s is a binary file, not text: decoded as %s, %d of its %d characters are control characters. "
                            + "Submit the article as text (%s) instead.",
                    fileName, charset.name(), controls, text.length(), ArticleFormat.SUPPORTED_EXTENSIONS));
        }
    }

    private static boolean isControl(int c) {
        return c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' || c >= 0x7F && c <= 0x9F;
    }

    private static ArticleRejectedException empty(String fileName, String contents) {
        return new ArticleRejectedException(Reason.EMPTY, fileName, fileName + " is empty (it contains " + contents
                + "): there is no article text to publish. Put the article text in it and submit it again.");
    }
}
