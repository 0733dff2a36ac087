package io.newsmonitor.bench;

import com.github.houbb.opencc4j.util.ZhConverterUtil;
import io.newsmonitor.events.ArticleIds;
import io.newsmonitor.events.EnrichedArticle;
import io.newsmonitor.events.IndustryMention;
import io.newsmonitor.events.OrganizationMention;
import io.newsmonitor.events.PersonMention;
import io.newsmonitor.events.PlaceMention;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Synthesises enriched articles from the real seed texts: each article recombines a few real
 * paragraphs (in Simplified script) with generated persons, divisions, organisations, industries,
 * outlets and a publication time over two years, so that an index of any size has realistic text and
 * realistic spreads of entities. Deterministic for a given seed of the random generator.
 */
final class QueryCorpus {

    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾萧田董潘袁蔡蒋余于杜叶程魏苏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛阎段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤";
    private static final String GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍建国红梅鹏飞斌文辉晓东波宁海燕志强俊峰春林";
    private static final List<String> INDUSTRIES = List.of("铝基新材料", "硅基新材料", "食品饮料", "医药健康", "清洁能源",
            "装备制造", "电子信息", "现代农业", "文化旅游", "现代物流", "数字经济", "新能源汽车", "生物医药", "纺织服装",
            "建筑建材", "金融服务", "化工", "钢铁", "煤炭", "电力");
    private static final String[] ORGANIZATION_SUFFIXES = {"市委", "县委", "人民政府", "发展和改革委员会", "经济和信息化局",
            "有限公司", "集团", "大学", "人民医院", "日报社"};

    private final List<String> paragraphs;
    private final Random random;

    private QueryCorpus(List<String> paragraphs, long seed) {
        this.paragraphs = paragraphs;
        this.random = new Random(seed);
    }

    /** Paragraphs of at least 20 characters from every seed file, converted to Simplified, pinyin removed. */
    static QueryCorpus fromSeeds(Path seeds, long seed) throws IOException {
        List<String> paragraphs = new ArrayList<>();
        try (Stream<Path> files = Files.list(seeds)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                String text = ZhConverterUtil.toSimple(Files.readString(file, StandardCharsets.UTF_8)
                        .replaceAll("\\([a-z\\u00e0-\\u01dc]+\\)", ""));
                for (String line : text.split("\\R")) {
                    if (line.strip().length() >= 20) {
                        paragraphs.add(line.strip());
                    }
                }
            }
        }
        if (paragraphs.isEmpty()) {
            throw new IllegalStateException("No paragraphs in " + seeds.toAbsolutePath() + "; run from the repository root");
        }
        return new QueryCorpus(paragraphs, seed);
    }

    /** A person name from the generated pool of about 10,000 names (surname + one or two given characters). */
    String person() {
        int n = random.nextInt(10_000);
        String name = SURNAMES.charAt(n % SURNAMES.length()) + "" + GIVEN.charAt((n / 7) % GIVEN.length());
        return n % 3 == 0 ? name : name + GIVEN.charAt((n / 13) % GIVEN.length());
    }

    /** A county-level division code among 31 provinces x 15 cities x 20 counties. */
    String countyCode() {
        int province = 11 + random.nextInt(31) * 2 % 55;
        return "%02d%02d%02d".formatted(province, 1 + random.nextInt(15), 1 + random.nextInt(20));
    }

    String industry() {
        return INDUSTRIES.get(random.nextInt(INDUSTRIES.size()));
    }

    /** A word of two to four characters cut from a real paragraph, for full-text queries. */
    String word() {
        String paragraph = paragraphs.get(random.nextInt(paragraphs.size()));
        int length = 2 + random.nextInt(3);
        int start = random.nextInt(Math.max(1, paragraph.length() - length));
        return paragraph.substring(start, Math.min(paragraph.length(), start + length));
    }

    EnrichedArticle article(int index) {
        List<PersonMention> persons = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        int paragraphCount = 3 + random.nextInt(6);
        for (int i = 0; i < paragraphCount; i++) {
            String person = person();
            persons.add(new PersonMention(person, 1 + random.nextInt(3)));
            text.append(person).append("指出,").append(paragraphs.get(random.nextInt(paragraphs.size()))).append('\n');
        }
        String county = countyCode();
        String city = county.substring(0, 4) + "00";
        String province = county.substring(0, 2) + "0000";
        List<PlaceMention> places = List.of(
                new PlaceMention("县" + county, 2, county, "county", 30.0, 105.0, List.of("省" + province, "市" + city),
                        "县" + county),
                new PlaceMention("市" + city, 1, city, "city", 30.5, 105.5, List.of("省" + province), "市" + city));
        List<OrganizationMention> organizations = List.of(new OrganizationMention(
                "市" + city + ORGANIZATION_SUFFIXES[random.nextInt(ORGANIZATION_SUFFIXES.length)], 1));
        List<IndustryMention> industries = random.nextInt(3) == 0 ? List.of()
                : List.of(new IndustryMention(industry(), 1 + random.nextInt(4)));
        Instant published = Instant.parse("2024-01-01T00:00:00Z").plusSeconds(random.nextInt(2 * 365 * 24 * 3600));
        String body = text.toString();
        String id = ArticleIds.of(index + "\n" + body);
        return new EnrichedArticle(EnrichedArticle.SCHEMA_VERSION, id, body.substring(0, Math.min(30, body.indexOf('\n'))),
                OffsetDateTime.ofInstant(published, ZoneOffset.ofHours(8)).toString(), "日报" + random.nextInt(40), body,
                body, body.substring(0, Math.min(80, body.length())), List.of(), persons, places, organizations,
                "simplified", "synthetic-" + index + ".txt", published, published.plusSeconds(60), List.of(), List.of(),
                List.of(), null, Map.of(), industries, null, null, "bench", Map.of());
    }
}
