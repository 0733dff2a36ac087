package io.newsmonitor.bench;

import io.newsmonitor.events.ArticleIds;
import io.newsmonitor.local.samples.SampleArticles;
import io.newsmonitor.local.stack.NewsMonitorStack;
import io.newsmonitor.local.stack.Service;
import io.newsmonitor.local.stack.StackSettings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Drops real-looking articles into the inbox of a running system (real broker, the three packaged
 * services) at a fixed rate or at full speed, and measures for each article the time from the file
 * being dropped to the article being visible on query-service's live stream; prints throughput,
 * latency percentiles, CPU and memory of each process, and whether any article was lost or doubled.
 * With {@code --rate 20 --seconds 600} it is the soak run of docs/reliability.md. Exits with 1 when an
 * article is lost or doubled, when a process's live heap (after a full collection) grew more than
 * {@code --max-heap-growth-mb} between the half-way point and the end, or when a process ends above
 * {@code --max-rss-mb} of resident memory.
 */
public final class EndToEndLoad {

    private static final long ARRIVAL_GRACE_MS = 180_000;

    private EndToEndLoad() {
    }

    public static void main(String[] args) throws Exception {
        LoadOptions options = LoadOptions.parse(args);
        Path home = Path.of("").toAbsolutePath();
        Path data = Files.createTempDirectory("newsmonitor-load-");
        StackSettings settings = StackSettings.onFreePorts(home, data, null);
        SampleArticles samples = SampleArticles.fromSeeds(home.resolve("seeds"));
        boolean healthy;
        try (NewsMonitorStack stack = new NewsMonitorStack(settings, line -> System.out.println("[stack] " + line))
                .start();
                ArrivalListener listener = new ArrivalListener(settings.baseUrl(Service.QUERY) + "/api/stream")) {
            for (int extra = 1; extra < options.nlpInstances(); extra++) {
                stack.startExtraInstance(Service.NLP);
            }
            awaitConnected(listener);
            Map<String, Long> pids = pids(stack);
            if (options.warmUpSeconds() > 0) {
                Map<String, Long> warmUp = drop(settings.inboxDir(), samples, options.warmUp(), "warm-up", () -> { });
                int missing = awaitArrivals(listener, warmUp);
                System.out.printf("Warm-up: %d articles at %.1f/s, %d not visible after the grace period;"
                        + " measuring from now.%n", warmUp.size(), options.rate(), missing);
            }
            Map<String, LiveHeap.Snapshot> heapAtStart = liveHeaps(pids);
            Map<String, ProcessSample> start = sample(pids);
            ProcessSample generatorAtStart = ProcessSample.of(ProcessHandle.current().pid());
            CompletableFuture<Map<String, LiveHeap.Snapshot>> heapAtHalf = new CompletableFuture<>();
            Map<String, Long> dropped = drop(settings.inboxDir(), samples, options, "load",
                    () -> CompletableFuture.runAsync(() -> heapAtHalf.complete(liveHeaps(pids))));
            long lastDrop = dropped.values().stream().mapToLong(Long::longValue).max().orElse(0);
            awaitArrivals(listener, dropped);
            Map<String, ProcessSample> end = sample(pids);
            ProcessSample generatorAtEnd = ProcessSample.of(ProcessHandle.current().pid());
            Map<String, LiveHeap.Snapshot> heapAtEnd = liveHeaps(pids);
            healthy = report(options, dropped, listener, lastDrop, start, end)
                    & memoryWithinBounds(options, start, end, heapAtStart, heapAtHalf.get(), heapAtEnd);
            System.out.printf("The load generator itself (this JVM, on the same cores): %d MB RSS, %.0f %% CPU%n",
                    generatorAtEnd.rssMb(), generatorAtEnd.cpuPercentSince(generatorAtStart));
        }
        System.exit(healthy ? 0 : 1);
    }

    /** Waits until every dropped article is visible, or the grace period ends; returns how many are not. */
    private static int awaitArrivals(ArrivalListener listener, Map<String, Long> dropped) throws InterruptedException {
        long deadline = System.currentTimeMillis() + ARRIVAL_GRACE_MS;
        while (!listener.arrivals().keySet().containsAll(dropped.keySet()) && System.currentTimeMillis() < deadline) {
            Thread.sleep(200);
        }
        return (int) dropped.keySet().stream().filter(id -> !listener.arrivals().containsKey(id)).count();
    }

    /** Drops the articles of a phase at its rate; runs {@code atHalfway} once half of them are dropped. */
    private static Map<String, Long> drop(Path inbox, SampleArticles samples, LoadOptions options, String phase,
            Runnable atHalfway) throws IOException {
        Map<String, Long> dropped = new LinkedHashMap<>();
        String run = phase + "-" + System.currentTimeMillis();
        long began = System.nanoTime();
        FixedRate pace = new FixedRate(options.rate());
        for (int n = 0; n < options.articles(); n++) {
            pace.awaitTurn(n);
            if (n == options.articles() / 2) {
                atHalfway.run();
            }
            String text = samples.article(run, n);
            Path hidden = inbox.resolve("." + phase + "-" + n + ".txt.part");
            Files.writeString(hidden, text, StandardCharsets.UTF_8);
            Files.move(hidden, inbox.resolve(phase + "-" + n + ".txt"), StandardCopyOption.ATOMIC_MOVE);
            dropped.put(ArticleIds.of(text), System.currentTimeMillis());
        }
        System.out.printf("Dropped %d articles (%s) in %.1f s.%n", dropped.size(), phase,
                (System.nanoTime() - began) / 1e9);
        return dropped;
    }

    private static boolean report(LoadOptions options, Map<String, Long> dropped, ArrivalListener listener,
            long lastDrop, Map<String, ProcessSample> start, Map<String, ProcessSample> end) throws IOException {
        long first = dropped.values().stream().mapToLong(Long::longValue).min().orElse(0);
        List<Long> total = new ArrayList<>();
        List<Long> ingest = new ArrayList<>();
        List<Long> enrich = new ArrayList<>();
        List<Long> view = new ArrayList<>();
        List<Double> at = new ArrayList<>();
        List<Double> latency = new ArrayList<>();
        long lastVisible = first;
        for (Map.Entry<String, Long> article : dropped.entrySet()) {
            ArrivalListener.Arrival arrival = listener.arrivals().get(article.getKey());
            if (arrival == null) {
                continue;
            }
            long droppedAt = article.getValue();
            total.add(arrival.visibleAt() - droppedAt);
            ingest.add(arrival.receivedAt() - droppedAt);
            enrich.add(arrival.enrichedAt() - arrival.receivedAt());
            view.add(arrival.visibleAt() - arrival.enrichedAt());
            at.add((droppedAt - first) / 1000.0);
            latency.add((double) (arrival.visibleAt() - droppedAt));
            lastVisible = Math.max(lastVisible, arrival.visibleAt());
        }
        int lost = dropped.size() - total.size();
        double seconds = Math.max(1, lastVisible - first) / 1000.0;
        String mode = (options.rate() > 0 ? options.rate() + " articles/s offered" : "full speed")
                + (options.nlpInstances() > 1 ? ", " + options.nlpInstances() + " nlp-service instances" : "");
        System.out.println();
        System.out.printf("End to end, %s: %d dropped, %d visible, %d lost, %d doubled%n", mode, dropped.size(),
                total.size(), lost, listener.repeats());
        System.out.printf("Throughput: %.1f articles/s (first drop to last visible: %.1f s; dropping took %.1f s)%n",
                total.size() / seconds, seconds, (lastDrop - first) / 1000.0);
        if (!total.isEmpty()) {
            System.out.println("Latency file dropped -> visible: " + Percentiles.of(longs(total)).describe(" ms"));
            System.out.println("  dropped -> received by ingest: " + Percentiles.of(longs(ingest)).describe(" ms"));
            System.out.println("  received -> enriched:          " + Percentiles.of(longs(enrich)).describe(" ms"));
            System.out.println("  enriched -> visible:           " + Percentiles.of(longs(view)).describe(" ms"));
            LatencyPlot.write(options.plot(), "NewsMonitor end to end, " + mode, at, latency);
            System.out.println("Latency over time: " + options.plot().toAbsolutePath());
        }
        return lost == 0 && listener.repeats() == 0;
    }

    /**
     * Prints each process's resident memory, live heap and CPU, and says which bound a process broke: its live
     * heap grew more than allowed over the second half of the run (what a leak looks like once caches, index
     * segments and compiled code have settled in the first half) or its resident memory ended above the cap.
     */
    private static boolean memoryWithinBounds(LoadOptions options, Map<String, ProcessSample> start,
            Map<String, ProcessSample> end, Map<String, LiveHeap.Snapshot> heapAtStart,
            Map<String, LiveHeap.Snapshot> heapAtHalf, Map<String, LiveHeap.Snapshot> heapAtEnd) {
        boolean within = true;
        System.out.println("Process         RSS start  RSS end   live heap start / half-way / end"
                + "   CPU (avg, % of one core)");
        for (Map.Entry<String, ProcessSample> process : end.entrySet()) {
            String name = process.getKey();
            ProcessSample before = start.get(name);
            ProcessSample after = process.getValue();
            long secondHalfGrowth = heapAtEnd.get(name).usedMb() - heapAtHalf.get(name).usedMb();
            List<String> broken = new ArrayList<>();
            if (secondHalfGrowth > options.maxHeapGrowthMb()) {
                broken.add("live heap grew " + secondHalfGrowth + " MB over the second half, more than the "
                        + options.maxHeapGrowthMb() + " MB allowed");
            }
            if (after.rssMb() > options.maxRssMb()) {
                broken.add("resident memory " + after.rssMb() + " MB, above the " + options.maxRssMb() + " MB cap");
            }
            within &= broken.isEmpty();
            System.out.printf("%-15s %6d MB  %6d MB  %6d / %4d / %4d MB              %5.0f %%%s%n", name,
                    before.rssMb(), after.rssMb(), heapAtStart.get(name).usedMb(), heapAtHalf.get(name).usedMb(),
                    heapAtEnd.get(name).usedMb(), after.cpuPercentSince(before),
                    broken.isEmpty() ? "" : "   " + String.join("; ", broken));
            if (heapAtEnd.get(name).usedMb() - heapAtStart.get(name).usedMb() > options.maxHeapGrowthMb()) {
                System.out.println("    what " + name + " keeps more of at the end than at the start, by class:");
                heapAtEnd.get(name).grownMost(heapAtStart.get(name), 8)
                        .forEach(row -> System.out.println("      " + row));
            }
        }
        return within;
    }

    /** Live heap of each process after a full collection; taken outside the CPU samples, since it costs CPU. */
    private static Map<String, LiveHeap.Snapshot> liveHeaps(Map<String, Long> pids) {
        Map<String, LiveHeap.Snapshot> heaps = new LinkedHashMap<>();
        pids.forEach((name, pid) -> heaps.put(name, LiveHeap.of(pid)));
        return heaps;
    }

    private static Map<String, Long> pids(NewsMonitorStack stack) {
        Map<String, Long> pids = new LinkedHashMap<>();
        pids.put("kafka", stack.broker().pid());
        Map<Service, Long> services = new EnumMap<>(Service.class);
        for (Service service : Service.values()) {
            services.put(service, stack.pid(service));
        }
        services.forEach((service, pid) -> pids.put(service.module(), pid));
        pids.putAll(stack.extraInstancePids());
        return pids;
    }

    private static Map<String, ProcessSample> sample(Map<String, Long> pids) {
        Map<String, ProcessSample> samples = new LinkedHashMap<>();
        pids.forEach((name, pid) -> samples.put(name, ProcessSample.of(pid)));
        return samples;
    }

    private static void awaitConnected(ArrivalListener listener) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 10_000;
        while (!listener.connected()) {
            if (System.currentTimeMillis() > deadline) {
                throw new IllegalStateException("Could not connect to query-service's live stream within 10 s");
            }
            Thread.sleep(50);
        }
    }

    private static long[] longs(List<Long> values) {
        return values.stream().mapToLong(Long::longValue).toArray();
    }
}
