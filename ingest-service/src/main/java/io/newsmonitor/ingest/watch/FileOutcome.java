package io.newsmonitor.ingest.watch;

import java.nio.file.Path;
import java.util.List;

/**
 * What became of one inbox file.
 *
 * @param published true if its articles were acknowledged by the broker, false if the file was rejected
 * @param articleIds the ids of the articles published from it (several for JSON Lines), empty if rejected
 * @param charset the encoding the file was decoded with, or null if it was rejected
 * @param movedTo where the file is now, in the processed or the rejected folder
 * @param reason why it was rejected, or null when published
 */
public record FileOutcome(boolean published, List<String> articleIds, String charset, Path movedTo, String reason) {

    public FileOutcome {
        articleIds = List.copyOf(articleIds);
    }

    /** The id of the first (usually only) article, or null if the file was rejected. */
    public String articleId() {
        return articleIds.isEmpty() ? null : articleIds.get(0);
    }

    static FileOutcome published(List<String> articleIds, String charset, Path movedTo) {
        return new FileOutcome(true, articleIds, charset, movedTo, null);
    }

    static FileOutcome rejected(Path movedTo, String reason) {
        return new FileOutcome(false, List.of(), null, movedTo, reason);
    }
}
