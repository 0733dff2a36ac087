package io.newsmonitor.ingest.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsmonitor.ingest.read.ArticleRejectedException.Reason;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class JsonFormatTest {

    private static final String SHAPE = "Ingest reads one JSON object with a string field \"text\" (and optional "
            + "\"title\", \"url\", \"publishedAt\", \"source\"), or one such object per line. Fix it and submit the "
            + "whole file again; nothing from it was published.";

    private final ArticleReader reader = new ArticleReader(1024 * 1024);

    @Test
    void readsOneObjectWithAllFields() throws Exception {
        String json = """
                {
                  "text": "正文第一段。\\n正文第二段。",
                  "title": "巴中新闻",
                  "url": "http://example.cn/1.html",
                  "publishedAt": "2024-10-17T21:18:00+08:00",
                  "source": "中新网四川"
                }
                """;

        ReadResult result = reader.read("a.json", json.getBytes(StandardCharsets.UTF_8));

        assertThat(result.articles()).containsExactly(new ReadArticle("正文第一段。\n正文第二段。", "巴中新闻",
                "2024-10-17T21:18:00+08:00", "http://example.cn/1.html", "中新网四川"));
    }

    @Test
    void readsASeedInJsonSavedAsGb18030() throws Exception {
        String text = Files.readString(Path.of("../seeds/001_7d9b857bafb98f1d.txt"), StandardCharsets.UTF_8);
        String json = "{\"text\": " + com.fasterxml.jackson.databind.node.TextNode.valueOf(text) + "}";

        ReadResult result = reader.read("001.json", json.getBytes(CharsetDetector.GB18030));

        assertThat(result.charset()).isEqualTo(CharsetDetector.GB18030);
        assertThat(result.articles()).singleElement().extracting(ReadArticle::text).isEqualTo(text);
    }

    @Test
    void readsJsonLinesAsOneArticlePerLine() throws Exception {
        String lines = "{\"text\": \"第一篇\", \"title\": \"一\"}\n\n{\"text\": \"第二篇\"}\n";

        ReadResult result = reader.read("feed.json", lines.getBytes(StandardCharsets.UTF_8));

        assertThat(result.articles()).containsExactly(new ReadArticle("第一篇", "一", null, null, null),
                ReadArticle.ofText("第二篇"));
    }

    @Test
    void readsASingleLineJsonlFileAsJsonLines() throws Exception {
        ReadResult result = reader.read("feed.jsonl", "{\"text\": \"第一篇\"}".getBytes(StandardCharsets.UTF_8));

        assertThat(result.format()).isEqualTo(ArticleFormat.JSON_LINES);
        assertThat(result.articles()).containsExactly(ReadArticle.ofText("第一篇"));
    }

    @Test
    void rejectsJsonLinesWithABadLineNamingTheLine() {
        byte[] lines = "{\"text\": \"第一篇\"}\n{\"text\": \"第二篇\"\n{\"text\": \"第三篇\"}\n"
                .getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> reader.read("feed.jsonl", lines))
                .hasMessageStartingWith("feed.jsonl line 2 is not valid JSON: ")
                .hasMessageEndingWith(SHAPE)
                .extracting(e -> ((ArticleRejectedException) e).reason()).isEqualTo(Reason.INVALID_CONTENT);
    }

    @Test
    void rejectsATextThatIsNotAString() {
        byte[] json = "{\"text\": 5, \"title\": \"标题\"}".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> reader.read("a.json", json))
                .hasMessage("a.json has a field \"text\" that must be a string, but it is a number (5). " + SHAPE)
                .extracting(e -> ((ArticleRejectedException) e).fileName()).isEqualTo("a.json");
    }

    @Test
    void rejectsATitleThatIsNotAStringOnItsLine() {
        byte[] lines = "{\"text\": \"一\"}\n{\"text\": \"二\", \"title\": [\"x\"]}".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> reader.read("feed.json", lines))
                .hasMessage("feed.json line 2 has a field \"title\" that must be a string, but it is an array "
                        + "([\"x\"]). " + SHAPE);
    }

    @Test
    void rejectsAnObjectWithoutText() {
        assertThatThrownBy(() -> reader.read("a.json", "{\"title\": \"标题\"}".getBytes(StandardCharsets.UTF_8)))
                .hasMessage("a.json has no field \"text\". " + SHAPE);
    }

    @Test
    void rejectsAnArray() {
        assertThatThrownBy(() -> reader.read("a.json", "[{\"text\": \"一\"}]".getBytes(StandardCharsets.UTF_8)))
                .hasMessage("a.json is an array, not a JSON object. " + SHAPE);
    }

    @Test
    void rejectsBrokenJsonWithItsPosition() {
        assertThatThrownBy(() -> reader.read("a.json", "{\"text\": \"一\",\n}".getBytes(StandardCharsets.UTF_8)))
                .hasMessageStartingWith("a.json is not valid JSON at line 2, column ");
    }
}
