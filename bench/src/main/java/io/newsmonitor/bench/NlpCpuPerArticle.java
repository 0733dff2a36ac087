package io.newsmonitor.bench;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import io.newsmonitor.events.RawArticle;
import io.newsmonitor.nlp.pipeline.EnrichmentPipeline;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * CPU time per article of the whole enrichment call, on one thread, next to HanLP's segmentation with person
 * and organisation recognition of the same texts: the seeds and the unseen test articles of nlp-service. CPU
 * time of the calling thread ({@link ThreadMXBean#getCurrentThreadCpuTime()}) depends far less than wall time on
 * the other processes sharing the machine. Rounds alternate between the two so that both see the same load.
 * Run from the repository root:
 *
 * <pre>bench/run.sh NlpCpuPerArticle [warm-up rounds, default 60] [measured rounds, default 60]</pre>
 *
 * <p>For a profile, add {@code -XX:StartFlightRecording=filename=nlp.jfr} to the java command of bench/run.sh.
 */
public final class NlpCpuPerArticle {

    private static final List<Path> FOLDERS = List.of(Path.of("seeds"), Path.of("nlp-service/src/test/resources/unseen"));

    private NlpCpuPerArticle() {
    }

    public static void main(String[] args) {
        int warmUpRounds = args.length > 0 ? Integer.parseInt(args[0]) : 60;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 60;
        List<RawArticle> articles = readArticles();
        EnrichmentPipeline pipeline = new EnrichmentPipeline(10, 3, Clock.systemUTC());
        Segment withNer = HanLP.newSegment().enableNameRecognize(true).enableOrganizationRecognize(true);
        Consumer<RawArticle> enrich = pipeline::enrich;
        Consumer<RawArticle> segment = article -> withNer.seg(article.text());
        for (int i = 0; i < warmUpRounds; i++) {
            cpuNanos(articles, enrich);
            cpuNanos(articles, segment);
        }
        long enrichNanos = 0;
        long segmentNanos = 0;
        for (int i = 0; i < rounds; i++) {
            enrichNanos += cpuNanos(articles, enrich);
            segmentNanos += cpuNanos(articles, segment);
        }
        double perArticle = (double) rounds * articles.size() * 1_000_000;
        double enrichMs = enrichNanos / perArticle;
        double segmentMs = segmentNanos / perArticle;
        System.out.printf("%d articles (%d chars on average), %d warm-up and %d measured rounds, one thread%n",
                articles.size(), articles.stream().mapToInt(a -> a.text().length()).sum() / articles.size(),
                warmUpRounds, rounds);
        System.out.printf("enrichment:            %.2f ms CPU per article%n", enrichMs);
        System.out.printf("HanLP segment with NER: %.2f ms CPU per article%n", segmentMs);
        System.out.printf("ratio (enrichment rate / segmentation rate): %.2f%n", segmentMs / enrichMs);
    }

    private static long cpuNanos(List<RawArticle> articles, Consumer<RawArticle> work) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long start = threads.getCurrentThreadCpuTime();
        for (RawArticle article : articles) {
            work.accept(article);
        }
        return threads.getCurrentThreadCpuTime() - start;
    }

    private static List<RawArticle> readArticles() {
        List<RawArticle> articles = new ArrayList<>();
        for (Path folder : FOLDERS) {
            try (Stream<Path> files = Files.list(folder)) {
                for (Path file : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                    String text = Files.readString(file, StandardCharsets.UTF_8);
                    articles.add(RawArticle.of(file.getFileName().toString(),
                            text.getBytes(StandardCharsets.UTF_8).length, Instant.now(), text));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the articles in " + folder.toAbsolutePath()
                        + "; run the benchmark from the repository root, as bench/run.sh does", e);
            }
        }
        return articles;
    }
}
