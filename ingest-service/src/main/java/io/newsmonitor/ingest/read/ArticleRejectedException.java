package io.newsmonitor.ingest.read;

/**
 * A permanent failure: the input can never become an article as it is, so retrying is useless.
 * The message says what was wrong, with the file name, and what to do.
 */
public final class ArticleRejectedException extends Exception {

    /** Why an input was rejected. */
    public enum Reason {
        /** No bytes, only a byte order mark, or only whitespace. */
        EMPTY,
        /** Larger than {@code ingest.max-file-size-mb}. */
        TOO_LARGE,
        /** Not decodable in the declared or detected encoding, or declares an encoding ingest does not read. */
        UNDECODABLE,
        /** NUL bytes or many control characters: an image, archive or other binary file, not text. */
        BINARY,
        /** A file name extension or content type that ingest does not read. */
        UNSUPPORTED_FORMAT,
        /** Decoded, but the content is not a valid article of its format (bad JSON, no text left in the HTML). */
        INVALID_CONTENT,
        /** A symbolic link in the inbox whose target lies outside the inbox: it is never followed. */
        LINK_OUTSIDE_INBOX;

        /** The reason in lower case with spaces ({@code too large}), for notes. */
        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        }

        /** The reason in lower case with underscores ({@code too_large}), for metric tags. */
        public String tag() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private final Reason reason;
    private final String fileName;

    public ArticleRejectedException(Reason reason, String fileName, String message) {
        super(message);
        this.reason = reason;
        this.fileName = fileName;
    }

    public Reason reason() {
        return reason;
    }

    public String fileName() {
        return fileName;
    }
}
