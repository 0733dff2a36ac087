package io.newsmonitor.ingest.read;

import java.nio.charset.Charset;
import java.util.List;

/**
 * What {@link ArticleReader} made of one input.
 *
 * @param charset the encoding the bytes were decoded with
 * @param charsetSource how that encoding was chosen
 * @param format the format the input was read as
 * @param articles the articles, at least one (several for JSON Lines)
 */
public record ReadResult(Charset charset, CharsetDetector.Source charsetSource, ArticleFormat format,
        List<ReadArticle> articles) {

    public ReadResult {
        articles = List.copyOf(articles);
    }
}
