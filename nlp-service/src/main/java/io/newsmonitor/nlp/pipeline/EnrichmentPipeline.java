package io.newsmonitor.nlp.pipeline;

import io.newsmonitor.events.EnrichedArticle;
import io.newsmonitor.events.RawArticle;
import io.newsmonitor.nlp.clean.FurnitureRemover;
import io.newsmonitor.nlp.clean.MojibakeRemover;
import io.newsmonitor.nlp.clean.PinyinAnnotationStripper;
import io.newsmonitor.nlp.clean.Removals;
import io.newsmonitor.nlp.entities.Entities;
import io.newsmonitor.nlp.entities.EntityExtractor;
import io.newsmonitor.nlp.keywords.KeywordExtractor;
import io.newsmonitor.nlp.keywords.Summarizer;
import io.newsmonitor.nlp.meta.BylineExtractor;
import io.newsmonitor.nlp.meta.Bylines;
import io.newsmonitor.nlp.meta.DateExtractor;
import io.newsmonitor.nlp.meta.HeadlineGenerator;
import io.newsmonitor.nlp.meta.OutletExtractor;
import io.newsmonitor.nlp.meta.PublishedAtParser;
import io.newsmonitor.nlp.meta.TitleExtractor;
import io.newsmonitor.nlp.places.PlaceResolver;
import io.newsmonitor.nlp.script.Script;
import io.newsmonitor.nlp.script.ScriptConverter;
import io.newsmonitor.nlp.script.ScriptDetector;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;

/**
 * Turns a raw article into an enriched one. The steps, in order: strip inline pinyin, remove
 * mojibake, detect the script, convert to Simplified, remove page furniture, read title, date and
 * outlet, read bylines, extract entities with their posts, resolve places to administrative divisions,
 * keywords and a summary. What the cleaners remove is recorded by category in {@code removed}; a text
 * without a headline takes the input's title, or else gets a {@code generatedTitle} from its summary.
 * Furniture is removed after conversion so that its rules are written once, in Simplified.
 *
 * <p>Stateless and thread-safe; CDI creates one, tests construct it directly.
 */
@ApplicationScoped
public class EnrichmentPipeline {

    private final PinyinAnnotationStripper pinyin = new PinyinAnnotationStripper();
    private final MojibakeRemover mojibake = new MojibakeRemover();
    private final ScriptDetector scriptDetector = new ScriptDetector();
    private final ScriptConverter scriptConverter = new ScriptConverter();
    private final FurnitureRemover furniture = new FurnitureRemover();
    private final TitleExtractor titles = new TitleExtractor();
    private final DateExtractor dates = new DateExtractor();
    private final OutletExtractor outlets = new OutletExtractor();
    private final BylineExtractor bylines = new BylineExtractor();
    private final HeadlineGenerator headlines = new HeadlineGenerator();
    private final PublishedAtParser rawDates = new PublishedAtParser();
    private final EntityExtractor entities = new EntityExtractor();
    private final PlaceResolver places = new PlaceResolver();
    private final KeywordExtractor keywords;
    private final Summarizer summarizer;
    private final Clock clock;

    @Inject
    public EnrichmentPipeline(NlpConfig config) {
        this(config.keywords(), config.summarySentences(), Clock.systemUTC());
    }

    /**
     * @param keywordCount key words and phrases per article, at least 1
     * @param summarySentences sentences per summary, at least 1
     * @param clock the clock that stamps {@code enrichedAt}
     */
    public EnrichmentPipeline(int keywordCount, int summarySentences, Clock clock) {
        this.keywords = new KeywordExtractor(keywordCount);
        this.summarizer = new Summarizer(summarySentences);
        this.clock = clock;
    }

    /** A pipeline with 10 keywords and 3-sentence summaries, for tests and tools. */
    public static EnrichmentPipeline withDefaults() {
        return new EnrichmentPipeline(10, 3, Clock.systemUTC());
    }

    public EnrichedArticle enrich(RawArticle raw) {
        Removals removed = new Removals();
        String text = mojibake.remove(pinyin.strip(raw.text(), removed), removed);
        Script script = scriptDetector.detect(text);
        String clean = furniture.remove(scriptConverter.toSimplified(text), removed);
        Entities found = entities.extract(clean);
        String summary = summarizer.summarize(clean);
        String title = title(clean, raw);
        Bylines credits = bylines.extract(clean);
        return new EnrichedArticle(
                EnrichedArticle.SCHEMA_VERSION,
                raw.id(),
                title,
                publishedAt(clean, raw),
                outlets.extract(clean),
                clean,
                raw.text(),
                summary,
                keywords.extract(clean),
                found.persons(),
                places.resolve(found.places(), clean),
                found.organizations(),
                script.label(),
                raw.fileName(),
                raw.receivedAt(),
                clock.instant(),
                credits.authors(),
                credits.editors(),
                credits.photographers(),
                title == null ? headlines.generate(summary) : null,
                removed.asMap());
    }

    /** The text's own headline; else the title the input gave (HTML, JSON), in Simplified script. */
    private String title(String clean, RawArticle raw) {
        String title = titles.extract(clean);
        if (title == null && raw.title() != null && !raw.title().isBlank()) {
            title = scriptConverter.toSimplified(raw.title().strip());
        }
        return title;
    }

    /** The date the text states; else the one the input gave, when it can be read. */
    private String publishedAt(String clean, RawArticle raw) {
        String date = dates.extract(clean);
        return date != null ? date : rawDates.parse(raw.publishedAt());
    }
}
