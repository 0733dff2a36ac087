package io.newsmonitor.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Resident memory and CPU time of one process, read from Linux's {@code /proc}.
 *
 * @param rssKb resident set size in KiB
 * @param cpuTicks user + system CPU time in clock ticks
 * @param nanoTime when the sample was taken ({@link System#nanoTime()})
 */
record ProcessSample(long rssKb, long cpuTicks, long nanoTime) {

    /** Linux's USER_HZ, the unit of {@code /proc/<pid>/stat} times, on every common platform. */
    private static final double TICKS_PER_SECOND = 100.0;

    static ProcessSample of(long pid) {
        try {
            long rss = 0;
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    rss = Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            // Fields after the command name, which is in parentheses and may contain spaces.
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
            return new ProcessSample(rss, ticks, System.nanoTime());
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("Cannot read /proc for pid " + pid + " (is this Linux, is it running?)", e);
        }
    }

    long rssMb() {
        return rssKb / 1024;
    }

    /** Average CPU use between an earlier sample and this one, in percent of one core. */
    double cpuPercentSince(ProcessSample earlier) {
        double seconds = (nanoTime - earlier.nanoTime) / 1e9;
        return seconds <= 0 ? 0 : 100.0 * (cpuTicks - earlier.cpuTicks) / TICKS_PER_SECOND / seconds;
    }
}
