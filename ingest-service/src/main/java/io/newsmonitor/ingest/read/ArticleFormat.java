package io.newsmonitor.ingest.read;

import io.newsmonitor.ingest.read.ArticleRejectedException.Reason;
import java.util.Locale;

/** The input formats ingest reads, chosen by file name extension or by HTTP content type. */
public enum ArticleFormat {
    PLAIN_TEXT("text"),
    HTML("html"),
    JSON("json"),
    JSON_LINES("jsonl");

    /** The extensions, for messages that tell the user what to use instead. */
    public static final String SUPPORTED_EXTENSIONS = ".txt, .md, .html, .htm, .json, .jsonl, .ndjson";

    private final String eventName;

    ArticleFormat(String eventName) {
        this.eventName = eventName;
    }

    /** The name published in {@code RawArticle.format}: {@code text}, {@code html}, {@code json} or {@code jsonl}. */
    public String eventName() {
        return eventName;
    }

    /** The format for a file name, by its extension (case does not matter). */
    public static ArticleFormat forFileName(String fileName) throws ArticleRejectedException {
        String base = fileName.substring(fileName.lastIndexOf('/') + 1);
        int dot = base.lastIndexOf('.');
        String extension = dot > 0 ? base.substring(dot).toLowerCase(Locale.ROOT) : "";
        return switch (extension) {
            case ".txt", ".md" -> PLAIN_TEXT;
            case ".html", ".htm" -> HTML;
            case ".json" -> JSON;
            case ".jsonl", ".ndjson" -> JSON_LINES;
            default -> throw new ArticleRejectedException(Reason.UNSUPPORTED_FORMAT, fileName, fileName
                    + (extension.isEmpty() ? " has no file name extension" : " has the extension '" + extension + "'")
                    + ", which ingest does not read. Rename or convert it to one of " + SUPPORTED_EXTENSIONS
                    + " and submit it again.");
        };
    }
}
