package io.newsmonitor.ingest.publish;

import io.newsmonitor.events.RawArticle;
import io.newsmonitor.ingest.read.ReadArticle;
import io.newsmonitor.ingest.read.ReadResult;
import java.time.Instant;

/** Builds the {@link RawArticle} event for one article read from an input, with everything the input told about it. */
public final class RawArticles {

    private RawArticles() {
    }

    /**
     * @param fileName the file name below the inbox, or {@code http-post}
     * @param sizeBytes the size of the whole input
     */
    public static RawArticle of(String fileName, long sizeBytes, Instant receivedAt, ReadResult result,
            ReadArticle read) {
        return RawArticle.of(fileName, sizeBytes, receivedAt, read.text()).withInputDetails(
                result.charset().name(), result.format().eventName(), read.title(), read.publishedAt(), read.url(),
                read.source());
    }
}
