package io.newsmonitor.ingest.watch;

import java.nio.file.Path;

/**
 * What became of one inbox file.
 *
 * @param published true if the article was acknowledged by the broker, false if the file was rejected
 * @param articleId the article id, or null if the file was rejected before it had one
 * @param movedTo where the file is now, in the processed or the rejected folder
 * @param reason why it was rejected, or null when published
 */
public record FileOutcome(boolean published, String articleId, Path movedTo, String reason) {

    static FileOutcome published(String articleId, Path movedTo) {
        return new FileOutcome(true, articleId, movedTo, null);
    }

    static FileOutcome rejected(Path movedTo, String reason) {
        return new FileOutcome(false, null, movedTo, reason);
    }
}
