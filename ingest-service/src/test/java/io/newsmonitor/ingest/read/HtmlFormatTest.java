package io.newsmonitor.ingest.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsmonitor.ingest.read.ArticleRejectedException.Reason;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class HtmlFormatTest {

    private static final String PAGE = """
            <!DOCTYPE html>
            <html><head>
            <meta charset="gbk">
            <title>平昌县召开县委全会</title>
            <meta name="PubDate" content="2024-10-17 21:18">
            <script>var tracker = "不要这段";</script>
            <style>p { color: red; }</style>
            </head><body>
            <header><a href="/">首页</a></header>
            <nav><ul><li>要闻</li><li>经济</li></ul></nav>
            <article>
              <h1>平昌县召开县委全会</h1>
              <p>10月17日，中共平昌县委召开全会。</p>
              <p>会议强调，要坚持<b>工业</b>强县，<br>推进项目建设。</p>
              <div>记者&nbsp;李明</div>
            </article>
            <aside>热门文章</aside>
            <form><input name="q"></form>
            <footer>版权所有 © 平昌新闻网</footer>
            <script>track();</script>
            </body></html>
            """;

    private final ArticleReader reader = new ArticleReader(1024 * 1024);

    @Test
    void readsTheCleanArticleTextOfAGbkPageByItsMetaCharset() throws Exception {
        ReadResult result = reader.read("平昌.html", PAGE.getBytes(Charset.forName("GBK")));

        assertThat(result.charset()).isEqualTo(CharsetDetector.GB18030);
        assertThat(result.charsetSource()).isEqualTo(CharsetDetector.Source.DECLARED);
        assertThat(result.articles()).singleElement().satisfies(article -> {
            assertThat(article.text()).isEqualTo("""
                    平昌县召开县委全会
                    10月17日，中共平昌县委召开全会。
                    会议强调，要坚持工业强县，
                    推进项目建设。
                    记者 李明""");
            assertThat(article.title()).isEqualTo("平昌县召开县委全会");
            assertThat(article.publishedAt()).isEqualTo("2024-10-17 21:18");
        });
    }

    @Test
    void readsAPageResavedAsUtf8DespiteItsOldGbkMeta() throws Exception {
        ReadResult result = reader.read("平昌.html", PAGE.getBytes(StandardCharsets.UTF_8));

        assertThat(result.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(result.charsetSource()).isEqualTo(CharsetDetector.Source.DETECTED);
        assertThat(result.articles().get(0).title()).isEqualTo("平昌县召开县委全会");
    }

    @Test
    void readsTheHttpEquivContentTypeCharset() {
        String page = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\"></head>"
                + "<body><p>新闻</p></body></html>";

        assertThat(HtmlFormat.declaredCharset(page.getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo(CharsetDetector.GB18030);
    }

    @Test
    void takesTheTitleFromTheFirstHeadingWithoutATitleElement() throws Exception {
        String page = "<html><body><main><h1>巴中新闻</h1><p>正文第一段。</p></main>"
                + "<meta property=\"article:published_time\" content=\"2024-10-17T21:18:00+08:00\"></body></html>";

        ReadArticle article = reader.read("a.htm", page.getBytes(StandardCharsets.UTF_8)).articles().get(0);

        assertThat(article.title()).isEqualTo("巴中新闻");
        assertThat(article.text()).isEqualTo("巴中新闻\n正文第一段。");
        assertThat(article.publishedAt()).isEqualTo("2024-10-17T21:18:00+08:00");
    }

    @Test
    void rejectsAPageWithOnlyNavigationAndScripts() {
        byte[] page = "<html><body><nav>首页</nav><script>x()</script></body></html>".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> reader.read("nav.html", page))
                .hasMessage("nav.html has no article text once scripts, styles, navigation, header, footer and forms "
                        + "are removed. Save the page with its article, or submit the text as .txt, and try again.")
                .extracting(e -> ((ArticleRejectedException) e).reason()).isEqualTo(Reason.INVALID_CONTENT);
    }
}
