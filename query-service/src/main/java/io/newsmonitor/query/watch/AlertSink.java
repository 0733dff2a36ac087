package io.newsmonitor.query.watch;

import io.newsmonitor.events.ArticleAlert;

/** Where new alerts go: the alerts topic and the live stream. */
public interface AlertSink {

    void publish(ArticleAlert alert);
}
