package io.newsmonitor.query;

import io.newsmonitor.events.ArticleIds;
import com.github.houbb.opencc4j.util.ZhConverterUtil;
import io.newsmonitor.events.EnrichedArticle;
import io.newsmonitor.events.IndustryMention;
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
import java.util.Map;

/** Enriched articles made from the real seed articles, as nlp-service would publish them. */
public final class SampleArticles {

    /** The Pingchang county article (seed 001), read from the repository's seeds folder. */
    public static final String PINGCHANG_TEXT = seed("001_7d9b857bafb98f1d.txt");

    public static final String PINGCHANG_TITLE = "平昌县级领导干部和正科级主要负责同志读书班举行";

    /** The Guangyuan county meetings article (seed 000): industries, among them 铝基新材料. */
    public static final String GUANGYUAN_TEXT = seed("000_5491ee7717dd1de5.txt");

    /** The Bazhong article (seed 002), received in Traditional script with pinyin annotations. */
    public static final String BAZHONG_ORIGINAL = seed("002_4cf52e65458ed11e.txt");

    private SampleArticles() {
    }

    /** Seed 000 as nlp-service enriches it: Guangyuan city and two of its counties, three industries. */
    public static EnrichedArticle guangyuan(Instant enrichedAt) {
        return new EnrichedArticle(EnrichedArticle.SCHEMA_VERSION, ArticleIds.of(GUANGYUAN_TEXT),
                "广元各地传达学习市委八届六次全会精神", "2021-12-30T10:00:00+08:00", "广元日报",
                GUANGYUAN_TEXT.strip(), GUANGYUAN_TEXT, "各地表示,市委八届六次全会是一次重要会议。",
                List.of("全会精神", "工业"), List.of(),
                List.of(new PlaceMention("广元", 3, "510800", "city", 32.44, 105.84, List.of("四川省"), "广元市"),
                        new PlaceMention("苍溪", 2, "510824", "county", 31.73, 105.93, List.of("四川省", "广元市"), "苍溪县")),
                List.of(new OrganizationMention("广元市委", 2, OrganizationMention.GOVERNMENT)),
                "simplified", "000_5491ee7717dd1de5.txt", Instant.parse("2026-01-10T08:00:00Z"), enrichedAt,
                List.of(), List.of(), List.of(), null, Map.of(),
                List.of(new IndustryMention("铝基新材料", 3), new IndustryMention("食品饮料", 3)),
                null, null, "test", Map.of());
    }

    /** Seed 002 as nlp-service enriches it: converted to Simplified, pinyin annotations removed. */
    public static EnrichedArticle bazhong(Instant enrichedAt) {
        String text = ZhConverterUtil.toSimple(BAZHONG_ORIGINAL.replaceAll("\\([a-z\\u00e0-\\u01dc]+\\)", "")).strip();
        return new EnrichedArticle(EnrichedArticle.SCHEMA_VERSION, ArticleIds.of(BAZHONG_ORIGINAL),
                "罗增斌在全市“六大突破”暨重大项目推进现场会上强调", "2020-07-21T00:00:00+08:00", "巴中日报",
                text, BAZHONG_ORIGINAL, "全市“六大突破”暨重大项目推进现场会召开。",
                List.of("六大突破"), List.of(new PersonMention("罗增斌", 7, List.of("市委书记")), new PersonMention("何平", 1)),
                List.of(new PlaceMention("巴中市", 4, "511900", "city", 31.87, 106.75, List.of("四川省"), "巴中市")),
                List.of(new OrganizationMention("巴中市委", 1, OrganizationMention.GOVERNMENT)),
                "traditional", "002_4cf52e65458ed11e.txt", Instant.parse("2026-01-10T08:00:00Z"), enrichedAt);
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
                List.of(new PlaceMention("平昌县", 2, "511923", "county", 31.56, 107.10, List.of("四川省", "巴中市"), "平昌县")),
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
