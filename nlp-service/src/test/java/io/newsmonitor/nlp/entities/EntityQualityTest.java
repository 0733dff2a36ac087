package io.newsmonitor.nlp.entities;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsmonitor.events.EnrichedArticle;
import io.newsmonitor.events.OrganizationMention;
import io.newsmonitor.events.PersonMention;
import io.newsmonitor.events.PlaceMention;
import io.newsmonitor.nlp.pipeline.EnrichmentPipeline;
import io.newsmonitor.nlp.support.GoldScore;
import io.newsmonitor.nlp.support.Seeds;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Measures entity precision and recall on the five seeds against the hand-made gold file, prints
 * them, and fails if they fall below what this version reached (measured values minus a small margin).
 * Run alone: {@code ./mvnw -B -o -pl nlp-service verify -Dtest=EntityQualityTest -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class EntityQualityTest {

    private static final GoldScore PERSONS = new GoldScore();
    private static final GoldScore PLACES = new GoldScore();
    private static final GoldScore ORGANIZATIONS = new GoldScore();

    @BeforeAll
    static void enrichAllSeeds() {
        EnrichmentPipeline pipeline = EnrichmentPipeline.withDefaults();
        JsonNode gold = GoldScore.gold();
        for (String name : Seeds.names()) {
            EnrichedArticle article = pipeline.enrich(Seeds.raw(name.substring(0, 3)));
            JsonNode expected = gold.path(name);
            PERSONS.add(expected, "persons", article.persons().stream().map(PersonMention::name).toList());
            PLACES.add(expected, "places", article.places().stream().map(PlaceMention::name).toList());
            ORGANIZATIONS.add(expected, "orgs", article.organizations().stream().map(OrganizationMention::name).toList());
        }
        System.out.printf("Entity quality on %d seeds (micro-averaged, strict):%n  persons       %s wrong: %s%n"
                + "  places        %s wrong: %s%n  organisations %s wrong: %s%n", Seeds.names().size(),
                PERSONS, PERSONS.errors(), PLACES, PLACES.errors(), ORGANIZATIONS, ORGANIZATIONS.errors());
    }

    @Test
    void findsPersonsWithHighPrecisionAndRecall() {
        assertThat(PERSONS.precision()).isGreaterThanOrEqualTo(0.88);
        assertThat(PERSONS.recall()).isGreaterThanOrEqualTo(0.94);
    }

    @Test
    void findsPlacesWithoutFalsePositives() {
        assertThat(PLACES.precision()).isGreaterThanOrEqualTo(0.95);
        assertThat(PLACES.recall()).isGreaterThanOrEqualTo(0.63);
    }

    @Test
    void findsSomeOrganisationsPrecisely() {
        assertThat(ORGANIZATIONS.precision()).isGreaterThanOrEqualTo(0.85);
        assertThat(ORGANIZATIONS.recall()).isGreaterThanOrEqualTo(0.25);
    }
}
