package io.newsmonitor.nlp.kafka;

import io.newsmonitor.events.Topics;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Supplies {@code nlp.default-consumers}: how many Kafka consumers of {@code articles.raw} one instance runs
 * unless {@code NLP_CONSUMERS} says otherwise. One per core, since enrichment is CPU-bound, and no more than
 * the topic's {@value Topics#RAW_PARTITIONS} partitions, since a consumer without a partition only waits.
 * A configuration source because the number of cores is known only at run time; its ordinal is below
 * {@code application.properties}, which refers to it.
 */
public final class DefaultConsumerCount implements ConfigSource {

    static final String PROPERTY = "nlp.default-consumers";

    private static final int ORDINAL = 50;

    /** One consumer per core, between 1 and the partitions of {@code articles.raw}. */
    static int forCores(int cores) {
        return Math.max(1, Math.min(cores, Topics.RAW_PARTITIONS));
    }

    @Override
    public Map<String, String> getProperties() {
        return Map.of(PROPERTY, String.valueOf(forCores(Runtime.getRuntime().availableProcessors())));
    }

    @Override
    public Set<String> getPropertyNames() {
        return Set.of(PROPERTY);
    }

    @Override
    public String getValue(String propertyName) {
        return PROPERTY.equals(propertyName) ? getProperties().get(PROPERTY) : null;
    }

    @Override
    public String getName() {
        return "nlp-service default consumer count";
    }

    @Override
    public int getOrdinal() {
        return ORDINAL;
    }
}
