package io.newsmonitor.nlp.entities;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsmonitor.nlp.eval.Evaluation;
import io.newsmonitor.nlp.eval.EvaluationReport;
import io.newsmonitor.nlp.eval.GoldSet;
import io.newsmonitor.nlp.eval.SeedEvaluation;
import io.newsmonitor.nlp.pipeline.EnrichmentPipeline;
import io.newsmonitor.nlp.support.Seeds;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Scores the real pipeline on the five seeds against the hand-made gold file ({@link SeedEvaluation}, the same
 * code as {@code nlp-service/evaluate.sh}), prints the report, and fails below the targets of issue 4 or below
 * what this version reached. Run alone:
 * {@code ./mvnw -B -o -pl nlp-service verify -Dtest=EntityQualityTest -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class EntityQualityTest {

    private static Evaluation evaluation;

    @BeforeAll
    static void enrichAllSeeds() {
        evaluation = new SeedEvaluation(EnrichmentPipeline.withDefaults())
                .evaluate(Seeds.FOLDER, GoldSet.fromClasspath("/seeds-gold.json"));
        new EvaluationReport(evaluation).print(System.out);
    }

    @Test
    void scoresAllFiveSeeds() {
        assertThat(evaluation.articles()).isEqualTo(5);
    }

    @Test
    void findsPersonsWithoutFalsePositives() {
        assertThat(evaluation.persons().falsePositives()).isEmpty();
        assertThat(evaluation.persons().f1()).isGreaterThanOrEqualTo(0.99);
    }

    @Test
    void findsPlacesAboveTheTarget() {
        assertThat(evaluation.places().precision()).isGreaterThanOrEqualTo(1.0);
        assertThat(evaluation.places().recall()).isGreaterThanOrEqualTo(0.919);
        assertThat(evaluation.places().f1()).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void resolvesEveryPlaceWithACodeToThatCode() {
        assertThat(evaluation.placeCodes().mismatches()).isEmpty();
        assertThat(evaluation.placeCodes().total()).isEqualTo(15);
    }

    @Test
    void findsOrganisationsAboveTheTarget() {
        assertThat(evaluation.organizations().f1()).isGreaterThanOrEqualTo(0.85);
        assertThat(evaluation.organizations().precision()).isGreaterThanOrEqualTo(1.0);
        assertThat(evaluation.organizations().recall()).isGreaterThanOrEqualTo(0.99);
    }
}
