package io.newsmonitor.nlp.pipeline;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/** Milliseconds spent in each stage of one enrichment, measured with {@link System#nanoTime()}. Not thread-safe. */
final class StageTimer {

    private final Map<String, Long> millis = new LinkedHashMap<>();

    /**
     * Runs the work and adds its duration to the stage (a stage may run in several parts). A failure is
     * rethrown as a {@link PipelineStageException} naming the stage.
     */
    <T> T time(String stage, Supplier<T> work) {
        long start = System.nanoTime();
        try {
            return work.get();
        } catch (PipelineStageException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new PipelineStageException(stage, e);
        } finally {
            millis.merge(stage, (System.nanoTime() - start) / 1_000_000, Long::sum);
        }
    }

    /** Stage → milliseconds, in the order the stages first ran. */
    Map<String, Long> millis() {
        return millis;
    }
}
