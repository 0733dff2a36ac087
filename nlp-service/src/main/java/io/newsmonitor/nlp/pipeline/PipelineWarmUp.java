package io.newsmonitor.nlp.pipeline;

import io.newsmonitor.events.RawArticle;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Instant;
import org.jboss.logging.Logger;

/**
 * Enriches a sample over and over at start-up, before the service takes articles. The first enrichment loads
 * HanLP's and opencc4j's dictionaries (about 1–2 s together); the next ones let the JIT compiler compile the
 * enrichment path, which otherwise it does on the first real articles (tens of seconds of slow enrichments under
 * load). Bounded by a number of enrichments and by a time, whichever comes first.
 */
@ApplicationScoped
public class PipelineWarmUp {

    private static final Logger LOG = Logger.getLogger(PipelineWarmUp.class);

    /** Traditional with inline pinyin, a title, a person, a place and an organisation: every step runs. */
    static final String SAMPLE = "巴中市召開(kāi)工業(yè)大會\n2024年10月17日 21:18 來源:中新網(wǎng)四川\n"
            + "市委書記羅增斌在巴中市出席會議並講話。中國人民大學教授張杰作專題輔導。\n"
            + "會議指出，要推動(dòng)鋁基新材料產業集群發展，今年前三季度全市規模以上工業增加值同比增長8.2%。\n"
            + "平昌縣、通江縣、南江縣負責同志參加會議。（記者 王明）";

    void onStart(@Observes StartupEvent event, NlpConfig config, EnrichmentPipeline pipeline) {
        if (!config.warmUp()) {
            LOG.info("Skipping the NLP warm-up (nlp.warm-up=false); the first articles will load the dictionaries"
                    + " and run before the enrichment is compiled.");
            return;
        }
        long start = System.nanoTime();
        int done = run(pipeline, config.warmUpEnrichments(), config.warmUpMaxSeconds());
        LOG.infof("Warmed up the enrichment (dictionaries loaded, code compiled) with %d enrichments of a sample in %d ms"
                + " (at most nlp.warm-up-enrichments=%d, nlp.warm-up-max-seconds=%d).", done,
                (System.nanoTime() - start) / 1_000_000, config.warmUpEnrichments(), config.warmUpMaxSeconds());
    }

    /**
     * Enriches the sample at least once, then again until {@code enrichments} are done or {@code maxSeconds} have
     * passed.
     *
     * @return how many enrichments were done
     * @throws IllegalArgumentException if {@code enrichments} is below 1 or {@code maxSeconds} below 0
     */
    static int run(EnrichmentPipeline pipeline, int enrichments, int maxSeconds) {
        if (enrichments < 1) {
            throw new IllegalArgumentException("nlp.warm-up-enrichments must be at least 1, was " + enrichments
                    + "; set nlp.warm-up=false to skip the warm-up");
        }
        if (maxSeconds < 0) {
            throw new IllegalArgumentException("nlp.warm-up-max-seconds must be 0 or more, was " + maxSeconds);
        }
        RawArticle sample = RawArticle.of("warm-up", SAMPLE.length(), Instant.now(), SAMPLE);
        long deadline = System.nanoTime() + maxSeconds * 1_000_000_000L;
        int done = 0;
        do {
            pipeline.enrich(sample);
            done++;
        } while (done < enrichments && System.nanoTime() - deadline < 0);
        return done;
    }
}
