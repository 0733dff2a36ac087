package io.newsmonitor.bench;

import java.nio.file.Path;

/**
 * Options of {@link EndToEndLoad}, from {@code --name value} pairs.
 *
 * @param rate articles per second to drop; 0 drops them as fast as the disk allows
 * @param seconds how long to drop articles at {@code rate}; ignored when {@code count} is set
 * @param count how many articles to drop; 0 means {@code rate * seconds}
 * @param maxHeapGrowthMb how much each process's live heap (after a full collection) may grow between the half-way
 *     point and the end of the measured part
 * @param maxRssMb the resident memory no process may exceed at the end
 * @param plot where to write the latency-over-time chart (PNG)
 * @param nlpInstances how many nlp-service instances share the work (one consumer group)
 * @param warmUpSeconds how long to drop articles at {@code rate} before measuring (JIT compilation, caches,
 *     heap sizing), waiting until they are all visible; 0 measures from a cold start
 */
record LoadOptions(double rate, int seconds, int count, int maxHeapGrowthMb, int maxRssMb, Path plot, int nlpInstances,
        int warmUpSeconds) {

    static LoadOptions parse(String[] args) {
        double rate = 20;
        int seconds = 60;
        int count = 0;
        int growth = 32;
        int maxRss = 512;
        Path plot = Path.of("bench/target/end-to-end-latency.png");
        int nlpInstances = 1;
        int warmUp = 0;
        for (int i = 0; i < args.length; i += 2) {
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("Option " + args[i] + " needs a value; " + usage());
            }
            String value = args[i + 1];
            switch (args[i]) {
                case "--rate" -> rate = Double.parseDouble(value);
                case "--seconds" -> seconds = Integer.parseInt(value);
                case "--count" -> count = Integer.parseInt(value);
                case "--max-heap-growth-mb" -> growth = Integer.parseInt(value);
                case "--max-rss-mb" -> maxRss = Integer.parseInt(value);
                case "--plot" -> plot = Path.of(value);
                case "--nlp-instances" -> nlpInstances = Integer.parseInt(value);
                case "--warm-up-seconds" -> warmUp = Integer.parseInt(value);
                default -> throw new IllegalArgumentException("Unknown option " + args[i] + "; " + usage());
            }
        }
        if (rate < 0 || seconds <= 0 || count < 0 || nlpInstances < 1 || nlpInstances > 6 || warmUp < 0) {
            throw new IllegalArgumentException("rate must be >= 0, seconds > 0, count >= 0 and nlp-instances 1 to 6 "
                    + "(articles.raw has 6 partitions); " + usage());
        }
        if (rate == 0 && count == 0) {
            throw new IllegalArgumentException("Full speed (--rate 0) needs --count; " + usage());
        }
        if (warmUp > 0 && rate == 0) {
            throw new IllegalArgumentException("A warm-up needs a rate (--rate > 0); " + usage());
        }
        return new LoadOptions(rate, seconds, count, growth, maxRss, plot, nlpInstances, warmUp);
    }

    /** The options of the warm-up phase: the same rate for {@code warmUpSeconds}. */
    LoadOptions warmUp() {
        return new LoadOptions(rate, warmUpSeconds, 0, maxHeapGrowthMb, maxRssMb, plot, nlpInstances, 0);
    }

    /** How many articles the run drops. */
    int articles() {
        return count > 0 ? count : (int) Math.round(rate * seconds);
    }

    static String usage() {
        return "usage: EndToEndLoad [--rate 20] [--seconds 60] [--count N] [--max-heap-growth-mb 32] [--max-rss-mb 512] [--plot file.png]"
                + " [--nlp-instances 1] [--warm-up-seconds 0]";
    }
}
