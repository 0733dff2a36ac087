package io.newsmonitor.query.index;

import static io.newsmonitor.query.SampleArticles.article;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.newsmonitor.events.EnrichedArticle;
import io.newsmonitor.events.EventJson;
import io.newsmonitor.query.SampleArticles;
import io.newsmonitor.query.view.ArticlePage;
import io.newsmonitor.query.view.UpsertOutcome;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LuceneArticleViewTest {

    private static final Instant T0 = Instant.parse("2026-01-10T08:00:00Z");

    @TempDir
    Path folder;

    private LuceneArticleView view;

    @BeforeEach
    void openView() {
        view = LuceneArticleView.open(folder.resolve("index"));
    }

    @AfterEach
    void closeView() {
        view.close();
    }

    @Test
    void addsAnArticleNewToTheView() {
        EnrichedArticle pingchang = SampleArticles.pingchang(T0);

        assertThat(view.upsert(pingchang)).isEqualTo(UpsertOutcome.ADDED);
        view.awaitVisible();
        assertThat(view.count()).isEqualTo(1);
        assertThat(view.findById(pingchang.id())).contains(pingchang);
    }

    @Test
    void storesTheRecordValueItWasGivenAsTheArticleJson() throws Exception {
        EnrichedArticle pingchang = SampleArticles.pingchang(T0);
        // As a producer might send it: spaced out and with a field this version does not know.
        String value = "{ \"comment\": \"from a newer producer\", "
                + EventJson.write(pingchang).substring(1).replace(",\"", ", \"");

        view.upsert(pingchang, value);
        view.close();

        try (FSDirectory directory = FSDirectory.open(folder.resolve("index"));
                DirectoryReader reader = DirectoryReader.open(directory)) {
            assertThat(reader.storedFields().document(0).get(ArticleFields.JSON)).isEqualTo(value);
        }
        view = LuceneArticleView.open(folder.resolve("index"));
        assertThat(view.findById(pingchang.id())).contains(pingchang);
        assertThat(view.upsert(pingchang, value)).isEqualTo(UpsertOutcome.REPLACED);
        assertThat(view.upsert(pingchang)).isEqualTo(UpsertOutcome.REPLACED);
        view.awaitVisible();
        assertThat(view.count()).isEqualTo(1);
    }

    @Test
    void upsertOfAKnownIdReplacesWithoutDuplicating() {
        EnrichedArticle first = SampleArticles.pingchang(T0);
        EnrichedArticle reEnriched = SampleArticles.pingchang(T0.plusSeconds(60));
        view.upsert(first);

        assertThat(view.upsert(reEnriched)).isEqualTo(UpsertOutcome.REPLACED);
        view.awaitVisible();

        assertThat(view.count()).isEqualTo(1);
        assertThat(view.findById(first.id())).contains(reEnriched);
        assertThat(view.page(10, 0).items()).containsExactly(reEnriched);
    }

    @Test
    void listsNewestEnrichedFirst() {
        EnrichedArticle oldest = article("一", T0, T0.plusSeconds(1));
        EnrichedArticle newest = article("二", T0, T0.plusSeconds(3));
        EnrichedArticle middle = article("三", T0, T0.plusSeconds(2));
        List.of(oldest, newest, middle).forEach(view::upsert);
        view.awaitVisible();

        assertThat(view.page(10, 0).items()).containsExactly(newest, middle, oldest);
    }

    @Test
    void breaksEnrichmentTiesByReceiptTimeThenId() {
        EnrichedArticle receivedEarlier = article("甲", T0, T0.plusSeconds(5));
        EnrichedArticle receivedLater = article("乙", T0.plusSeconds(1), T0.plusSeconds(5));
        EnrichedArticle sameTimes = article("丙", T0, T0.plusSeconds(5));
        List.of(receivedEarlier, receivedLater, sameTimes).forEach(view::upsert);
        view.awaitVisible();

        List<EnrichedArticle> expectedTail = receivedEarlier.id().compareTo(sameTimes.id()) < 0
                ? List.of(receivedEarlier, sameTimes)
                : List.of(sameTimes, receivedEarlier);
        assertThat(view.page(10, 0).items()).first().isEqualTo(receivedLater);
        assertThat(view.page(10, 0).items().subList(1, 3)).isEqualTo(expectedTail);
    }

    @Test
    void putsArticlesWithoutEnrichmentTimeLast() {
        EnrichedArticle untimed = article("无时间", T0, null);
        EnrichedArticle timed = article("有时间", T0, T0);
        view.upsert(untimed);
        view.upsert(timed);
        view.awaitVisible();

        assertThat(view.page(10, 0).items()).containsExactly(timed, untimed);
    }

    @Test
    void pagesByLimitAndOffsetWithTheTotal() {
        List<EnrichedArticle> articles = IntStream.range(0, 7)
                .mapToObj(i -> article("文章" + i, T0, T0.plusSeconds(i)))
                .toList();
        articles.forEach(view::upsert);
        view.awaitVisible();

        ArticlePage second = view.page(3, 3);

        assertThat(second.total()).isEqualTo(7);
        assertThat(second.items()).containsExactly(articles.get(3), articles.get(2), articles.get(1));
    }

    @Test
    void pageBeyondTheEndIsEmptyButKeepsTheTotal() {
        view.upsert(article("唯一", T0, T0));
        view.awaitVisible();

        ArticlePage page = view.page(5, 10);

        assertThat(page.total()).isEqualTo(1);
        assertThat(page.items()).isEmpty();
    }

    @Test
    void movesAReEnrichedArticleToItsNewPlace() {
        EnrichedArticle a = article("甲", T0, T0.plusSeconds(1));
        EnrichedArticle b = article("乙", T0, T0.plusSeconds(2));
        view.upsert(a);
        view.upsert(b);
        EnrichedArticle aAgain = article("甲", T0, T0.plusSeconds(3));

        view.upsert(aAgain);
        view.awaitVisible();

        assertThat(view.page(10, 0).items()).containsExactly(aAgain, b);
    }

    @Test
    void removesAnArticleById() {
        EnrichedArticle a = article("甲", T0, T0);
        view.upsert(a);

        assertThat(view.remove(a.id())).isTrue();
        assertThat(view.remove(a.id())).isFalse();
        view.awaitVisible();
        assertThat(view.count()).isZero();
        assertThat(view.findById(a.id())).isEmpty();
        assertThat(view.page(10, 0).items()).isEmpty();
    }

    @Test
    void addsAnIdAgainAfterItsRemovalAsOneArticle() {
        EnrichedArticle a = article("甲", T0, T0);
        view.upsert(a);
        view.remove(a.id());

        assertThat(view.upsert(a)).isEqualTo(UpsertOutcome.ADDED);
        view.awaitVisible();

        assertThat(view.count()).isEqualTo(1);
        assertThat(view.page(10, 0).items()).containsExactly(a);
    }

    @Test
    void replacesAnArticleKeptFromBeforeARestart() {
        EnrichedArticle first = SampleArticles.pingchang(T0);
        EnrichedArticle reEnriched = SampleArticles.pingchang(T0.plusSeconds(60));
        view.upsert(first);
        view.close();
        view = LuceneArticleView.open(folder.resolve("index"));

        assertThat(view.upsert(reEnriched)).isEqualTo(UpsertOutcome.REPLACED);
        view.awaitVisible();

        assertThat(view.count()).isEqualTo(1);
        assertThat(view.findById(first.id())).contains(reEnriched);
    }

    @Test
    void findsNothingForAnUnknownId() {
        assertThat(view.findById("0".repeat(64))).isEmpty();
    }

    @Test
    void readsDoNotRefreshTheSearcherThemselves() {
        // A refresh interval far beyond the test: only an explicit wait can make the write visible.
        try (LuceneArticleView lazy = LuceneArticleView.open(folder.resolve("lazy"), Duration.ofHours(1))) {
            EnrichedArticle a = article("甲", T0, T0);
            lazy.upsert(a);

            assertThat(lazy.page(10, 0).total()).isZero();
            assertThat(lazy.findById(a.id())).isEmpty();

            lazy.awaitVisible();
            assertThat(lazy.page(10, 0).items()).containsExactly(a);
            assertThat(lazy.count()).isEqualTo(1);
        }
    }

    @Test
    void showsAWriteWithinTheRefreshIntervalWithoutAnyWait() {
        EnrichedArticle a = article("甲", T0, T0);

        view.upsert(a);

        // The default interval is 100 ms; the bound only keeps a loaded machine from failing the test.
        await().atMost(Duration.ofSeconds(10)).until(() -> view.findById(a.id()).isPresent());
        assertThat(view.page(10, 0).items()).containsExactly(a);
    }

    @Test
    void rejectsARefreshIntervalOfZero() {
        assertThatThrownBy(() -> LuceneArticleView.open(folder.resolve("zero"), Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The refresh interval of the query index must be positive, was 0 ms;"
                        + " set query.index.refresh-millis to 1 or more");
    }

    @Test
    void runsTheGroupListenerAfterTheActionsThatARefreshMadeVisible() {
        List<String> ran = new CopyOnWriteArrayList<>();
        view.afterEachVisibleGroup(() -> ran.add("group done"));
        view.upsert(article("甲", T0, T0));
        view.whenVisible(() -> ran.add("甲"));
        view.upsert(article("乙", T0, T0));
        view.whenVisible(() -> ran.add("乙"));

        // How many refreshes the two writes take depends on timing; a group always ends with the listener.
        await().atMost(Duration.ofSeconds(10)).until(() -> ran.size() >= 3 && ran.get(ran.size() - 1).equals("group done")
                && ran.contains("乙"));
        assertThat(ran.stream().filter(step -> !step.equals("group done"))).containsExactly("甲", "乙");
        assertThat(ran.get(0)).isEqualTo("甲");
    }

    @Test
    void rejectsALiveRefreshGapOfZero() {
        assertThatThrownBy(() -> LuceneArticleView.open(folder.resolve("zero"), Duration.ofMillis(100), Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The live refresh gap of the query index must be positive, was 0 ms;"
                        + " set query.index.live-refresh-millis to 1 or more");
    }

    @Test
    void rejectsALimitBelowOne() {
        assertThatThrownBy(() -> view.page(0, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("limit must be at least 1, was 0");
    }

    @Test
    void keepsOneEntryPerIdUnderConcurrentUpserts() throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        for (int i = 0; i < 2_000; i++) {
            int n = i;
            pool.submit(() -> view.upsert(article("并发" + (n % 100), T0, T0.plusSeconds(n))));
            pool.submit(() -> view.page(20, 0));
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(180, TimeUnit.SECONDS)).isTrue();
        view.awaitVisible();

        assertThat(view.count()).isEqualTo(100);
        assertThat(view.page(500, 0).items()).hasSize(100);
    }
}
