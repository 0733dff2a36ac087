package io.newsmonitor.ingest.watch;

import io.newsmonitor.events.RawArticle;
import io.newsmonitor.ingest.publish.ArticlePublisher;
import io.newsmonitor.ingest.publish.PublishException;
import io.newsmonitor.ingest.read.ArticleReader;
import io.newsmonitor.ingest.read.ArticleRejectedException;
import io.newsmonitor.ingest.read.ReadArticle;
import io.newsmonitor.ingest.read.ReadResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Takes one ready inbox file to its end: read, publish, and only after the broker acknowledged move it
 * to {@code processed/YYYY-MM-DD/}; or, if it can never be published, move it to {@code rejected/} next
 * to a note saying why. Transient failures are thrown and leave the file in the inbox.
 */
public final class InboxFileProcessor {

    private final ArticleReader reader;
    private final ArticlePublisher publisher;
    private final Path processedDir;
    private final Path rejectedDir;
    private final Clock clock;

    public InboxFileProcessor(ArticleReader reader, ArticlePublisher publisher, Path processedDir, Path rejectedDir,
            Clock clock) {
        this.reader = reader;
        this.publisher = publisher;
        this.processedDir = processedDir;
        this.rejectedDir = rejectedDir;
        this.clock = clock;
    }

    /**
     * @throws PublishException the broker did not acknowledge in time: the file stays, try again later
     * @throws IOException the file could not be read or moved: the file stays, try again later
     */
    public FileOutcome process(InboxFile file) throws PublishException, IOException {
        ReadResult result;
        long sizeBytes;
        try {
            reader.checkSize(file.name(), Files.size(file.path()));
            byte[] bytes = Files.readAllBytes(file.path());
            sizeBytes = bytes.length;
            result = reader.read(file.name(), bytes);
        } catch (ArticleRejectedException e) {
            return FileOutcome.rejected(reject(file, e), e.getMessage());
        }
        // The same text twice in one file is one article: publish it once.
        Map<String, RawArticle> articles = new LinkedHashMap<>();
        for (ReadArticle read : result.articles()) {
            RawArticle article = RawArticle.of(file.name(), sizeBytes, clock.instant(), read.text());
            articles.putIfAbsent(article.id(), article);
        }
        // All or nothing for the move: if one publish fails the file stays, and a retry republishes the
        // earlier articles under the same ids, which consumers upsert.
        for (RawArticle article : articles.values()) {
            publisher.publish(article);
        }
        Path target = ArchivePaths.processed(processedDir, LocalDate.now(clock), file.relative());
        move(file.path(), target);
        return FileOutcome.published(List.copyOf(articles.keySet()), result.charset().name(), target);
    }

    private Path reject(InboxFile file, ArticleRejectedException e) throws IOException {
        Path target = ArchivePaths.rejected(rejectedDir, file.relative());
        move(file.path(), target);
        String note = "The file " + file.name() + " was rejected at " + clock.instant() + " ("
                + e.reason().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + ").\n\n" + e.getMessage() + "\n";
        Files.writeString(ArchivePaths.errorNote(target), note, StandardCharsets.UTF_8);
        return target;
    }

    private static void move(Path from, Path to) throws IOException {
        Files.createDirectories(to.getParent());
        // No REPLACE_EXISTING, no ATOMIC_MOVE (which may replace on Linux): an existing file is never overwritten.
        Files.move(from, to);
    }
}
