package io.newsmonitor.query.kafka;

import io.newsmonitor.events.EnrichedArticle;
import io.newsmonitor.events.EventJson;
import io.newsmonitor.events.Topics;
import io.newsmonitor.query.live.LiveArticleFeed;
import io.newsmonitor.query.view.ArticleSummary;
import io.newsmonitor.query.view.ArticleView;
import io.newsmonitor.query.view.UpsertOutcome;
import io.newsmonitor.query.watch.RecordPosition;
import io.newsmonitor.query.watch.WatchlistAlerts;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.health.Readiness;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

/**
 * Materialises {@link Topics#ENRICHED} into the {@link ArticleView}. An article is upserted by id, so
 * re-delivery and re-enrichment replace it; an id new to the view also goes to the live feed. Every article
 * is checked against the watchlists, with its record's position so that one checked before a restart is not
 * checked again. A record that is not an enriched article is logged and skipped, so it never blocks the stream.
 */
@ApplicationScoped
public class EnrichedArticleConsumer {

    /** The channel fed from {@link Topics#ENRICHED}. */
    public static final String CHANNEL = "articles-enriched";

    private static final Logger LOG = Logger.getLogger(EnrichedArticleConsumer.class);
    /** Live articles are logged as one progress line per interval; each one is logged at DEBUG. */
    static final Duration PROGRESS_INTERVAL = Duration.ofSeconds(10);

    private final ArticleView view;
    private final LiveArticleFeed live;
    private final WatchlistAlerts alerts;
    private final ReplayReadiness replay;
    private final AppliedProgress progress = new AppliedProgress(PROGRESS_INTERVAL, System::nanoTime);

    @Inject
    public EnrichedArticleConsumer(ArticleView view, LiveArticleFeed live, WatchlistAlerts alerts,
            @Readiness ReplayReadiness replay) {
        this.view = view;
        this.live = live;
        this.alerts = alerts;
        this.replay = replay;
        // The alerts raised for the articles one refresh made visible are saved together, off the announcer
        // thread: the save waits for Kafka's acknowledgements, and the next articles need not.
        view.afterEachVisibleGroup(alerts::saveRaisedInBackground);
    }

    void announce(@Observes StartupEvent event, Config config) {
        String prefix = "mp.messaging.incoming." + CHANNEL + ".";
        String connector = config.getOptionalValue(prefix + "connector", String.class).orElse("(none)");
        LOG.infof("Materialising topic %s into the query index: connector %s, bootstrap servers %s, consumer group %s,"
                + " replaying from the earliest offset.",
                config.getOptionalValue(prefix + "topic", String.class).orElse(Topics.ENRICHED),
                connector,
                config.getOptionalValue("kafka.bootstrap.servers", String.class).orElse("(unset)"),
                config.getOptionalValue(prefix + "group.id", String.class).orElse("(unset)"));
    }

    @Incoming(CHANNEL)
    public CompletionStage<Void> consume(Message<String> message) {
        String value = message.getPayload();
        if (value == null) {
            removeTombstoned(message);
        } else {
            apply(value, message);
        }
        kafkaMetadata(message).ifPresent(kafka -> replay.consumed(kafka.getPartition(), kafka.getOffset()));
        if (replay.caughtUp()) {
            progress.due(view::count).ifPresent(LOG::info);
        }
        // Offsets are never committed (the view replays the topic on every start); ack only frees the record.
        return message.ack();
    }

    private void apply(String value, Message<String> message) {
        EnrichedArticle article;
        try {
            article = EventJson.read(value, EnrichedArticle.class);
        } catch (IllegalArgumentException e) {
            LOG.warnf("Skipped %s: %s. The view keeps its other articles; fix the producer of this record.",
                    where(message), e.getMessage());
            return;
        }
        if (article == null || article.id().isBlank()) {
            LOG.warnf("Skipped %s: it holds no article id. Fix the producer of this record.", where(message));
            return;
        }
        // The record value is the article's JSON already: the view stores it instead of writing it again.
        UpsertOutcome outcome = view.upsert(article, value);
        RecordPosition at = kafkaMetadata(message).map(k -> new RecordPosition(k.getPartition(), k.getOffset()))
                .orElse(null);
        // While the view replays history, the page loads it as a list: only live articles go to the stream.
        boolean caughtUp = replay.caughtUp();
        if (!caughtUp) {
            alerts.onIndexed(article, at);
        } else if (outcome == UpsertOutcome.ADDED) {
            // Reads lag writes by up to a refresh: announce once a client told of the article can read
            // it, without holding up the next records (articles arriving meanwhile share one refresh).
            view.whenVisible(() -> {
                live.publish(ArticleSummary.of(article));
                alerts.onVisible(article, at);
            });
        } else {
            // A re-enriched article is checked too (it may match now), in record order with the new ones.
            view.whenVisible(() -> alerts.onVisible(article, at));
        }
        if (caughtUp) {
            if (outcome == UpsertOutcome.ADDED) {
                progress.added();
            } else {
                progress.replaced();
            }
            if (LOG.isDebugEnabled()) {
                LOG.debugf("%s article %s \"%s\".", outcome == UpsertOutcome.ADDED ? "Added" : "Replaced",
                        shortId(article.id()), logTitle(article.title()));
            }
        }
    }

    private void removeTombstoned(Message<String> message) {
        Optional<IncomingKafkaRecordMetadata<?, ?>> kafka = kafkaMetadata(message);
        Object key = kafka.map(IncomingKafkaRecordMetadata::getKey).orElse(null);
        if (key == null) {
            LOG.warnf("Skipped %s: it has neither a value nor a key.", where(message));
            return;
        }
        boolean removed = view.remove(key.toString());
        if (removed) {
            progress.removed();
        }
        LOG.infof("Tombstone for article %s: %s (%d in view).",
                shortId(key.toString()), removed ? "removed from the view" : "not in the view", view.count());
    }

    /** Where a record came from, for log lines: topic, partition and offset when Kafka delivered it. */
    static String where(Message<?> message) {
        return kafkaMetadata(message)
                .map(m -> "record at " + m.getTopic() + "/" + m.getPartition() + "@" + m.getOffset()
                        + (m.getKey() == null ? "" : " (key " + m.getKey() + ")"))
                .orElse("record on channel " + CHANNEL);
    }

    @SuppressWarnings("unchecked")
    private static Optional<IncomingKafkaRecordMetadata<?, ?>> kafkaMetadata(Message<?> message) {
        return message.getMetadata(IncomingKafkaRecordMetadata.class).map(m -> (IncomingKafkaRecordMetadata<?, ?>) m);
    }

    private static String logTitle(String title) {
        if (title == null) {
            return "(no title)";
        }
        String oneLine = title.replaceAll("\\s+", " ").strip();
        return oneLine.length() > 40 ? oneLine.substring(0, 40) + "…" : oneLine;
    }

    private static String shortId(String id) {
        return id.length() > 12 ? id.substring(0, 12) : id;
    }
}
