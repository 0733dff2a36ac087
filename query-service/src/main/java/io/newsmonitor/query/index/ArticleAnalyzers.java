package io.newsmonitor.query.index;

import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.core.TypeTokenFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The analysis of the text fields: CJK bigrams for {@link ArticleFields#TEXT}, and single CJK
 * characters for {@link ArticleFields#TEXT_CHARS}, which bigrams cannot find inside a word.
 */
final class ArticleAnalyzers {

    private ArticleAnalyzers() {
    }

    /** The analyser of the words a user searches for, in {@link ArticleFields#TEXT}. */
    static Analyzer words() {
        return new CJKAnalyzer();
    }

    /** The analyser of every indexed field. */
    static Analyzer indexing() {
        return new PerFieldAnalyzerWrapper(words(), Map.of(ArticleFields.TEXT_CHARS, new SingleCharacters()));
    }

    /**
     * Each Han, Hiragana or Katakana character as a term, width-folded like the bigrams; other
     * words are dropped, since the bigram field finds them.
     */
    static final class SingleCharacters extends Analyzer {

        private static final Set<String> CJK_TYPES = Set.of(
                StandardTokenizer.TOKEN_TYPES[StandardTokenizer.IDEOGRAPHIC],
                StandardTokenizer.TOKEN_TYPES[StandardTokenizer.HIRAGANA],
                StandardTokenizer.TOKEN_TYPES[StandardTokenizer.KATAKANA]);

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            StandardTokenizer source = new StandardTokenizer();
            TokenStream result = new TypeTokenFilter(source, CJK_TYPES, true);
            result = new CJKWidthFilter(result);
            return new TokenStreamComponents(source, new LowerCaseFilter(result));
        }
    }
}
