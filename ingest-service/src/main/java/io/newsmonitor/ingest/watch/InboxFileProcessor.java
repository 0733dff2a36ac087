package io.newsmonitor.ingest.watch;

import io.newsmonitor.events.RawArticle;
import io.newsmonitor.ingest.metrics.IngestMetrics;
import io.newsmonitor.ingest.publish.ArticlePublisher;
import io.newsmonitor.ingest.publish.PublishException;
import io.newsmonitor.ingest.publish.RawArticles;
import io.newsmonitor.ingest.publish.Sending;
import io.newsmonitor.ingest.read.ArticleReader;
import io.newsmonitor.ingest.read.ArticleRejectedException;
import io.newsmonitor.ingest.read.ArticleRejectedException.Reason;
import io.newsmonitor.ingest.read.ReadArticle;
import io.newsmonitor.ingest.read.ReadResult;
import io.newsmonitor.ingest.state.PublishedIds;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Takes one ready inbox file to its end: read, publish, and only after the broker acknowledged each of its
 * articles move it to {@code processed/YYYY-MM-DD/}; or, if it can never be published, move it to {@code rejected/}
 * next to a note saying why. {@link #start} and {@link #finish} split the work at the hand-over to the producer,
 * so that the caller can have several files on their way to the broker at once. Articles already published (by id)
 * are not sent again. Transient failures are thrown and leave the file in the inbox.
 */
public final class InboxFileProcessor {

    private final ArticleReader reader;
    private final ArticlePublisher publisher;
    private final Path processedDir;
    private final Path rejectedDir;
    private final PublishedIds publishedIds;
    private final IngestMetrics metrics;
    private final Clock clock;
    private final Duration pauseBeforeMove;

    public InboxFileProcessor(ArticleReader reader, ArticlePublisher publisher, PublishedIds publishedIds,
            IngestMetrics metrics, Path processedDir, Path rejectedDir, Clock clock) {
        this(reader, publisher, publishedIds, metrics, processedDir, rejectedDir, clock, Duration.ZERO);
    }

    /** @param pauseBeforeMove test hook ({@code ingest.pause-before-move}): a wait between acknowledgement and move */
    public InboxFileProcessor(ArticleReader reader, ArticlePublisher publisher, PublishedIds publishedIds,
            IngestMetrics metrics, Path processedDir, Path rejectedDir, Clock clock, Duration pauseBeforeMove) {
        this.pauseBeforeMove = pauseBeforeMove;
        this.reader = reader;
        this.publisher = publisher;
        this.publishedIds = publishedIds;
        this.metrics = metrics;
        this.processedDir = processedDir;
        this.rejectedDir = rejectedDir;
        this.clock = clock;
    }

    /**
     * Takes the file to its end: {@link #start} then {@link #finish}.
     *
     * @throws PublishException the broker did not acknowledge in time: the file stays, try again later
     * @throws IOException the file could not be read or moved: the file stays, try again later
     */
    public FileOutcome process(InboxFile file) throws PublishException, IOException {
        return finish(start(file));
    }

    /**
     * Reads the file and hands its articles not published before to the producer without waiting for the broker,
     * so that the articles of several files can be on their way together. A file that can never be published is
     * rejected at once; a file whose articles were all published before is moved at once.
     *
     * @throws PublishException an article could not be handed to the producer: the file stays, try again later
     * @throws IOException the file could not be read or moved: the file stays, try again later
     */
    public PendingFile start(InboxFile file) throws PublishException, IOException {
        long started = System.nanoTime();
        ReadResult result;
        long sizeBytes;
        try {
            reader.checkSize(file.name(), Files.size(file.path()));
            byte[] bytes = Files.readAllBytes(file.path());
            sizeBytes = bytes.length;
            result = reader.read(file.name(), bytes);
        } catch (ArticleRejectedException e) {
            return PendingFile.done(file, started, FileOutcome.rejected(reject(file, e), e.getMessage()));
        }
        // The same text twice in one file is one article: publish it once.
        Map<String, RawArticle> articles = new LinkedHashMap<>();
        for (ReadArticle read : result.articles()) {
            RawArticle article = RawArticles.of(file.name(), sizeBytes, clock.instant(), result, read);
            articles.putIfAbsent(article.id(), article);
        }
        List<RawArticle> fresh = articles.values().stream().filter(a -> !publishedIds.contains(a.id())).toList();
        List<Sending> sent = new ArrayList<>(fresh.size());
        for (RawArticle article : fresh) {
            sent.add(publisher.send(article));
        }
        PendingFile.Articles read = new PendingFile.Articles(List.copyOf(articles.keySet()), result.charset().name(),
                sizeBytes, sent);
        if (!fresh.isEmpty()) {
            return PendingFile.sending(file, started, read);
        }
        return PendingFile.done(file, started, moveToProcessed(file, read));
    }

    /**
     * Waits for the broker's acknowledgement of every article the file had on its way, records each one as
     * published, and only then moves the file to the processed folder; a file refused for its size is rejected.
     *
     * @throws PublishException the broker did not acknowledge in time: the file stays, try again later
     * @throws IOException the file could not be moved: the file stays, try again later
     */
    public FileOutcome finish(PendingFile pending) throws PublishException, IOException {
        if (pending.isDone()) {
            return pending.outcome();
        }
        InboxFile file = pending.file();
        PendingFile.Articles read = pending.articles();
        // All or nothing for the move: if one publish fails the file stays; a retry skips the articles
        // already acknowledged, which are recorded as published, and waits for those still on their way.
        ArticleRejectedException refused = null;
        int published = 0;
        for (Sending sending : read.sent()) {
            try {
                publisher.awaitAcknowledgement(sending);
                publishedIds.record(sending.article().id());
                published++;
            } catch (ArticleRejectedException e) {
                refused = refused == null ? e : refused;
            }
        }
        if (refused != null) {
            ArticleRejectedException whole = published == 0 ? refused : new ArticleRejectedException(refused.reason(),
                    refused.fileName(), refused.getMessage() + " The " + published
                            + " other article(s) of the file were published.");
            return FileOutcome.rejected(reject(file, whole), whole.getMessage());
        }
        pauseBeforeMove();
        FileOutcome outcome = moveToProcessed(file, read);
        metrics.published(read.sizeBytes());
        return outcome;
    }

    private FileOutcome moveToProcessed(InboxFile file, PendingFile.Articles read) throws IOException {
        Path target = ArchivePaths.processed(processedDir, LocalDate.now(clock), file.relative());
        move(file.path(), target);
        int duplicates = read.ids().size() - read.sent().size();
        if (duplicates > 0) {
            metrics.duplicates(duplicates);
        }
        FileOutcome.Kind kind = read.sent().isEmpty() ? FileOutcome.Kind.ALREADY_PUBLISHED : FileOutcome.Kind.PUBLISHED;
        return FileOutcome.published(kind, read.ids(), read.charset(), target);
    }

    /** Rejects a symbolic link whose target lies outside the inbox: the link itself is moved, never its target. */
    public FileOutcome rejectLink(InboxFile link) throws IOException {
        Path target = link.path().getParent().resolve(Files.readSymbolicLink(link.path())).normalize();
        ArticleRejectedException e = new ArticleRejectedException(Reason.LINK_OUTSIDE_INBOX, link.name(),
                link.name() + " is a symbolic link that points outside the inbox, to " + target
                        + ": ingest does not follow links out of the inbox. Copy the article file itself into the inbox "
                        + "instead.");
        return FileOutcome.rejected(reject(link, e), e.getMessage());
    }

    private Path reject(InboxFile file, ArticleRejectedException e) throws IOException {
        Path target = ArchivePaths.rejected(rejectedDir, file.relative());
        move(file.path(), target);
        String note = "The file " + file.name() + " was rejected at " + clock.instant() + " (" + e.reason().label()
                + ").\n\n" + e.getMessage() + "\n";
        Files.writeString(ArchivePaths.errorNote(target), note, StandardCharsets.UTF_8);
        metrics.rejected(e.reason());
        return target;
    }

    // Widens the window between acknowledgement and move for the crash test; zero, and skipped, otherwise.
    private void pauseBeforeMove() {
        if (pauseBeforeMove.isZero()) {
            return;
        }
        try {
            Thread.sleep(pauseBeforeMove.toMillis());
        } catch (InterruptedException e) {
            // Stopping: the article is acknowledged and recorded, so moving the file now is still right.
            Thread.currentThread().interrupt();
        }
    }

    private static void move(Path from, Path to) throws IOException {
        Files.createDirectories(to.getParent());
        // No REPLACE_EXISTING, no ATOMIC_MOVE (which may replace on Linux): an existing file is never overwritten.
        Files.move(from, to);
    }
}
