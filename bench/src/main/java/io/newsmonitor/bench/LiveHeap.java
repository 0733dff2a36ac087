package io.newsmonitor.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The heap a JVM still uses right after a full collection, asked of it with the JDK's {@code jcmd}: what the
 * process really keeps. Resident memory is a poor leak signal for a JVM, which grows its heap towards
 * {@code -Xmx} when it is busy and rarely gives it back; the live heap grows only with what is retained.
 */
final class LiveHeap {

    /** One generation or region of {@code GC.heap_info}: "... total 262144K, used 51234K ...". */
    private static final Pattern USED = Pattern.compile("total \\d+K, used (\\d+)K");
    private static final Pattern HISTOGRAM_ROW = Pattern.compile("(?m)^\\s*\\d+:\\s+\\d+\\s+(\\d+)\\s+(.+)$");
    private static final long TIMEOUT_SECONDS = 60;

    private LiveHeap() {
    }

    /**
     * What process {@code pid} keeps after a full collection: the heap in use and the bytes of each class.
     *
     * @param usedMb heap in use after the collection, in MiB
     * @param bytesByClass bytes of live objects of each class (the class histogram, which collects first)
     */
    record Snapshot(long usedMb, Map<String, Long> bytesByClass) {

        /** The classes whose live bytes grew most from {@code earlier} to this snapshot, largest first. */
        List<String> grownMost(Snapshot earlier, int limit) {
            return bytesByClass.entrySet().stream()
                    .map(entry -> Map.entry(entry.getKey(),
                            entry.getValue() - earlier.bytesByClass.getOrDefault(entry.getKey(), 0L)))
                    .filter(entry -> entry.getValue() > 0)
                    .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                    .limit(limit)
                    .map(entry -> String.format("%+,d KB %s", entry.getValue() / 1024, entry.getKey()))
                    .toList();
        }
    }

    /**
     * Collects process {@code pid}'s garbage and takes a {@link Snapshot} of what remains: the class histogram
     * runs the full collection, and the heap in use is read right after it.
     */
    static Snapshot of(long pid) {
        Map<String, Long> classes = histogram(jcmd(pid, "GC.class_histogram"));
        return new Snapshot(usedMb(pid), classes);
    }

    /** The heap process {@code pid} uses now, in MiB: the sum of its generations' or regions' "used". */
    private static long usedMb(long pid) {
        String info = jcmd(pid, "GC.heap_info");
        Matcher used = USED.matcher(info);
        long kb = 0;
        boolean found = false;
        while (used.find()) {
            kb += Long.parseLong(used.group(1));
            found = true;
        }
        if (!found) {
            throw new IllegalStateException("jcmd " + pid + " GC.heap_info printed no 'total …K, used …K' line: "
                    + info);
        }
        return kb / 1024;
    }

    /** {@code "   1:   12345   1234567  [B (java.base@17)"} → {@code [B (java.base@17)} = 1234567. */
    private static Map<String, Long> histogram(String output) {
        Map<String, Long> bytes = new HashMap<>();
        Matcher row = HISTOGRAM_ROW.matcher(output);
        while (row.find()) {
            bytes.merge(row.group(2).trim(), Long.parseLong(row.group(1)), Long::sum);
        }
        return bytes;
    }

    private static String jcmd(long pid, String command) {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        if (!Files.isExecutable(jcmd)) {
            throw new IllegalStateException(jcmd + " is missing: run the benchmark with a full JDK, whose bin/ has"
                    + " jcmd");
        }
        try {
            Process process = new ProcessBuilder(List.of(jcmd.toString(), Long.toString(pid), command))
                    .redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("jcmd " + pid + " " + command + " failed: " + output);
            }
            return output;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot run " + jcmd + " " + pid + " " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while running jcmd " + pid + " " + command, e);
        }
    }
}
