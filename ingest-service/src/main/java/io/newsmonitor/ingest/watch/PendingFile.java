package io.newsmonitor.ingest.watch;

import io.newsmonitor.ingest.publish.Sending;
import java.util.List;

/**
 * An inbox file between its hand-over and its end: either already at its end (rejected while reading, or every
 * article published before, so nothing was sent), or with its articles on their way to the broker and the file
 * still in the inbox until {@link InboxFileProcessor#finish(PendingFile)} has each one's acknowledgement.
 */
public final class PendingFile {

    private final InboxFile file;
    private final long startedNanos;
    private final FileOutcome outcome;
    private final Articles articles;

    /** What was read from the file and what of it was sent. */
    record Articles(List<String> ids, String charset, long sizeBytes, List<Sending> sent) {
    }

    private PendingFile(InboxFile file, long startedNanos, FileOutcome outcome, Articles articles) {
        this.file = file;
        this.startedNanos = startedNanos;
        this.outcome = outcome;
        this.articles = articles;
    }

    static PendingFile done(InboxFile file, long startedNanos, FileOutcome outcome) {
        return new PendingFile(file, startedNanos, outcome, null);
    }

    static PendingFile sending(InboxFile file, long startedNanos, Articles articles) {
        return new PendingFile(file, startedNanos, null, articles);
    }

    /** The inbox file. */
    public InboxFile file() {
        return file;
    }

    /** When its processing started ({@link System#nanoTime()}), for the time logged with its outcome. */
    public long startedNanos() {
        return startedNanos;
    }

    /** Bytes read from the file, or its size when found if it was rejected before being read whole. */
    public long sizeBytes() {
        return articles == null ? file.sizeBytes() : articles.sizeBytes();
    }

    /** True if the file is at its end already and {@link InboxFileProcessor#finish} only returns its outcome. */
    public boolean isDone() {
        return outcome != null;
    }

    FileOutcome outcome() {
        return outcome;
    }

    Articles articles() {
        return articles;
    }
}
