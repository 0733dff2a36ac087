package io.newsmonitor.nlp.pipeline;

/**
 * A stage of the enrichment pipeline failed on an article. Carries the stage name (as in
 * {@code stageMillis}: {@code clean}, {@code entities}, {@code keywords} …) so that the dead-letter
 * record can say where enrichment broke; the cause is the original exception.
 */
public final class PipelineStageException extends RuntimeException {

    private final String stage;

    public PipelineStageException(String stage, RuntimeException cause) {
        super("Stage '" + stage + "' failed: " + cause, cause);
        this.stage = stage;
    }

    public String stage() {
        return stage;
    }
}
