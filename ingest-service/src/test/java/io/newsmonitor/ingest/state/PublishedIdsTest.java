package io.newsmonitor.ingest.state;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsmonitor.events.ArticleIds;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PublishedIdsTest {

    private static final String ID = ArticleIds.of("广元全会");

    @TempDir
    Path stateDir;

    @Test
    void remembersAnIdAcrossARestart() throws IOException {
        try (PublishedIds first = PublishedIds.open(stateDir)) {
            first.record(ID);
        }

        try (PublishedIds second = PublishedIds.open(stateDir)) {
            assertThat(second.contains(ID)).isTrue();
            assertThat(second.contains(ArticleIds.of("别的文章"))).isFalse();
            assertThat(second.size()).isEqualTo(1);
        }
    }

    @Test
    void writesEachIdOnceAndFlushesItBeforeReturning() throws IOException {
        try (PublishedIds ids = PublishedIds.open(stateDir)) {
            ids.record(ID);
            ids.record(ID);

            assertThat(stateDir.resolve("published-ids.txt")).hasContent(ID);
        }
    }

    @Test
    void ignoresALineCutShortByACrash() throws IOException {
        Files.writeString(stateDir.resolve("published-ids.txt"), ID + "\n" + ID.substring(0, 20));

        try (PublishedIds ids = PublishedIds.open(stateDir)) {
            assertThat(ids.size()).isEqualTo(1);
            assertThat(ids.contains(ID)).isTrue();
        }
    }

    @Test
    void createsTheStateFolder() throws IOException {
        try (PublishedIds ids = PublishedIds.open(stateDir.resolve("a/b"))) {
            assertThat(ids.file()).isEqualTo(stateDir.resolve("a/b/published-ids.txt").toAbsolutePath());
        }
    }
}
