package io.newsmonitor.nlp.pipeline;

import io.newsmonitor.events.RawArticle;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Instant;
import org.jboss.logging.Logger;

/**
 * Enriches a short sample at start-up. HanLP and opencc4j load their dictionaries on first use
 * (about 1–2 s together); doing it here keeps that delay off the first real article.
 */
@ApplicationScoped
public class PipelineWarmUp {

    private static final Logger LOG = Logger.getLogger(PipelineWarmUp.class);

    /** Traditional with inline pinyin, a title, a person, a place and an organisation: every step runs. */
    static final String SAMPLE = "巴中市召開(kāi)工業(yè)大會\n2024年10月17日 21:18 來源:中新網(wǎng)四川\n"
            + "市委書記羅增斌在巴中市出席會議並講話。中國人民大學教授張杰作專題輔導。";

    void onStart(@Observes StartupEvent event, NlpConfig config, EnrichmentPipeline pipeline) {
        if (!config.warmUp()) {
            LOG.info("Skipping the NLP warm-up (nlp.warm-up=false); the first article will load the dictionaries.");
            return;
        }
        long start = System.nanoTime();
        pipeline.enrich(RawArticle.of("warm-up", SAMPLE.length(), Instant.now(), SAMPLE));
        LOG.infof("Loaded HanLP and opencc4j dictionaries by enriching a sample in %d ms.",
                (System.nanoTime() - start) / 1_000_000);
    }
}
