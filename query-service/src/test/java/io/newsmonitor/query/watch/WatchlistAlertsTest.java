package io.newsmonitor.query.watch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.newsmonitor.events.ArticleAlert;
import io.newsmonitor.events.EnrichedArticle;
import io.newsmonitor.query.SampleArticles;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WatchlistAlertsTest {

    private static final Instant SAVED = Instant.parse("2026-01-10T08:00:00Z");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-10T09:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path folder;

    private final List<ArticleAlert> published = new ArrayList<>();
    private final AlertSink sink = alert -> {
        published.add(alert);
        return CompletableFuture.completedFuture(null);
    };

    private WatchlistStore storeWith(Watchlist... watchlists) {
        WatchlistStore store = new WatchlistStore(folder.resolve("watchlists.json"));
        List.of(watchlists).forEach(store::add);
        return store;
    }

    private static Watchlist watchlist(String id, String q, List<String> persons, List<String> places) {
        return new Watchlist(id, "名单" + id, q, persons, places, List.of(), SAVED);
    }

    @Test
    void alertsANewArticleMatchingEveryCriterion() {
        WatchlistStore store = storeWith(watchlist("w1", "六大突破", List.of("羅增斌"), List.of("510000")));
        EnrichedArticle bazhong = SampleArticles.bazhong(SAVED.plusSeconds(60));

        List<ArticleAlert> raised = new WatchlistAlerts(store, sink, CLOCK).onIndexed(bazhong);

        ArticleAlert expected = new ArticleAlert(1, "w1", "名单w1", bazhong.id(),
                "罗增斌在全市“六大突破”暨重大项目推进现场会上强调", "2020-07-21T00:00:00+08:00",
                List.of("六大突破", "羅增斌", "510000"), CLOCK.instant());
        assertThat(raised).containsExactly(expected);
        assertThat(published).containsExactly(expected);
        assertThat(store.alerts("w1")).contains(List.of(expected));
    }

    @Test
    void skipsAnArticleMissingOneCriterion() {
        WatchlistStore store = storeWith(watchlist("w1", "六大突破", List.of("李余良"), List.of()));

        new WatchlistAlerts(store, sink, CLOCK).onIndexed(SampleArticles.bazhong(SAVED.plusSeconds(60)));

        assertThat(published).isEmpty();
    }

    @Test
    void skipsHistoryEnrichedBeforeTheWatchlistWasSaved() {
        WatchlistStore store = storeWith(watchlist("w1", null, List.of("罗增斌"), List.of()));

        new WatchlistAlerts(store, sink, CLOCK).onIndexed(SampleArticles.bazhong(SAVED.minusSeconds(1)));

        assertThat(published).isEmpty();
    }

    @Test
    void alertsAnArticleOncePerWatchlistEvenWhenIndexedAgain() {
        WatchlistStore store = storeWith(watchlist("w1", null, List.of("罗增斌"), List.of()),
                watchlist("w2", null, null, List.of("511900")));
        WatchlistAlerts alerts = new WatchlistAlerts(store, sink, CLOCK);
        EnrichedArticle bazhong = SampleArticles.bazhong(SAVED.plusSeconds(60));

        alerts.onIndexed(bazhong);
        alerts.onIndexed(bazhong);

        assertThat(published).extracting(ArticleAlert::watchlistId).containsExactly("w1", "w2");
    }

    @Test
    void matchesTheNewCriteriaOfAWatchlistSavedAgainUnderItsId() {
        WatchlistStore store = storeWith(watchlist("w1", null, List.of("罗增斌"), List.of()));
        WatchlistAlerts alerts = new WatchlistAlerts(store, sink, CLOCK);
        alerts.onIndexed(SampleArticles.bazhong(SAVED.plusSeconds(60)));
        store.add(watchlist("w1", null, List.of("李余良"), List.of()));

        alerts.onIndexed(SampleArticles.pingchang(SAVED.plusSeconds(120)));

        assertThat(published).extracting(ArticleAlert::articleId)
                .containsExactly(SampleArticles.bazhong(SAVED).id(), SampleArticles.pingchang(SAVED).id());
    }

    @Test
    void savesTheAlertsOfVisibleArticlesTogetherWhenAsked() {
        WatchlistStore store = storeWith(watchlist("w1", null, List.of("罗增斌"), List.of()),
                watchlist("w2", null, List.of("李余良"), List.of()));
        WatchlistAlerts alerts = new WatchlistAlerts(store, sink, CLOCK);
        alerts.onVisible(SampleArticles.bazhong(SAVED.plusSeconds(60)));
        alerts.onVisible(SampleArticles.pingchang(SAVED.plusSeconds(60)));

        assertThat(new WatchlistStore(folder.resolve("watchlists.json")).alerts("w1")).contains(List.of());
        alerts.saveRaised();

        WatchlistStore reopened = new WatchlistStore(folder.resolve("watchlists.json"));
        assertThat(reopened.alerts("w1").orElseThrow()).containsExactly(published.get(0));
        assertThat(reopened.alerts("w2").orElseThrow()).containsExactly(published.get(1));
    }

    @Test
    void savesInTheBackgroundWhileTheNextAlertsAreRaisedAndKafkaHasNotAnsweredYet() {
        WatchlistStore store = storeWith(watchlist("w1", null, List.of("罗增斌"), List.of()),
                watchlist("w2", null, List.of("李余良"), List.of()));
        CompletableFuture<Void> firstAcknowledged = new CompletableFuture<>();
        List<ArticleAlert> sent = new CopyOnWriteArrayList<>();
        WatchlistAlerts alerts = new WatchlistAlerts(store, alert -> {
            sent.add(alert);
            return sent.size() == 1 ? firstAcknowledged : CompletableFuture.completedFuture(null);
        }, CLOCK);
        alerts.onVisible(SampleArticles.bazhong(SAVED.plusSeconds(60)));

        alerts.saveRaisedInBackground();
        // The save waits for the first acknowledgement; raising the next alert must not wait with it.
        assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> alerts.onVisible(SampleArticles.pingchang(SAVED.plusSeconds(60))));
        assertThat(new WatchlistStore(folder.resolve("watchlists.json")).alerts("w1")).contains(List.of());
        firstAcknowledged.complete(null);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
                new WatchlistStore(folder.resolve("watchlists.json")).alerts("w1")).contains(List.of(sent.get(0))));
        alerts.saveRaised();
        assertThat(new WatchlistStore(folder.resolve("watchlists.json")).alerts("w2")).contains(List.of(sent.get(1)));
    }

    @Test
    void watchlistsAndAlertsSurviveAReopenOfTheFile() {
        WatchlistStore store = storeWith(watchlist("w1", null, List.of("罗增斌"), List.of()));
        new WatchlistAlerts(store, sink, CLOCK).onIndexed(SampleArticles.bazhong(SAVED.plusSeconds(60)));

        WatchlistStore reopened = new WatchlistStore(folder.resolve("watchlists.json"));

        assertThat(reopened.all()).containsExactly(watchlist("w1", null, List.of("罗增斌"), List.of()));
        assertThat(reopened.alerts("w1").orElseThrow()).isEqualTo(published);
        assertThat(reopened.remove("w1")).isTrue();
        assertThat(new WatchlistStore(folder.resolve("watchlists.json")).all()).isEmpty();
    }
}
