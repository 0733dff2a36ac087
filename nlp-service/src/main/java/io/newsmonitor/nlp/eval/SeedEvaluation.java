package io.newsmonitor.nlp.eval;

import io.newsmonitor.events.EnrichedArticle;
import io.newsmonitor.events.OrganizationMention;
import io.newsmonitor.events.PersonMention;
import io.newsmonitor.events.PlaceMention;
import io.newsmonitor.events.RawArticle;
import io.newsmonitor.nlp.pipeline.EnrichmentPipeline;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Runs the real {@link EnrichmentPipeline} over the seed articles and scores it against the gold file:
 * precision, recall and F1 per entity kind, place-code accuracy and exact-match rates of the metadata, with
 * every miss and false positive so that a developer can act on them.
 *
 * <p>Command line: {@code SeedEvaluation [seeds folder] [gold file]}; defaults {@code seeds} and
 * {@code nlp-service/src/test/resources/seeds-gold.json}, looked up from the working folder and its parent.
 * See {@code docs/evaluation.md}.
 */
public final class SeedEvaluation {

    /** A fixed receive time: the seeds carry their own dates, and runs must be comparable. */
    private static final Instant RECEIVED_AT = Instant.parse("2024-10-18T08:00:00Z");

    private final EnrichmentPipeline pipeline;

    public SeedEvaluation(EnrichmentPipeline pipeline) {
        this.pipeline = pipeline;
    }

    public static void main(String[] args) {
        Path seeds = locate(args.length > 0 ? args[0] : "seeds");
        Path gold = locate(args.length > 1 ? args[1] : "nlp-service/src/test/resources/seeds-gold.json");
        Evaluation evaluation = new SeedEvaluation(EnrichmentPipeline.withDefaults()).evaluate(seeds, GoldSet.read(gold));
        new EvaluationReport(evaluation).print(System.out);
    }

    /** Enriches every {@code *.txt} seed the gold file covers and scores it. */
    public Evaluation evaluate(Path seeds, GoldSet gold) {
        Map<String, EntityScore> entities = new LinkedHashMap<>();
        GoldArticle.KINDS.forEach(kind -> entities.put(kind, new EntityScore()));
        Map<String, FieldScore> metadata = new LinkedHashMap<>();
        GoldArticle.FIELDS.forEach(field -> metadata.put(field, new FieldScore()));
        FieldScore placeCodes = new FieldScore();
        int articles = 0;
        for (Path file : seedFiles(seeds)) {
            String fileName = file.getFileName().toString();
            GoldArticle expected = gold.article(fileName);
            if (expected == null) {
                continue;
            }
            articles++;
            EnrichedArticle article = pipeline.enrich(raw(file));
            String label = fileName.substring(0, Math.min(3, fileName.length()));
            Map<String, List<String>> names = Map.of(
                    "persons", article.persons().stream().map(PersonMention::name).toList(),
                    "places", article.places().stream().map(PlaceMention::name).toList(),
                    "orgs", article.organizations().stream().map(OrganizationMention::name).toList());
            for (String kind : GoldArticle.KINDS) {
                entities.get(kind).add(label, expected.entities().get(kind), expected.ignored(),
                        expected.furnitureOnly(), names.get(kind));
            }
            scoreCodes(label, expected, article.places(), placeCodes);
            if (expected.hasMetadata()) {
                Map<String, Object> actual = Map.of(
                        "title", String.valueOf(article.title()),
                        "publishedAt", String.valueOf(article.publishedAt()),
                        "outlet", String.valueOf(article.outlet()),
                        "authors", article.authors());
                for (String field : GoldArticle.FIELDS) {
                    Object want = expected.metadata().get(field);
                    Object got = actual.get(field);
                    metadata.get(field).add(label + " " + field, want, "null".equals(got) ? null : got);
                }
            }
        }
        return new Evaluation(articles, entities, placeCodes, metadata);
    }

    /** For each gold place with a code: the place the pipeline returned under any of its forms must carry it. */
    private static void scoreCodes(String label, GoldArticle expected, List<PlaceMention> places, FieldScore score) {
        for (List<String> forms : expected.entities().get("places")) {
            String code = expected.placeCodes().get(forms.get(0));
            if (code == null || expected.furnitureOnly().contains(forms.get(0))) {
                continue;
            }
            String actual = places.stream().filter(p -> forms.contains(p.name())).map(PlaceMention::code)
                    .findFirst().orElse("missing");
            score.add(label + " " + forms.get(0), code, actual);
        }
    }

    private static RawArticle raw(Path file) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            return RawArticle.of(file.getFileName().toString(), bytes.length, RECEIVED_AT,
                    new String(bytes, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the seed " + file.toAbsolutePath(), e);
        }
    }

    private static List<Path> seedFiles(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the seeds in " + folder.toAbsolutePath()
                    + "; pass the seeds folder as the first argument", e);
        }
    }

    /** The path as given if it exists, else the same path under the parent folder (run from a module folder). */
    private static Path locate(String path) {
        Path given = Path.of(path);
        if (Files.exists(given)) {
            return given;
        }
        Path fromParent = Path.of("..").resolve(path);
        if (Files.exists(fromParent)) {
            return fromParent;
        }
        Path inModule = Path.of(path.replaceFirst("^nlp-service/", ""));
        if (Files.exists(inModule)) {
            return inModule;
        }
        throw new IllegalArgumentException("Cannot find " + path + " from " + Path.of("").toAbsolutePath()
                + "; run from the repository root or pass the path as an argument");
    }
}
