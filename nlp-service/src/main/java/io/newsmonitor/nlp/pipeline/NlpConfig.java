package io.newsmonitor.nlp.pipeline;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the enrichment, under {@code nlp.*}. */
@ConfigMapping(prefix = "nlp")
public interface NlpConfig {

    /** How many key words and phrases each article gets at most. */
    @WithDefault("10")
    int keywords();

    /** How many sentences each summary has at most. */
    @WithDefault("3")
    int summarySentences();

    /** Whether to enrich a sample at start-up, so that loading dictionaries and compiling code do not slow the first articles. */
    @WithDefault("true")
    boolean warmUp();

    /** How many times the warm-up enriches its sample at most, so that the JIT compiles the enrichment first. */
    @WithDefault("1500")
    int warmUpEnrichments();

    /** How long, in seconds, the warm-up may take at most; it stops earlier when its enrichments are done. */
    @WithDefault("8")
    int warmUpMaxSeconds();

    /** Longest text, in characters, an article may have; longer ones go to the dead-letter topic. */
    @WithDefault("1000000")
    int maxTextChars();

    /**
     * Kafka consumers of {@code articles.raw} when {@code NLP_CONSUMERS} is not set: one per core, at most the
     * topic's partitions. Computed at start-up ({@code kafka.DefaultConsumerCount}), not meant to be set.
     */
    int defaultConsumers();
}
