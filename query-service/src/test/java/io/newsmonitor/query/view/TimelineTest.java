package io.newsmonitor.query.view;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsmonitor.query.index.ArticleTimes;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimelineTest {

    @Test
    void countsPerChinaDayAndFillsTheGaps() {
        List<Instant> times = List.of(
                Instant.parse("2024-10-16T16:30:00Z"), // 2024-10-17 00:30 in China
                Instant.parse("2024-10-17T15:59:00Z"), // 2024-10-17 23:59
                Instant.parse("2024-10-19T02:00:00Z"));

        assertThat(Timeline.of(times, Timeline.Interval.DAY, ArticleTimes.CHINA)).containsExactly(
                new Timeline.Bucket("2024-10-17T00:00:00+08:00", 2),
                new Timeline.Bucket("2024-10-18T00:00:00+08:00", 0),
                new Timeline.Bucket("2024-10-19T00:00:00+08:00", 1));
    }

    @Test
    void countsPerHour() {
        List<Instant> times = List.of(Instant.parse("2024-10-17T13:18:00Z"), Instant.parse("2024-10-17T15:01:00Z"));

        assertThat(Timeline.of(times, Timeline.Interval.HOUR, ArticleTimes.CHINA)).containsExactly(
                new Timeline.Bucket("2024-10-17T21:00:00+08:00", 1),
                new Timeline.Bucket("2024-10-17T22:00:00+08:00", 0),
                new Timeline.Bucket("2024-10-17T23:00:00+08:00", 1));
    }

    @Test
    void noArticlesNoBuckets() {
        assertThat(Timeline.of(List.of(), Timeline.Interval.DAY, ArticleTimes.CHINA)).isEmpty();
    }
}
