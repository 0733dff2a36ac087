package io.newsmonitor.ingest.read;

import io.newsmonitor.ingest.read.ArticleRejectedException.Reason;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * A saved web page: the text of the main content with one paragraph per line, without scripts, styles,
 * navigation, page header and footer, side bars and forms; the title and the publication time from the page.
 */
final class HtmlFormat {

    private static final String NOT_CONTENT = "script, style, noscript, template, iframe, svg, nav, header, footer, "
            + "aside, form";
    private static final String PUBLISHED_META = "meta[property=article:published_time], meta[name=pubdate], "
            + "meta[name=publishdate], meta[itemprop=datePublished]";
    // The HTML prescan: a charset in a <meta> near the start, either form (charset= or http-equiv content).
    private static final Pattern META_CHARSET =
            Pattern.compile("<meta[^>]+charset\\s*=\\s*[\"']?([A-Za-z0-9_.:-]+)", Pattern.CASE_INSENSITIVE);
    private static final int PRESCAN_BYTES = 4096;

    private HtmlFormat() {
    }

    /** The supported encoding named by a {@code <meta>} near the start of the page, or null. */
    static Charset declaredCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, PRESCAN_BYTES), StandardCharsets.ISO_8859_1);
        Matcher matcher = META_CHARSET.matcher(head);
        return matcher.find() ? CharsetDetector.supported(matcher.group(1)).orElse(null) : null;
    }

    static List<ReadArticle> parse(String fileName, String html) throws ArticleRejectedException {
        Document document = Jsoup.parse(html);
        String title = document.title().strip();
        if (title.isEmpty()) {
            Element h1 = document.selectFirst("article h1, main h1");
            h1 = h1 == null ? document.selectFirst("h1") : h1;
            title = h1 == null ? "" : h1.text().strip();
        }
        Element published = document.selectFirst(PUBLISHED_META);
        String publishedAt = published == null || published.attr("content").isBlank()
                ? null : published.attr("content").strip();
        document.select(NOT_CONTENT).remove();
        String text = paragraphs(mainContent(document));
        if (text.isEmpty()) {
            throw new ArticleRejectedException(Reason.INVALID_CONTENT, fileName, fileName + " has no article text once "
                    + "scripts, styles, navigation, header, footer and forms are removed. Save the page with its "
                    + "article, or submit the text as .txt, and try again.");
        }
        return List.of(new ReadArticle(text, title.isEmpty() ? null : title, publishedAt, null, null));
    }

    private static Element mainContent(Document document) {
        Element main = document.selectFirst("article");
        main = main == null ? document.selectFirst("main, [role=main]") : main;
        return main == null ? document.body() : main;
    }

    private static String paragraphs(Element root) {
        StringBuilder out = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode textNode) {
                    out.append(textNode.text());
                } else if (node instanceof Element element && (element.isBlock() || element.normalName().equals("br"))) {
                    out.append('\n');
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element element && element.isBlock()) {
                    out.append('\n');
                }
            }
        }, root);
        return out.toString().replace('\u00A0', ' ').lines()
                .map(line -> line.strip().replaceAll("\\s+", " "))
                .filter(line -> !line.isEmpty())
                .collect(Collectors.joining("\n"));
    }
}
