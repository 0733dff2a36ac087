package io.newsmonitor.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsmonitor.events.ArticleIds;
import io.newsmonitor.events.EnrichedArticle;
import io.newsmonitor.events.EventJson;
import io.newsmonitor.events.OrganizationMention;
import io.newsmonitor.events.PersonMention;
import io.newsmonitor.events.PlaceMention;
import io.newsmonitor.events.Topics;
import io.newsmonitor.local.stack.NewsMonitorStack;
import io.newsmonitor.local.stack.Service;
import io.newsmonitor.local.stack.StackSettings;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.Alert;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.interactions.WheelInput;

/**
 * The dashboard in a real headless Chromium, against the real stack (broker and packaged services): the
 * seeds, a live arrival, search, an entity as a filter chip, the article view, untrusted markup, watchlists, and the
 * map of places over its China backdrop.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DashboardIT {

    private static final Path HOME = Path.of(System.getProperty("newsmonitor.home", "..")).toAbsolutePath().normalize();
    private static final Path SCREENSHOTS = HOME.resolve("e2e-tests/target/screenshots");
    private static final Duration ARRIVAL = Duration.ofSeconds(90);
    private static final Duration PAGE = Duration.ofSeconds(30);
    private static final String PERSON = "李余良";
    /** The query service runs with a write token, as an operator who opens the dashboard to others would. */
    private static final String TOKEN = "dashboard-" + UUID.randomUUID();

    @TempDir
    static Path dataDir;

    private static StackSettings settings;
    private static NewsMonitorStack stack;
    private static ChromeDriver browser;
    private static Map<String, String> seedIds;

    @BeforeAll
    static void startTheStackWithTheSeedsAndABrowser() throws IOException {
        HeadlessChromium.requireInstalled();
        settings = StackSettings.onFreePorts(HOME, dataDir, null);
        stack = new NewsMonitorStack(settings, message -> System.out.println("[stack] " + message))
                .withEnvironment(Service.QUERY, "QUERY_API_TOKEN", TOKEN)
                .start();
        seedIds = Inbox.seedIds(HOME.resolve("seeds"));
        try (Stream<Path> seeds = Files.list(HOME.resolve("seeds"))) {
            for (Path seed : seeds.toList()) {
                Inbox.drop(settings.inboxDir(), seed);
            }
        }
        await().atMost(ARRIVAL).untilAsserted(() -> assertThat(api("/api/articles?limit=100").path("total").asInt()).isEqualTo(5));
        browser = HeadlessChromium.start(dataDir.resolve("chromium-profile"));
        browser.get(query("/"));
    }

    @AfterEach
    void keepAPictureOfEachTest(TestInfo test) throws IOException {
        HeadlessChromium.screenshot(browser, SCREENSHOTS.resolve(test.getTestMethod().orElseThrow().getName() + ".png"));
    }

    @AfterAll
    static void stopTheBrowserAndTheStack() {
        if (browser != null) {
            browser.quit();
        }
        if (stack != null) {
            stack.stop();
        }
    }

    @Test
    @Order(1)
    void showsTheFiveSeedsWithTheirChartsInTheFeedAndTheResults() throws IOException {
        await().atMost(PAGE).ignoreExceptions().untilAsserted(() -> {
            assertThat(ids("#results li.result")).containsExactlyInAnyOrderElementsOf(seedIds.values());
            assertThat(ids("#feed li.live-item")).containsExactlyInAnyOrderElementsOf(seedIds.values());
        });
        assertThat(browser.findElement(By.id("total")).getDomAttribute("data-total")).isEqualTo("5");
        assertThat(browser.findElement(By.id("count")).getText()).isEqualTo("5 articles");
        await().atMost(PAGE).untilAsserted(() -> assertThat(browser.findElement(By.id("connection")).getText()).isEqualTo("live"));
        for (String chart : List.of("chart-persons", "chart-places", "chart-orgs", "chart-map", "chart-timeline", "chart-graph")) {
            await().atMost(PAGE).untilAsserted(() ->
                    assertThat(browser.findElements(By.cssSelector("#" + chart + " canvas"))).as(chart).isNotEmpty());
        }
        assertThat(chartData("chart-timeline", "s => s[0].data.reduce((a, b) => a + b, 0)")).isEqualTo(5L);
        List<String> topPersons = Api.names(api("/api/entities/top?type=person&limit=8").path("items"), "name");
        assertThat(chartData("chart-persons", "(s, o) => o.yAxis[0].data.slice().reverse()")).isEqualTo(topPersons);
        assertThat(chartData("chart-graph", "s => s[0].data.length"))
                .isEqualTo((long) api("/api/graph?limit=40").path("nodes").size());
        // Charts animate for 300-400 ms: let them settle before the picture.
        await().pollDelay(Duration.ofSeconds(2)).until(() -> true);
        HeadlessChromium.screenshot(browser, SCREENSHOTS.resolve("dashboard.png"));
    }

    @Test
    @Order(2)
    void anArticleDroppedIntoTheInboxSlidesIntoTheFeedWithoutAReload() throws IOException {
        browser.executeScript("window.sameDocument = 'yes';");
        String text = "巴中市召开工业发展推进会\n巴中市委书记罗增斌出席会议并讲话，要求加快铝基新材料产业发展。" + UUID.randomUUID();

        String id = Inbox.dropText(settings.inboxDir(), "live-" + UUID.randomUUID() + ".txt", text);

        await().atMost(ARRIVAL).ignoreExceptions().untilAsserted(() -> assertThat(ids("#feed li.live-item").get(0)).isEqualTo(id));
        assertThat(ids("#results li.result").get(0)).isEqualTo(id);
        assertThat(browser.findElement(By.id("count")).getText()).isEqualTo("6 articles");
        assertThat(browser.findElement(By.cssSelector("#feed li.live-item .ago")).getText()).matches("\\d+ s ago");
        assertThat(browser.executeScript("return window.sameDocument;")).isEqualTo("yes");
    }

    @Test
    @Order(3)
    void searchingForAPersonListsHisArticleWithTheNameMarked() {
        WebElement box = browser.findElement(By.id("q"));
        box.clear();
        box.sendKeys(PERSON, Keys.ENTER);

        await().atMost(PAGE).ignoreExceptions().untilAsserted(() ->
                assertThat(ids("#results li.result")).containsExactly(seedIds.get("001")));
        assertThat(browser.findElement(By.id("total")).getDomAttribute("data-total")).isEqualTo("1");
        assertThat(texts("#results mark")).isNotEmpty().allMatch(PERSON::equals);
        assertThat(texts("#filter-chips .filter-chip[data-type='q'] .filter-value")).containsExactly("“" + PERSON + "”");
    }

    @Test
    @Order(4)
    void clickingAPersonAppliesItAsAFilterChip() {
        clearFilters();
        await().atMost(PAGE).ignoreExceptions().untilAsserted(() -> assertThat(ids("#results li.result")).hasSize(6));
        List<String> expected = Api.names(api("/api/articles?person=" + URLEncoder.encode(PERSON, StandardCharsets.UTF_8))
                .path("items"), "id");
        assertThat(expected).containsExactly(seedIds.get("001"));

        click(By.cssSelector("#results li.result[data-id='" + seedIds.get("001")
                + "'] button.chip.person[data-value='" + PERSON + "']"));

        await().atMost(PAGE).ignoreExceptions().untilAsserted(() -> {
            assertThat(texts("#filter-chips .filter-chip[data-type='person'] .filter-value")).containsExactly(PERSON);
            assertThat(ids("#results li.result")).isEqualTo(expected);
        });
        assertThat(browser.findElement(By.id("total")).getDomAttribute("data-total")).isEqualTo("1");
    }

    @Test
    @Order(5)
    void openingAnArticleShowsItsEntitiesHighlightedByTypeAndWhatCleaningRemoved() {
        String id = seedIds.get("001");
        JsonNode article = api("/api/articles/" + id);

        click(By.cssSelector("#results li.result[data-id='" + id + "'] h2"));

        await().atMost(PAGE).ignoreExceptions().untilAsserted(() ->
                assertThat(texts("#detail-text mark.ent.person")).contains(PERSON));
        assertThat(texts("#detail-text mark.ent.place")).anyMatch(name -> name.startsWith("平昌"));
        assertThat(browser.findElement(By.cssSelector("#detail-text mark.ent.person")).getCssValue("background-color"))
                .isEqualTo("rgba(232, 240, 255, 1)");
        assertThat(browser.findElement(By.cssSelector("#detail-text mark.ent.place")).getCssValue("background-color"))
                .isEqualTo("rgba(230, 246, 236, 1)");
        int removedLines = 0;
        for (JsonNode lines : article.path("removed")) {
            removedLines += lines.size();
        }
        assertThat(removedLines).isPositive();
        assertThat(browser.findElement(By.id("detail-removed-summary")).getText())
                .isEqualTo("清洗删除 Removed furniture — " + removedLines + " lines");

        click(By.id("original-toggle"));

        assertThat(browser.findElement(By.id("detail-original")).isDisplayed()).isTrue();
        assertThat(browser.executeScript("return document.getElementById('detail-original').textContent;"))
                .isEqualTo(article.path("originalText").asText());
        click(By.id("detail-close"));
    }

    @Test
    @Order(6)
    void anArticleCarryingMarkupShowsItAsTextAndRunsNothing() {
        clearFilters();
        String title = "<script>window.xss='title';alert('title')</script>标题";
        String person = "<img src=x onerror=\"window.xss='person';alert('person')\">";
        String text = "正文<img src=x onerror=\"window.xss='text';alert('text')\">继续。" + person + "出席会议。" + UUID.randomUUID();
        String id = ArticleIds.of(text);
        EnrichedArticle article = new EnrichedArticle(EnrichedArticle.SCHEMA_VERSION, id, title, "2024-10-17T21:18:00+08:00",
                "<b onmouseover=\"alert('outlet')\">来源</b>", text, text, "<script>alert('summary')</script>",
                List.of("<i>关键词</i>"), List.of(new PersonMention(person, 1)), List.of(PlaceMention.unresolved("<svg onload=alert(1)>", 1)),
                List.of(new OrganizationMention("<iframe src=javascript:alert(1)>", 1)), "simplified", "xss.txt",
                Instant.now(), Instant.now(), List.of(), List.of(), List.of(), null, Map.of());

        Records.publish(stack.broker().bootstrapServers(), Topics.ENRICHED, id, json(article));

        await().atMost(ARRIVAL).ignoreExceptions().untilAsserted(() -> assertThat(ids("#feed li.live-item").get(0)).isEqualTo(id));
        assertThat(texts("#feed li.live-item[data-id='" + id + "'] .live-title")).containsExactly(title);
        assertThat(texts("#results li.result[data-id='" + id + "'] button.chip.person")).containsExactly(person);
        click(By.cssSelector("#feed li.live-item[data-id='" + id + "']"));
        await().atMost(PAGE).ignoreExceptions().untilAsserted(() ->
                assertThat(browser.findElement(By.id("detail-title")).getText()).isEqualTo(title));
        assertThat(texts("#detail-text mark.ent.person")).containsExactly(person);
        assertThat(browser.executeScript("return document.getElementById('detail-text').textContent;"))
                .isEqualTo(text.replace("\n", ""));
        assertThat(browser.executeScript(
                "return document.querySelectorAll('img, iframe, svg:not([aria-hidden]), script:not([src]), b, i').length;"))
                .isEqualTo(0L);
        assertThat(browser.executeScript("return typeof window.xss;")).isEqualTo("undefined");
        assertThatThrownBy(() -> browser.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
    }

    @Test
    @Order(7)
    void savingAWatchlistAsksForTheTokenOnceRefusesAWrongOneAndNeverShowsIt() {
        String refused = "拒绝 " + UUID.randomUUID().toString().substring(0, 8);
        fillWatchlist(refused, "李余良");
        click(By.cssSelector("#watch-form button[type='submit']"));

        Alert prompt = await().atMost(PAGE).ignoreExceptions().until(() -> browser.switchTo().alert(), a -> true);
        assertThat(prompt.getText()).contains("API token");
        prompt.sendKeys("wrong-" + TOKEN);
        prompt.accept();

        await().atMost(PAGE).ignoreExceptions().untilAsserted(() ->
                assertThat(browser.findElement(By.id("watch-status")).getText()).contains("401"));
        assertThat(Api.getJson(query("/api/watchlists"))).isEmpty();
        assertThat(browser.executeScript("return sessionStorage.getItem('newsmonitor.apiToken');")).isNull();

        String saved = "接受 " + UUID.randomUUID().toString().substring(0, 8);
        browser.findElement(By.id("watch-name")).clear();
        fillWatchlist(saved, null);
        click(By.cssSelector("#watch-form button[type='submit']"));
        Alert again = await().atMost(PAGE).ignoreExceptions().until(() -> browser.switchTo().alert(), a -> true);
        again.sendKeys(TOKEN);
        again.accept();

        await().atMost(PAGE).ignoreExceptions().untilAsserted(() ->
                assertThat(texts("#watch-list li.watch .watch-name")).contains(saved));
        assertThat(Api.names(Api.getJson(query("/api/watchlists")), "name")).containsExactly(saved);
        assertThat(browser.getPageSource()).doesNotContain(TOKEN);
        assertThat(browser.executeScript("return sessionStorage.getItem('newsmonitor.apiToken');")).isEqualTo(TOKEN);
    }

    @Test
    @Order(8)
    void aWatchlistSavedOnThePageRaisesItsBadgeWhenAMatchingArticleArrives() throws IOException {
        String name = "罗增斌动态 " + UUID.randomUUID().toString().substring(0, 8);
        fillWatchlist(name, "罗增斌");
        click(By.cssSelector("#watch-form button[type='submit']"));
        // The token given in the previous test is kept for the tab: no prompt this time.
        String watch = "#watch-list li.watch[data-name='" + name + "']";
        await().atMost(PAGE).ignoreExceptions().untilAsserted(() -> assertThat(texts(watch + " .badge")).containsExactly("0"));

        String id = Inbox.dropText(settings.inboxDir(), "watch-" + UUID.randomUUID() + ".txt",
                "巴中市委书记罗增斌调研重大项目\n巴中市委书记罗增斌到恩阳区调研重大项目建设。" + UUID.randomUUID());

        await().atMost(ARRIVAL).ignoreExceptions().untilAsserted(() -> {
            assertThat(texts(watch + " .badge")).containsExactly("1");
            assertThat(browser.findElement(By.cssSelector(watch + " .badge")).getDomAttribute("class")).isEqualTo("badge fresh");
        });
        click(By.cssSelector(watch + " .watch-name"));
        await().atMost(PAGE).ignoreExceptions().untilAsserted(() ->
                assertThat(strings("return [...document.querySelectorAll(arguments[0])].map(e => e.dataset.articleId);",
                        watch + " li.alert")).containsExactly(id));
    }

    @Test
    @Order(9)
    void theMapDrawsChinaFromTheBackdropWithTheMentionedPlacesOnTopAndAClickOnAPlaceFiltersByIt() throws IOException {
        clearFilters();
        // The article opened by an earlier test covers the charts.
        if (browser.findElement(By.id("detail")).isDisplayed()) {
            click(By.id("detail-close"));
        }
        JsonNode backdrop = api("/china-backdrop.json");
        List<String> provinces = Api.names(backdrop.path("provinces"), "name");
        assertThat(backdrop.path("counties").size()).isGreaterThan(2000);
        assertThat(provinces).hasSize(31).contains("四川", "内蒙古");
        await().atMost(PAGE).ignoreExceptions().untilAsserted(() -> {
            assertThat(chartData("chart-map", "s => s[0].data.length"))
                    .isEqualTo((long) backdrop.path("counties").size());
            assertThat(chartData("chart-map", "s => s[1].data.map(d => d.name)")).isEqualTo(provinces);
            assertThat(chartData("chart-map", "s => s.slice(2).flatMap(x => x.data.map(d => d.place.code)).sort()"))
                    .isEqualTo(mappedPlaceCodes());
        });
        WebElement map = browser.findElement(By.cssSelector("#chart-map canvas"));
        browser.executeScript("arguments[0].scrollIntoView({block: 'center', inline: 'nearest'});", map);
        // The initial view fits every mentioned place: none is drawn outside the canvas.
        assertThat(browser.executeScript(MAP + "return places(chart).filter(p => p.x < 0 || p.y < 0"
                + " || p.x > chart.getWidth() || p.y > chart.getHeight()).map(p => p.name);")).isEqualTo(List.of());
        await().pollDelay(Duration.ofSeconds(1)).until(() -> true);
        Files.write(SCREENSHOTS.resolve("dashboard-map.png"),
                browser.findElement(By.cssSelector(".chart-card:has(#chart-map)")).getScreenshotAs(OutputType.BYTES));

        Map<String, Object> place = mapped(browser.executeScript(MAP + "return loneliest(places(chart));"));
        int width = map.getRect().getWidth();
        int height = map.getRect().getHeight();
        new Actions(browser).moveToElement(map, ((Number) place.get("x")).intValue() - width / 2,
                ((Number) place.get("y")).intValue() - height / 2).click().perform();

        List<String> expected = Api.names(api("/api/articles?limit=100&place=" + place.get("code")).path("items"),
                "id");
        assertThat(expected).isNotEmpty();
        await().atMost(PAGE).ignoreExceptions().untilAsserted(() -> {
            assertThat(texts("#filter-chips .filter-chip[data-type='place'] .filter-value"))
                    .containsExactly((String) place.get("name"));
            assertThat(ids("#results li.result")).isEqualTo(expected);
        });
    }

    @Test
    @Order(10)
    void theWheelZoomsTheMapAndFitBringsThePlacesBack() {
        double fitted = mapZoom();
        WebElement map = browser.findElement(By.cssSelector("#chart-map canvas"));
        browser.executeScript("arguments[0].scrollIntoView({block: 'center', inline: 'nearest'});", map);

        new Actions(browser).scrollFromOrigin(WheelInput.ScrollOrigin.fromElement(map), 0, -400).perform();

        await().atMost(PAGE).untilAsserted(() -> assertThat(mapZoom()).isGreaterThan(fitted));
        click(By.id("map-fit"));
        await().atMost(PAGE).untilAsserted(() -> assertThat(mapZoom()).isEqualTo(fitted));
    }

    /**
     * Clicks what {@code target} finds after scrolling it to the middle of the window: the top bar and the filter
     * chips stay on screen while the page scrolls, so an element near the top edge can sit under them, and the
     * browser then refuses the click (it would land on the bar).
     */
    private static void click(By target) {
        WebElement element = browser.findElement(target);
        browser.executeScript("arguments[0].scrollIntoView({block: 'center', inline: 'nearest'});", element);
        element.click();
    }

    /** Types a watchlist's name and, when given, a person into the form. */
    private static void fillWatchlist(String name, String person) {
        browser.findElement(By.id("watch-name")).sendKeys(name);
        if (person != null) {
            browser.findElement(By.id("watch-persons")).sendKeys(person);
        }
    }

    /** Removes every filter chip, when there is any (the button shows only then). */
    private static void clearFilters() {
        WebElement clear = browser.findElement(By.id("clear-filters"));
        if (clear.isDisplayed()) {
            click(By.id("clear-filters"));
        }
    }

    /**
     * Script prelude for the map: {@code chart}, {@code places(chart)} (each mentioned place with its pixel position)
     * and {@code loneliest(places)} (the busiest place farthest from every other, which a click can hit unambiguously).
     */
    private static final String MAP = "const chart = echarts.getInstanceByDom(document.getElementById('chart-map'));"
            + "const places = c => c.getOption().series.slice(2).flatMap(s => s.data).map(d => {"
            + "  const [x, y] = c.convertToPixel('geo', [d.value[0], d.value[1]]);"
            + "  return { name: d.place.name, code: d.place.code, articles: d.place.articles, x, y }; });"
            + "const gap = (p, all) => Math.min(1e9,"
            + "  ...all.filter(o => o !== p).map(o => Math.hypot(o.x - p.x, o.y - p.y)));"
            + "const loneliest = all => all.map(p => ({ ...p, gap: gap(p, all) }))"
            + "  .sort((a, b) => Math.min(b.gap, 40) - Math.min(a.gap, 40) || b.articles - a.articles)[0];";

    /** The GB/T 2260 codes of the places the API puts on the map (those with coordinates), sorted. */
    private static List<String> mappedPlaceCodes() {
        List<String> codes = new ArrayList<>();
        for (JsonNode place : api("/api/places/map").path("items")) {
            if (place.hasNonNull("lat") && place.hasNonNull("lon")) {
                codes.add(place.path("code").asText());
            }
        }
        return codes.stream().sorted().toList();
    }

    private static double mapZoom() {
        return ((Number) browser.executeScript(MAP + "return chart.getOption().geo[0].zoom;")).doubleValue();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> mapped(Object scriptResult) {
        return (Map<String, Object>) scriptResult;
    }

    /** What a chart draws: {@code reader} gets the series and the whole option of the ECharts instance. */
    private static Object chartData(String id, String reader) {
        return browser.executeScript("const o = echarts.getInstanceByDom(document.getElementById(arguments[0])).getOption();"
                + "return (" + reader + ")(o.series, o);", id);
    }

    private static List<String> ids(String selector) {
        return strings("return [...document.querySelectorAll(arguments[0])].map(e => e.dataset.id);", selector);
    }

    private static List<String> texts(String selector) {
        return strings("return [...document.querySelectorAll(arguments[0])].map(e => e.textContent);", selector);
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(String script, String selector) {
        return (List<String>) browser.executeScript(script, selector);
    }

    private static String query(String path) {
        return settings.baseUrl(Service.QUERY) + path;
    }

    private static JsonNode api(String path) {
        return Api.getJson(query(path));
    }

    private static String json(EnrichedArticle article) {
        try {
            return EventJson.mapper().writeValueAsString(article);
        } catch (IOException e) {
            throw new AssertionError("Could not write article " + article.id() + " as JSON", e);
        }
    }
}
