package io.newsmonitor.query.index;

import io.newsmonitor.query.view.ArticleQuery;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Translates an {@link ArticleQuery} into a Lucene query. Words are analysed into CJK bigrams; the
 * bigrams of one word must follow each other (a phrase), so 铝基新材料 does not match every text that
 * mentions 材料. A word of one CJK character has no bigram of its own, so it is looked up among the
 * single characters of {@link ArticleFields#TEXT_CHARS} and found inside any word. Several words must
 * all match. Entity filters are exact terms.
 */
final class LuceneQueries {

    private final Analyzer analyzer = ArticleAnalyzers.words();

    Query of(ArticleQuery asked) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        boolean any = false;
        if (asked.hasText()) {
            query.add(text(SimplifiedScript.of(asked.q())), BooleanClause.Occur.MUST);
            any = true;
        }
        any |= addTerms(query, ArticleFields.PERSON, asked.persons());
        any |= addTerms(query, ArticleFields.PLACE, asked.places());
        any |= addTerms(query, ArticleFields.ORGANIZATION, asked.organizations());
        any |= addTerms(query, ArticleFields.INDUSTRY, asked.industries());
        any |= addTerms(query, ArticleFields.OUTLET, asked.outlets());
        if (asked.from() != null || asked.to() != null) {
            long from = asked.from() == null ? Long.MIN_VALUE : asked.from().toEpochMilli();
            long to = asked.to() == null ? Long.MAX_VALUE : asked.to().toEpochMilli() - 1;
            query.add(LongPoint.newRangeQuery(ArticleFields.TIME, from, to), BooleanClause.Occur.FILTER);
            any = true;
        }
        return any ? query.build() : new MatchAllDocsQuery();
    }

    /** The words as Lucene query syntax; text that is not valid syntax is searched for literally. */
    private Query text(String q) {
        QueryParser parser = new SingleCharacterAwareParser(analyzer);
        parser.setDefaultOperator(QueryParser.Operator.AND);
        parser.setSplitOnWhitespace(true);
        parser.setAutoGeneratePhraseQueries(true);
        try {
            return parser.parse(q);
        } catch (ParseException e) {
            try {
                return parser.parse(QueryParser.escape(q));
            } catch (ParseException unexpected) {
                throw new IllegalArgumentException("q cannot be searched for: " + q, unexpected);
            }
        }
    }

    private static boolean addTerms(BooleanQuery.Builder query, String field, List<String> values) {
        for (String value : values) {
            query.add(new TermQuery(new Term(field, SimplifiedScript.of(value.strip()))), BooleanClause.Occur.FILTER);
        }
        return !values.isEmpty();
    }

    /** Sends a lone CJK character, which the bigram analyser leaves as a unigram, to the single-character field. */
    private static final class SingleCharacterAwareParser extends QueryParser {

        SingleCharacterAwareParser(Analyzer analyzer) {
            super(ArticleFields.TEXT, analyzer);
        }

        @Override
        protected Query newTermQuery(Term term, float boost) {
            String text = term.text();
            if (term.field().equals(ArticleFields.TEXT) && text.codePointCount(0, text.length()) == 1
                    && isCjk(text.codePointAt(0))) {
                return super.newTermQuery(new Term(ArticleFields.TEXT_CHARS, text), boost);
            }
            return super.newTermQuery(term, boost);
        }

        private static boolean isCjk(int codePoint) {
            Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
            return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                    || script == Character.UnicodeScript.KATAKANA;
        }
    }
}
