package io.newsmonitor.nlp.eval;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;

/** Prints an {@link Evaluation} as a table of scores followed by every error, one per line. */
public final class EvaluationReport {

    private static final Map<String, String> KIND_LABELS = Map.of(
            "persons", "persons", "places", "places", "orgs", "organisations");

    private final Evaluation evaluation;

    public EvaluationReport(Evaluation evaluation) {
        this.evaluation = evaluation;
    }

    public void print(PrintStream out) {
        out.printf("Seed evaluation: %d articles, micro-averaged, strict%n%n", evaluation.articles());
        out.printf("| %-13s | %-16s | %-16s | %-4s |%n", "entity", "precision", "recall", "F1");
        out.println("|---------------|------------------|------------------|------|");
        for (String kind : GoldArticle.KINDS) {
            EntityScore score = evaluation.entities().get(kind);
            out.printf("| %-13s | %.2f %-11s | %.2f %-11s | %.2f |%n", KIND_LABELS.get(kind), score.precision(),
                    "(" + score.precisionCounts() + ")", score.recall(), "(" + score.recallCounts() + ")",
                    score.f1());
        }
        out.printf("%n| %-13s | %-16s |%n", "exact match", "rate");
        out.println("|---------------|------------------|");
        out.printf("| %-13s | %-16s |%n", "place codes", evaluation.placeCodes());
        for (String field : GoldArticle.FIELDS) {
            out.printf("| %-13s | %-16s |%n", field, evaluation.metadata().get(field));
        }
        out.println();
        for (String kind : GoldArticle.KINDS) {
            EntityScore score = evaluation.entities().get(kind);
            list(out, KIND_LABELS.get(kind) + " false positives", score.falsePositives());
            list(out, KIND_LABELS.get(kind) + " misses", score.misses());
            list(out, KIND_LABELS.get(kind) + " only in removed furniture (not scored)", score.furnitureMisses());
        }
        list(out, "place codes wrong", evaluation.placeCodes().mismatches());
        for (String field : GoldArticle.FIELDS) {
            list(out, field + " wrong", evaluation.metadata().get(field).mismatches());
        }
    }

    private static void list(PrintStream out, String title, List<String> items) {
        out.printf("%s (%d):%s%n", title, items.size(), items.isEmpty() ? " none" : "");
        items.forEach(item -> out.println("  " + item));
    }
}
