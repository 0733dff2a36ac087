package io.newsmonitor.nlp.kafka;

import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;

/**
 * Headers this service adds to a record it sends to the dead-letter topic: the failing stage
 * ({@code parse} for a record that is not a raw article, else the pipeline stage such as
 * {@code entities}) and the class and message of the exception that caused it. SmallRye's
 * dead-letter queue adds the original topic, partition and offset and its own reason headers
 * (see nlp-service's README, "Kafka").
 */
public final class DeadLetterHeaders {

    public static final String STAGE = "nlp-failed-stage";
    public static final String EXCEPTION_CLASS = "nlp-exception-class";
    public static final String EXCEPTION_MESSAGE = "nlp-exception-message";

    private DeadLetterHeaders() {
    }

    public static Headers of(EnrichmentException failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        RecordHeaders headers = new RecordHeaders();
        CloudEventHeaders.add(headers, STAGE, failure.stage());
        CloudEventHeaders.add(headers, EXCEPTION_CLASS, root.getClass().getName());
        CloudEventHeaders.add(headers, EXCEPTION_MESSAGE, String.valueOf(root.getMessage()));
        return headers;
    }
}
