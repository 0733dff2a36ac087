package io.newsmonitor.bench;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import io.newsmonitor.events.EnrichedArticle;
import io.newsmonitor.events.RawArticle;
import io.newsmonitor.nlp.pipeline.EnrichmentPipeline;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The enrichment pipeline per article next to HanLP's own segmentation of the same seed texts, one
 * article per operation, cycling through the seeds in {@code seeds/} (run from the repository root, as
 * bench/run.sh does). Besides operations per second, each benchmark reports {@code articles} and
 * {@code chars} per second per thread (JMH auxiliary counters); the ratio of the pipeline's chars/s to
 * {@code segmentWithNer}'s is how close full enrichment comes to the segmentation it is built on.
 *
 * <p>The pipeline needs longer to warm up than HanLP alone (many classes, large dictionaries), hence 5 warm-up
 * iterations:
 *
 * <pre>bench/run.sh jmh PipelineBenchmark -f 1 -wi 5 -i 3</pre>
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@State(Scope.Thread)
public class PipelineBenchmark {

    /** Articles and characters processed, reported by JMH as rates next to the score. */
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    @State(Scope.Thread)
    public static class Throughput {
        public long articles;
        public long chars;

        @Setup(Level.Iteration)
        public void reset() {
            articles = 0;
            chars = 0;
        }
    }

    private List<RawArticle> seeds;
    private EnrichmentPipeline pipeline;
    private Segment plain;
    private Segment withNer;
    private int next;

    @Setup
    public void load() {
        seeds = readSeeds(Path.of("seeds"));
        pipeline = new EnrichmentPipeline(10, 3, Clock.systemUTC());
        plain = HanLP.newSegment();
        // Issue 7's baseline: HanLP with person and organisation recognition. The pipeline's own segmentation
        // (ArticleSegmenter) now runs person recognition only; the baseline stays as the issue defines it.
        withNer = HanLP.newSegment().enableNameRecognize(true).enableOrganizationRecognize(true);
    }

    /** Full enrichment of one article: cleaning, conversion, metadata, entities, places, keywords, summary … */
    @Benchmark
    public EnrichedArticle pipeline(Throughput counted) {
        RawArticle article = nextSeed(counted);
        return pipeline.enrich(article);
    }

    /** HanLP's default segmentation (Viterbi, no recognisers) of the whole article text. */
    @Benchmark
    public void segment(Throughput counted, Blackhole sink) {
        sink.consume(plain.seg(nextSeed(counted).text()));
    }

    /** HanLP's segmentation with person and organisation recognition: the baseline of issue 7's ratio. */
    @Benchmark
    public void segmentWithNer(Throughput counted, Blackhole sink) {
        sink.consume(withNer.seg(nextSeed(counted).text()));
    }

    private RawArticle nextSeed(Throughput counted) {
        RawArticle article = seeds.get(next);
        next = (next + 1) % seeds.size();
        counted.articles++;
        counted.chars += article.text().length();
        return article;
    }

    private static List<RawArticle> readSeeds(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            List<RawArticle> articles = files.filter(p -> p.toString().endsWith(".txt")).sorted().map(p -> {
                try {
                    String text = Files.readString(p, StandardCharsets.UTF_8);
                    return RawArticle.of(p.getFileName().toString(), text.getBytes(StandardCharsets.UTF_8).length,
                            Instant.now(), text);
                } catch (IOException e) {
                    throw new UncheckedIOException("Cannot read seed " + p, e);
                }
            }).toList();
            if (articles.isEmpty()) {
                throw new IllegalStateException("No seeds (*.txt) in " + folder.toAbsolutePath()
                        + "; run the benchmark from the repository root, as bench/run.sh does");
            }
            return articles;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the seeds in " + folder.toAbsolutePath()
                    + "; run the benchmark from the repository root, as bench/run.sh does", e);
        }
    }
}
