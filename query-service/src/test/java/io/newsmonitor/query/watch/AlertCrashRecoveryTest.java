package io.newsmonitor.query.watch;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsmonitor.events.ArticleAlert;
import io.newsmonitor.events.EnrichedArticle;
import io.newsmonitor.events.PersonMention;
import io.newsmonitor.query.SampleArticles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A crash or a refused send at each point of the alert path, simulated by dropping the store and the
 * checker without saving and opening them again on the same file, as a restart does: a consumer of the
 * alerts topic sees each alert once.
 */
class AlertCrashRecoveryTest {

    private static final Instant SAVED = Instant.parse("2026-01-10T08:00:00Z");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-10T09:00:00Z"), ZoneOffset.UTC);
    private static final Watchlist ROU = new Watchlist("w1", "罗增斌", null, List.of("罗增斌"), List.of(), List.of(),
            SAVED);
    private static final EnrichedArticle BAZHONG = SampleArticles.bazhong(SAVED.plusSeconds(60));

    @TempDir
    Path folder;

    /** The alerts topic: what the broker acknowledged, in order. */
    private final List<ArticleAlert> topic = new ArrayList<>();
    private final SentAlertReader readBack = from -> topic.stream().filter(a -> !a.alertedAt().isBefore(from)).toList();
    private int refusals;
    private int throwing;
    private final AlertSink sink = alert -> {
        if (throwing > 0) {
            throwing--;
            throw new IllegalStateException("the emitter's buffer is full");
        }
        if (refusals > 0) {
            refusals--;
            return CompletableFuture.failedFuture(new IllegalStateException("broker unreachable"));
        }
        topic.add(alert);
        return CompletableFuture.completedFuture(null);
    };

    private WatchlistStore store() {
        return new WatchlistStore(folder.resolve("watchlists.json"), CLOCK);
    }

    /** A start: the file as the last run left it, and the alerts sent since read back from the topic. */
    private WatchlistAlerts restart(WatchlistStore store) {
        return restart(store, CLOCK);
    }

    private WatchlistAlerts restart(WatchlistStore store, Clock clock) {
        WatchlistAlerts alerts = new WatchlistAlerts(store, sink, clock);
        alerts.recoverSent(readBack);
        return alerts;
    }

    /** A clock that moves on by a millisecond each time it is read, as alerts raised one after another see it. */
    private static Clock ticking() {
        return new Clock() {
            private Instant now = CLOCK.instant();

            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                now = now.plusMillis(1);
                return now;
            }
        };
    }

    @Test
    void anAlertSentButNotSavedBeforeACrashIsNotSentAgain() {
        WatchlistStore store = store();
        store.add(ROU);
        new WatchlistAlerts(store, sink, CLOCK).onVisible(BAZHONG, new RecordPosition(0, 7));
        // Crash: the group's save never ran, so the file holds the watchlist but not the alert.

        WatchlistStore reopened = store();
        assertThat(reopened.alerts("w1").orElseThrow()).isEmpty();
        restart(reopened).onIndexed(BAZHONG, new RecordPosition(0, 7));

        assertThat(topic).extracting(ArticleAlert::articleId).containsExactly(BAZHONG.id());
        assertThat(store().alerts("w1").orElseThrow()).containsExactly(topic.get(0));
    }

    @Test
    void anArticleNotCheckedBeforeACrashIsCheckedAtTheNextStart() {
        WatchlistStore store = store();
        store.add(ROU);
        WatchlistAlerts alerts = new WatchlistAlerts(store, sink, CLOCK);
        alerts.onVisible(SampleArticles.pingchang(SAVED.plusSeconds(30)), new RecordPosition(0, 6));
        alerts.saveRaised();
        // Crash after the article at offset 7 was indexed (and maybe committed) but before it was checked.

        restart(store()).onIndexed(BAZHONG, new RecordPosition(0, 7));

        assertThat(topic).extracting(ArticleAlert::articleId).containsExactly(BAZHONG.id());
    }

    @Test
    void anAlertKafkaRefusedIsRaisedAgainAtTheNextStart() {
        WatchlistStore store = store();
        store.add(ROU);
        WatchlistAlerts alerts = new WatchlistAlerts(store, sink, CLOCK);
        EnrichedArticle later = SampleArticles.naming("罗增斌再次到巴中调研。", List.of(new PersonMention("罗增斌", 1)),
                List.of(), List.of(), List.of());
        refusals = 1;
        alerts.onVisible(BAZHONG, new RecordPosition(0, 7));
        alerts.saveRaised();
        alerts.onVisible(later, new RecordPosition(0, 8));
        alerts.saveRaised();
        assertThat(topic).extracting(ArticleAlert::articleId).containsExactly(later.id());
        assertThat(store.alerts("w1").orElseThrow()).extracting(ArticleAlert::articleId).containsExactly(later.id());

        restart(store()).onIndexed(BAZHONG, new RecordPosition(0, 7));

        assertThat(topic).extracting(ArticleAlert::articleId).containsExactly(later.id(), BAZHONG.id());
        assertThat(store().alerts("w1").orElseThrow()).extracting(ArticleAlert::articleId)
                .containsExactly(BAZHONG.id(), later.id());
    }

    @Test
    void anAlertTheChannelDidNotTakeIsNotSavedAndIsRaisedAgainAtTheNextStart() {
        WatchlistStore store = store();
        store.add(ROU);
        WatchlistAlerts alerts = new WatchlistAlerts(store, sink, CLOCK);
        throwing = 1;
        alerts.onVisible(BAZHONG, new RecordPosition(0, 7));
        alerts.saveRaised();
        assertThat(store().alerts("w1").orElseThrow()).isEmpty();

        restart(store()).onIndexed(BAZHONG, new RecordPosition(0, 7));

        assertThat(topic).extracting(ArticleAlert::articleId).containsExactly(BAZHONG.id());
    }

    @Test
    void anArticleCheckedBeforeTheLastSaveIsNotCheckedAgainEvenWhenItsAlertLeftTheHistory() {
        Clock clock = ticking();
        WatchlistStore store = new WatchlistStore(folder.resolve("watchlists.json"), clock);
        store.add(new Watchlist("w2", "调研", "调研", List.of(), List.of(), List.of(), SAVED));
        WatchlistAlerts alerts = new WatchlistAlerts(store, sink, clock);
        List<EnrichedArticle> articles = new ArrayList<>();
        for (int i = 0; i <= WatchlistStore.ALERTS_KEPT; i++) {
            EnrichedArticle article = SampleArticles.article("第" + i + "次调研", SAVED, SAVED.plusSeconds(i + 1));
            articles.add(article);
            alerts.onVisible(article, new RecordPosition(1, i));
        }
        alerts.saveRaised();
        assertThat(store.alerts("w2").orElseThrow()).hasSize(WatchlistStore.ALERTS_KEPT)
                .extracting(ArticleAlert::articleId).doesNotContain(articles.get(0).id());

        // The index folder was deleted: the replay adds every article again, from the first offset.
        WatchlistStore reopened = new WatchlistStore(folder.resolve("watchlists.json"), clock);
        List<ArticleAlert> kept = reopened.alerts("w2").orElseThrow();
        WatchlistAlerts restarted = restart(reopened, clock);
        assertThat(reopened.alerts("w2").orElseThrow()).isEqualTo(kept);
        for (int i = 0; i < articles.size(); i++) {
            restarted.onIndexed(articles.get(i), new RecordPosition(1, i));
        }
        restarted.onIndexed(SampleArticles.article("新的调研", SAVED, SAVED.plusSeconds(999)),
                new RecordPosition(1, articles.size()));

        assertThat(topic).hasSize(WatchlistStore.ALERTS_KEPT + 2);
        assertThat(topic.get(0).articleId()).isEqualTo(articles.get(0).id());
        assertThat(topic.get(topic.size() - 1).title()).isEqualTo("新的调研");
    }

    @Test
    void readsAWatchlistsFileWrittenBeforeCheckpointsWereKept() throws Exception {
        Files.writeString(folder.resolve("watchlists.json"), """
                [ {"watchlist": {"id": "w1", "name": "罗增斌", "persons": ["罗增斌"],
                                 "createdAt": "2026-01-10T08:00:00Z"},
                   "alerts": []} ]
                """);

        WatchlistStore store = store();
        restart(store).onIndexed(BAZHONG, new RecordPosition(0, 0));

        assertThat(store.all()).containsExactly(ROU);
        assertThat(topic).extracting(ArticleAlert::watchlistId).containsExactly("w1");
        assertThat(store().checkpoint()).isEqualTo(new AlertCheckpoint(CLOCK.instant(), Map.of(0, 1L)));
    }
}
