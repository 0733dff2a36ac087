package io.newsmonitor.ingest.publish;

import java.time.Duration;

/** Told about every attempt to publish an article, for the status, readiness and metrics. */
public interface PublishListener {

    /** Listens to nothing, for tests and tools that need no status. */
    PublishListener NONE = new PublishListener() {
        @Override
        public void acknowledged(String articleId, Duration latency) {
        }

        @Override
        public void failed(String articleId, PublishException failure) {
        }
    };

    /** The broker acknowledged the article after {@code latency}. */
    void acknowledged(String articleId, Duration latency);

    /** The attempt failed transiently; the caller retries or answers 503. */
    void failed(String articleId, PublishException failure);
}
