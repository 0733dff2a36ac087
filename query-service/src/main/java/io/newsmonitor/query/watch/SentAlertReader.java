package io.newsmonitor.query.watch;

import io.newsmonitor.events.ArticleAlert;
import java.time.Instant;
import java.util.List;

/**
 * Reads back the alerts already sent to {@code articles.alerts}, so that a restart after a crash knows the
 * ones it sent but had not saved yet and does not send them again.
 */
@FunctionalInterface
public interface SentAlertReader {

    /** Every alert on the topic with a timestamp at or after {@code from}, oldest first. */
    List<ArticleAlert> sentSince(Instant from);
}
