package io.newsmonitor.query;

import io.newsmonitor.events.ArticleIds;
import io.newsmonitor.events.EnrichedArticle;
import io.newsmonitor.events.OrganizationMention;
import io.newsmonitor.events.PersonMention;
import io.newsmonitor.events.PlaceMention;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/** Enriched articles made from the real seed articles, as nlp-service would publish them. */
public final class SampleArticles {

    /** The Pingchang county article (seed 001), read from the repository's seeds folder. */
    public static final String PINGCHANG_TEXT = seed("001_7d9b857bafb98f1d.txt");

    public static final String PINGCHANG_TITLE = "平昌县级领导干部和正科级主要负责同志读书班举行";

    private SampleArticles() {
    }

    /** Seed 001 as enriched at the given time. */
    public static EnrichedArticle pingchang(Instant enrichedAt) {
        return new EnrichedArticle(
                EnrichedArticle.SCHEMA_VERSION,
                ArticleIds.of(PINGCHANG_TEXT),
                PINGCHANG_TITLE,
                "2022-07-24T00:00:00+08:00",
                "吴弢 吴定君",
                PINGCHANG_TEXT.strip(),
                PINGCHANG_TEXT,
                "县委书记李余良在开班式上作主题报告。",
                List.of("工业", "工业强县", "高质量发展"),
                List.of(new PersonMention("李余良", 4), new PersonMention("张廷发", 1), new PersonMention("杜晓莉", 1)),
                List.of(new PlaceMention("平昌县", 2, "511923", "county", 31.56, 107.10)),
                List.of(new OrganizationMention("县人大常委会", 1)),
                "simplified",
                "001_7d9b857bafb98f1d.txt",
                Instant.parse("2026-01-10T08:00:00Z"),
                enrichedAt);
    }

    /** A short article with its own id, for ordering and paging. */
    public static EnrichedArticle article(String text, Instant receivedAt, Instant enrichedAt) {
        return new EnrichedArticle(EnrichedArticle.SCHEMA_VERSION, ArticleIds.of(text), text, null, null, text, text,
                text, List.of(), List.of(), List.of(), List.of(), "simplified", "test.txt", receivedAt, enrichedAt);
    }

    /**
     * A short article naming these entities, with bylines, a generated title and a removal record, as
     * the newer nlp-service publishes it.
     */
    public static EnrichedArticle naming(String text, List<PersonMention> persons, List<PlaceMention> places,
            List<OrganizationMention> organizations, List<String> keywords) {
        return new EnrichedArticle(EnrichedArticle.SCHEMA_VERSION, ArticleIds.of(text), null, null, null, text, text,
                text, keywords, persons, places, organizations, "simplified", "test.txt",
                Instant.parse("2026-01-10T08:00:00Z"), Instant.parse("2026-01-10T08:00:01Z"), List.of("吴弢"),
                List.of("张三"), List.of("李四"), "生成的标题", java.util.Map.of("contact", List.of("电话：0827-1234567")));
    }

    private static String seed(String fileName) {
        try {
            return Files.readString(Path.of("..", "seeds", fileName), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read seed " + fileName + "; tests run from query-service/", e);
        }
    }
}
