package io.newsmonitor.query.watch;

import io.newsmonitor.events.ArticleAlert;
import java.util.concurrent.CompletionStage;

/** Where new alerts go: the alerts topic and the live stream. */
public interface AlertSink {

    /** Sends the alert; the stage completes when the alerts topic has it, or fails when it cannot take it. */
    CompletionStage<Void> publish(ArticleAlert alert);
}
