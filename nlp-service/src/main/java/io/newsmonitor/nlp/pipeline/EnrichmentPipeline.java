package io.newsmonitor.nlp.pipeline;

import io.newsmonitor.events.DateMention;
import io.newsmonitor.events.EnrichedArticle;
import io.newsmonitor.events.FigureMention;
import io.newsmonitor.events.IndustryMention;
import io.newsmonitor.events.PlaceMention;
import io.newsmonitor.events.RawArticle;
import io.newsmonitor.nlp.clean.FurnitureRemover;
import io.newsmonitor.nlp.clean.MojibakeRemover;
import io.newsmonitor.nlp.clean.PinyinAnnotationStripper;
import io.newsmonitor.nlp.clean.Removals;
import io.newsmonitor.nlp.dedup.NearDuplicateIndex;
import io.newsmonitor.nlp.dedup.SimHash;
import io.newsmonitor.nlp.entities.Entities;
import io.newsmonitor.nlp.entities.EntityExtractor;
import io.newsmonitor.nlp.figures.FigureExtractor;
import io.newsmonitor.nlp.figures.MeetingExtractor;
import io.newsmonitor.nlp.figures.SloganExtractor;
import io.newsmonitor.nlp.keywords.KeywordExtractor;
import io.newsmonitor.nlp.keywords.Summarizer;
import io.newsmonitor.nlp.meta.BylineExtractor;
import io.newsmonitor.nlp.meta.Bylines;
import io.newsmonitor.nlp.meta.DateExtractor;
import io.newsmonitor.nlp.meta.DateMentionExtractor;
import io.newsmonitor.nlp.meta.HeadlineGenerator;
import io.newsmonitor.nlp.meta.OutletExtractor;
import io.newsmonitor.nlp.meta.PublishedAtParser;
import io.newsmonitor.nlp.meta.TitleExtractor;
import io.newsmonitor.nlp.places.DivisionScan;
import io.newsmonitor.nlp.places.PlaceResolver;
import io.newsmonitor.nlp.script.Script;
import io.newsmonitor.nlp.script.ScriptConverter;
import io.newsmonitor.nlp.script.ScriptDetector;
import io.newsmonitor.nlp.segment.SegmentedText;
import io.newsmonitor.nlp.topics.IndustryDetector;
import io.newsmonitor.nlp.topics.IndustryTaxonomy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Turns a raw article into an enriched one. The steps, in order: strip inline pinyin, remove
 * mojibake, detect the script, convert to Simplified, remove page furniture, read title, date and
 * outlet, read bylines and the dates the text mentions, segment the clean text once ({@link SegmentedText}, the
 * only HanLP pass, shared by the next stages), extract entities with their posts, resolve places
 * to administrative divisions, keywords and a summary, industries from the taxonomy, figures, slogans and
 * meetings, and a SimHash fingerprint that links a near-copy to
 * an earlier article ({@code duplicateOf}). Each stage's time goes into {@code stageMillis}. What the cleaners remove is recorded by category in {@code removed}; a text
 * without a headline takes the input's title, or else gets a {@code generatedTitle} from its summary.
 * Furniture is removed after conversion so that its rules are written once, in Simplified.
 *
 * <p>Thread-safe; its only state is the bounded index of recent fingerprints. CDI creates one, tests
 * construct it directly.
 */
@ApplicationScoped
public class EnrichmentPipeline {

    /** Fingerprints at most this many bits apart are near-duplicates (a changed sentence, a different footer). */
    public static final int DUPLICATE_DISTANCE = 3;

    /** How many recent articles are compared against; about 1 MB of memory. */
    public static final int RECENT_FINGERPRINTS = 50_000;

    private final PinyinAnnotationStripper pinyin = new PinyinAnnotationStripper();
    private final MojibakeRemover mojibake = new MojibakeRemover();
    private final ScriptDetector scriptDetector = new ScriptDetector();
    private final ScriptConverter scriptConverter = new ScriptConverter();
    private final FurnitureRemover furniture = new FurnitureRemover();
    private final TitleExtractor titles = new TitleExtractor();
    private final DateExtractor dates = new DateExtractor();
    private final DateMentionExtractor dateMentions = new DateMentionExtractor();
    private final FigureExtractor figures = new FigureExtractor();
    private final SloganExtractor slogans = new SloganExtractor();
    private final MeetingExtractor meetings = new MeetingExtractor();
    private final OutletExtractor outlets = new OutletExtractor();
    private final BylineExtractor bylines = new BylineExtractor();
    private final HeadlineGenerator headlines = new HeadlineGenerator();
    private final PublishedAtParser rawDates = new PublishedAtParser();
    private final EntityExtractor entities = new EntityExtractor();
    private final PlaceResolver places = new PlaceResolver();
    private final IndustryDetector industries = new IndustryDetector(IndustryTaxonomy.load());
    private final SimHash simHash = new SimHash();
    private final NearDuplicateIndex recent = new NearDuplicateIndex(RECENT_FINGERPRINTS);
    private final String version = PipelineVersion.read();
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
        StageTimer timer = new StageTimer();
        Removals removed = new Removals();
        String text = timer.time("clean", () -> mojibake.remove(pinyin.strip(raw.text(), removed), removed));
        Script script = timer.time("script", () -> scriptDetector.detect(text));
        String simplified = timer.time("script", () -> scriptConverter.toSimplified(text));
        String clean = timer.time("furniture", () -> furniture.remove(simplified, removed));
        String title = timer.time("metadata", () -> title(clean, raw));
        String publishedAt = timer.time("metadata", () -> publishedAt(clean, raw));
        String outlet = timer.time("metadata", () -> outlet(clean, removed));
        Bylines credits = timer.time("metadata", () -> bylines.extract(clean));
        List<DateMention> mentionedDates = timer.time("metadata",
                () -> dateMentions.extract(clean, publishedAt == null ? null : day(publishedAt)));
        SegmentedText segmented = timer.time("segment", () -> SegmentedText.of(clean));
        DivisionScan divisions = timer.time("places", () -> places.scan(clean));
        Entities found = timer.time("entities", () -> entities.extract(segmented, divisions));
        List<PlaceMention> resolvedPlaces = timer.time("places", () -> places.resolve(found.places(), divisions));
        List<String> keyPhrases = timer.time("keywords", () -> keywords.extract(segmented));
        String summary = timer.time("summary", () -> summarizer.summarize(segmented));
        String generatedTitle = timer.time("metadata", () -> title == null ? headlines.generate(summary) : null);
        List<IndustryMention> industryMentions = timer.time("industries", () -> industries.detect(clean));
        List<FigureMention> figureMentions = timer.time("about", () -> figures.extract(clean));
        List<String> sloganList = timer.time("about", () -> slogans.extract(clean));
        List<String> meetingList = timer.time("about", () -> meetings.extract(clean));
        long fingerprint = timer.time("dedup", () -> simHash.fingerprint(clean));
        String duplicateOf = timer.time("dedup",
                () -> recent.findAndAdd(raw.id(), fingerprint, DUPLICATE_DISTANCE).orElse(null));
        return new EnrichedArticle(
                EnrichedArticle.SCHEMA_VERSION,
                raw.id(),
                title,
                publishedAt,
                outlet,
                clean,
                raw.text(),
                summary,
                keyPhrases,
                found.persons(),
                resolvedPlaces,
                found.organizations(),
                script.label(),
                raw.fileName(),
                raw.receivedAt(),
                clock.instant(),
                credits.authors(),
                credits.editors(),
                credits.photographers(),
                generatedTitle,
                removed.asMap(),
                industryMentions,
                SimHash.toHex(fingerprint),
                duplicateOf,
                version,
                timer.millis(),
                figureMentions,
                sloganList,
                meetingList,
                mentionedDates);
    }

    /** The text's own headline; else the title the input gave (HTML, JSON), in Simplified script. */
    private String title(String clean, RawArticle raw) {
        String title = titles.extract(clean);
        if (title == null && raw.title() != null && !raw.title().isBlank()) {
            title = scriptConverter.toSimplified(raw.title().strip());
        }
        return title;
    }

    /** The outlet of the {@code 来源:} field; else the site its copyright line names. */
    private String outlet(String clean, Removals removed) {
        String outlet = outlets.extract(clean);
        return outlet != null ? outlet : outlets.fromCopyright(removed.asMap().getOrDefault("copyright", List.of()));
    }

    /**
     * The day of an ISO-8601 time as {@link DateExtractor} and {@link PublishedAtParser} write it
     * ({@code 2024-10-17T21:18:00+08:00}), read by position: {@link LocalDate#parse} takes longer than the date
     * mentions it serves on a short article.
     */
    static LocalDate day(String isoTime) {
        return LocalDate.of(Integer.parseInt(isoTime, 0, 4, 10), Integer.parseInt(isoTime, 5, 7, 10),
                Integer.parseInt(isoTime, 8, 10, 10));
    }

    /** The date the text states; else the one the input gave, when it can be read. */
    private String publishedAt(String clean, RawArticle raw) {
        String date = dates.extract(clean);
        return date != null ? date : rawDates.parse(raw.publishedAt());
    }
}
