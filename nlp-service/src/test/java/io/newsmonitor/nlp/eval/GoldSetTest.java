package io.newsmonitor.nlp.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GoldSetTest {

    @TempDir
    Path folder;

    @Test
    void readsEntitiesMetadataCodesAndSkipsNotes() throws IOException {
        Path file = folder.resolve("gold.json");
        Files.writeString(file, """
                {"_conventions": "notes",
                 "009_x.txt": {"persons": ["李成"], "places": ["苍溪县|苍溪"], "orgs": [], "ignore": ["中国"],
                   "furniture_only": ["方营路"],
                   "metadata": {"title": "题目", "publishedAt": null, "outlet": "中新网四川", "authors": ["吴芳"]},
                   "place_codes": {"苍溪县": "510824"}}}
                """);

        GoldSet gold = GoldSet.read(file);

        assertThat(gold.articles()).containsOnlyKeys("009_x.txt");
        GoldArticle article = gold.article("009_x.txt");
        assertThat(article.entities().get("places")).containsExactly(List.of("苍溪县", "苍溪"));
        assertThat(article.ignored()).containsExactly("中国");
        assertThat(article.furnitureOnly()).containsExactly("方营路");
        assertThat(article.metadata()).containsEntry("title", "题目").containsEntry("publishedAt", null)
                .containsEntry("authors", List.of("吴芳"));
        assertThat(article.placeCodes()).isEqualTo(Map.of("苍溪县", "510824"));
        assertThat(article.hasMetadata()).isTrue();
    }

    @Test
    void namesTheMissingFile() {
        Path missing = folder.resolve("none.json");

        assertThatThrownBy(() -> GoldSet.read(missing)).isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("none.json");
    }
}
