package io.newsmonitor.ingest.watch;

import java.nio.file.Path;
import java.util.List;

/**
 * What became of one inbox file.
 *
 * @param kind published now, published before (moved without publishing again), or rejected
 * @param articleIds the ids of the articles in it (several for JSON Lines), empty if rejected
 * @param charset the encoding the file was decoded with, or null if it was rejected
 * @param movedTo where the file is now, in the processed or the rejected folder
 * @param reason why it was rejected, or null otherwise
 */
public record FileOutcome(Kind kind, List<String> articleIds, String charset, Path movedTo, String reason) {

    /** The three ends of a file. */
    public enum Kind { PUBLISHED, ALREADY_PUBLISHED, REJECTED }

    public FileOutcome {
        articleIds = List.copyOf(articleIds);
    }

    /** True if the broker has every article of the file, now or from before; false if the file was rejected. */
    public boolean published() {
        return kind != Kind.REJECTED;
    }

    /** True if every article of the file had been published before, so nothing was sent. */
    public boolean alreadyPublished() {
        return kind == Kind.ALREADY_PUBLISHED;
    }

    /** The id of the first (usually only) article, or null if the file was rejected. */
    public String articleId() {
        return articleIds.isEmpty() ? null : articleIds.get(0);
    }

    static FileOutcome published(Kind kind, List<String> articleIds, String charset, Path movedTo) {
        return new FileOutcome(kind, articleIds, charset, movedTo, null);
    }

    static FileOutcome rejected(Path movedTo, String reason) {
        return new FileOutcome(Kind.REJECTED, List.of(), null, movedTo, reason);
    }
}
