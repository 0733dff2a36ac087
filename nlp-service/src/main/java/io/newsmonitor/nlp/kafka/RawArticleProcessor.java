package io.newsmonitor.nlp.kafka;

import io.newsmonitor.events.EnrichedArticle;
import io.newsmonitor.events.EventJson;
import io.newsmonitor.events.RawArticle;
import io.newsmonitor.nlp.pipeline.EnrichmentPipeline;
import io.newsmonitor.nlp.pipeline.NlpConfig;
import io.newsmonitor.nlp.pipeline.PipelineStageException;
import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.eclipse.microprofile.reactive.messaging.Outgoing;
import org.jboss.logging.Logger;

/**
 * Enriches each raw article from {@code articles.raw} and publishes it to {@code articles.enriched},
 * keyed by the article id, with CloudEvents headers ({@link CloudEventHeaders}). The outgoing message
 * carries the incoming one's acknowledgement, so the offset is committed only once the enriched record
 * is written. A record that cannot be enriched is nacked with the reason and skipped (nothing is
 * published for it), and the channel's dead-letter-queue strategy moves it to {@code articles.dlq}
 * with the failing stage and exception in its headers ({@link DeadLetterHeaders}) beside SmallRye's
 * own (original topic, partition, offset, reason).
 *
 * <p>The channel runs several Kafka consumers ({@code concurrency}, see {@code application.properties}); each
 * calls this method on its own thread, for its own partitions, one record after the other ({@code ordered}),
 * so records of one key (one partition) are enriched and acknowledged in order while partitions proceed in
 * parallel.
 */
@ApplicationScoped
public class RawArticleProcessor {

    static final String RAW_CHANNEL = "articles-raw";
    static final String ENRICHED_CHANNEL = "articles-enriched";

    /** The stage named when the pipeline fails outside its stages, while assembling the event. */
    static final String ASSEMBLY_STAGE = "assemble";

    private static final Logger LOG = Logger.getLogger(RawArticleProcessor.class);

    /** The default of {@code nlp.max-text-chars}, for processors made without configuration. */
    static final int DEFAULT_MAX_TEXT_CHARS = 1_000_000;

    private final EnrichmentPipeline pipeline;
    private final RawArticleAdmission admission;
    private final EnrichmentsInProgress inProgress;

    @Inject
    public RawArticleProcessor(EnrichmentPipeline pipeline, NlpConfig config, EnrichmentsInProgress inProgress) {
        this(pipeline, config.maxTextChars(), inProgress);
    }

    RawArticleProcessor(EnrichmentPipeline pipeline, int maxTextChars) {
        this(pipeline, maxTextChars, new EnrichmentsInProgress());
    }

    private RawArticleProcessor(EnrichmentPipeline pipeline, int maxTextChars, EnrichmentsInProgress inProgress) {
        this.pipeline = pipeline;
        this.admission = new RawArticleAdmission(maxTextChars);
        this.inProgress = inProgress;
    }

    RawArticleProcessor(EnrichmentPipeline pipeline) {
        this(pipeline, DEFAULT_MAX_TEXT_CHARS);
    }

    @Incoming(RAW_CHANNEL)
    @Outgoing(ENRICHED_CHANNEL)
    @Blocking(ordered = true)
    public Message<EnrichedArticle> process(Message<String> message) {
        inProgress.started();
        try {
            return enrich(message);
        } catch (EnrichmentException e) {
            // Nack instead of throwing: a throwing processor ends the stream, a nacked message goes to the DLQ.
            LOG.warn(e.getMessage());
            message.nack(e, Metadata.of(OutgoingKafkaRecordMetadata.<String>builder()
                    .withHeaders(DeadLetterHeaders.of(e)).build()));
            return null;
        } finally {
            inProgress.finished();
        }
    }

    private Message<EnrichedArticle> enrich(Message<String> message) {
        long start = System.nanoTime();
        RawArticle raw = parse(message);
        admission.admit(raw, position(message));
        EnrichedArticle enriched;
        try {
            enriched = pipeline.enrich(raw);
        } catch (PipelineStageException e) {
            throw cannotEnrich(raw, message, e.stage(), e.getMessage(), e.getCause());
        } catch (RuntimeException e) {
            throw cannotEnrich(raw, message, ASSEMBLY_STAGE, e.toString(), e);
        }
        LOG.infof("Enriched article %s \"%s\": %d persons, %d places, %d organisations in %d ms.",
                shortId(enriched.id()), enriched.title(), enriched.persons().size(), enriched.places().size(),
                enriched.organizations().size(), (System.nanoTime() - start) / 1_000_000);
        return message.withPayload(enriched)
                .addMetadata(OutgoingKafkaRecordMetadata.<String>builder()
                        .withKey(enriched.id())
                        .withHeaders(CloudEventHeaders.of(enriched))
                        .build());
    }

    private static EnrichmentException cannotEnrich(RawArticle raw, Message<?> message, String stage, String detail,
            Throwable cause) {
        return new EnrichmentException(stage, "Cannot enrich article " + raw.id() + " (" + raw.fileName() + ") at "
                + position(message) + ": " + detail + ". The record goes to the dead-letter topic.", cause);
    }

    private static RawArticle parse(Message<String> message) {
        String json = message.getPayload();
        if (json == null || json.isBlank()) {
            throw new EnrichmentException(EnrichmentException.PARSE_STAGE, "Record at " + position(message)
                    + " has an empty value; expected a RawArticle JSON document. It goes to the dead-letter topic.");
        }
        try {
            return EventJson.read(json, RawArticle.class);
        } catch (IllegalArgumentException e) {
            throw new EnrichmentException(EnrichmentException.PARSE_STAGE, "Record at " + position(message) + " is not a RawArticle: "
                    + e.getMessage() + ". Fix the producer; the record goes to the dead-letter topic.", e);
        }
    }

    /** Where the record came from, for error messages: topic, partition and offset when Kafka delivered it. */
    private static String position(Message<?> message) {
        return message.getMetadata(IncomingKafkaRecordMetadata.class)
                .map(m -> m.getTopic() + "-" + m.getPartition() + " offset " + m.getOffset()
                        + (m.getKey() == null ? "" : " (key " + shortId(String.valueOf(m.getKey())) + ")"))
                .orElse("an unknown offset");
    }

    private static String shortId(String id) {
        return id.length() <= 12 ? id : id.substring(0, 12);
    }
}
