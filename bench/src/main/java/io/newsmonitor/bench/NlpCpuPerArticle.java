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
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * CPU time per article of the whole enrichment call, on one thread, next to HanLP's segmentation with person
 * and organisation recognition of the same texts: the seeds and the unseen test articles of nlp-service. CPU
 * time of the calling thread ({@link ThreadMXBean#getCurrentThreadCpuTime()}) depends far less than wall time on
 * the other processes sharing the machine. Rounds alternate between the two so that both see the same load. The
 * figures are given for the seeds alone (the texts of {@link PipelineBenchmark}) and for all the articles.
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
        long[] enrichNanos = new long[articles.size()];
        long[] segmentNanos = new long[articles.size()];
        for (int i = 0; i < warmUpRounds + rounds; i++) {
            boolean measured = i >= warmUpRounds;
            addCpuNanos(articles, enrich, measured ? enrichNanos : new long[articles.size()]);
            addCpuNanos(articles, segment, measured ? segmentNanos : new long[articles.size()]);
        }
        System.out.printf("%d warm-up and %d measured rounds, one thread, CPU time of the thread%n", warmUpRounds, rounds);
        report("seeds", articles, enrichNanos, segmentNanos, rounds, article -> !article.fileName().startsWith("u"));
        report("seeds and unseen", articles, enrichNanos, segmentNanos, rounds, article -> true);
    }

    private static void report(String name, List<RawArticle> articles, long[] enrichNanos, long[] segmentNanos, int rounds,
            Predicate<RawArticle> included) {
        long enrich = 0;
        long segment = 0;
        int count = 0;
        long chars = 0;
        for (int a = 0; a < articles.size(); a++) {
            if (included.test(articles.get(a))) {
                enrich += enrichNanos[a];
                segment += segmentNanos[a];
                count++;
                chars += articles.get(a).text().length();
            }
        }
        double enrichMs = enrich / (1e6 * rounds * count);
        double segmentMs = segment / (1e6 * rounds * count);
        System.out.printf("%s (%d articles, %d chars on average): enrichment %.2f ms CPU per article, HanLP segmentation "
                + "with NER %.2f ms, ratio of rates %.2f%n", name, count, chars / count, enrichMs, segmentMs,
                segmentMs / enrichMs);
    }

    private static void addCpuNanos(List<RawArticle> articles, Consumer<RawArticle> work, long[] nanos) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int a = 0; a < articles.size(); a++) {
            long start = threads.getCurrentThreadCpuTime();
            work.accept(articles.get(a));
            nanos[a] += threads.getCurrentThreadCpuTime() - start;
        }
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
