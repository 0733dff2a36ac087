package io.newsmonitor.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An article after cleaning, conversion to Simplified script and entity extraction. Published to
 * {@link Topics#ENRICHED} (compacted), keyed by {@link #id()}. Documented for subscribers in
 * {@code schemas/enriched-article.v1.schema.json}; later versions only add fields.
 *
 * @param schemaVersion version of this contract, {@link #SCHEMA_VERSION}
 * @param id the id of the {@link RawArticle} it was made from
 * @param title the headline, or null when the text has none
 * @param publishedAt publication time as ISO-8601 with offset, or null when the text states none
 * @param outlet the outlet or source named by the text, or null
 * @param text the clean body in Simplified script
 * @param originalText the text exactly as received
 * @param summary a few leading sentences chosen by TextRank
 * @param keywords key words and phrases, most important first
 * @param persons people named, most mentioned first
 * @param places places named, most mentioned first
 * @param organizations organisations named, most mentioned first
 * @param script script of the original: {@code simplified}, {@code traditional} or {@code mixed}
 * @param fileName the file (or label) the raw article came from
 * @param receivedAt when ingest received the raw article
 * @param enrichedAt when enrichment finished
 * @param authors authors and reporters the text names (作者, 记者)
 * @param editors editors the text names (编辑, 责任编辑)
 * @param photographers photographers the text credits (… 摄)
 * @param generatedTitle a headline made from the text when it has no title of its own, or null
 * @param removed what cleaning removed, by category (e.g. {@code contact}, {@code breadcrumb},
 *     {@code copyright}, {@code pinyin}), so that nothing disappears silently
 * @param industries industries from the taxonomy the article is about, most mentioned first
 * @param fingerprint 64-bit SimHash of the clean text as 16 lowercase hex digits, or null
 * @param duplicateOf id of an earlier article whose fingerprint is within a small distance, or null
 * @param pipelineVersion version of the enrichment pipeline that made this event, or null
 * @param stageMillis milliseconds spent in each enrichment stage, by stage name
 * @param figures quantified targets, projects and counts, in order of appearance
 * @param slogans quoted policy slogans and numbered strategies (六大突破, “1345”发展战略)
 * @param meetings named meetings and sessions (市委八届六次全会)
 * @param dates dates and date ranges the text mentions, resolved against the publication date
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record EnrichedArticle(
        int schemaVersion,
        String id,
        String title,
        String publishedAt,
        String outlet,
        String text,
        String originalText,
        String summary,
        List<String> keywords,
        List<PersonMention> persons,
        List<PlaceMention> places,
        List<OrganizationMention> organizations,
        String script,
        String fileName,
        Instant receivedAt,
        Instant enrichedAt,
        List<String> authors,
        List<String> editors,
        List<String> photographers,
        String generatedTitle,
        Map<String, List<String>> removed,
        List<IndustryMention> industries,
        String fingerprint,
        String duplicateOf,
        String pipelineVersion,
        Map<String, Long> stageMillis,
        List<FigureMention> figures,
        List<String> slogans,
        List<String> meetings,
        List<DateMention> dates) {

    public static final int SCHEMA_VERSION = 1;

    public EnrichedArticle {
        Objects.requireNonNull(id, "id");
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
        persons = persons == null ? List.of() : List.copyOf(persons);
        places = places == null ? List.of() : List.copyOf(places);
        organizations = organizations == null ? List.of() : List.copyOf(organizations);
        authors = authors == null ? List.of() : List.copyOf(authors);
        editors = editors == null ? List.of() : List.copyOf(editors);
        photographers = photographers == null ? List.of() : List.copyOf(photographers);
        removed = removed == null ? Map.of() : Map.copyOf(removed);
        industries = industries == null ? List.of() : List.copyOf(industries);
        stageMillis = stageMillis == null ? Map.of() : Map.copyOf(stageMillis);
        figures = figures == null ? List.of() : List.copyOf(figures);
        slogans = slogans == null ? List.of() : List.copyOf(slogans);
        meetings = meetings == null ? List.of() : List.copyOf(meetings);
        dates = dates == null ? List.of() : List.copyOf(dates);
    }

    /** An enriched article without figures, slogans, meetings or dates (events before 1.3). */
    public EnrichedArticle(int schemaVersion, String id, String title, String publishedAt, String outlet, String text,
            String originalText, String summary, List<String> keywords, List<PersonMention> persons,
            List<PlaceMention> places, List<OrganizationMention> organizations, String script, String fileName,
            Instant receivedAt, Instant enrichedAt, List<String> authors, List<String> editors,
            List<String> photographers, String generatedTitle, Map<String, List<String>> removed,
            List<IndustryMention> industries, String fingerprint, String duplicateOf, String pipelineVersion,
            Map<String, Long> stageMillis) {
        this(schemaVersion, id, title, publishedAt, outlet, text, originalText, summary, keywords, persons, places,
                organizations, script, fileName, receivedAt, enrichedAt, authors, editors, photographers,
                generatedTitle, removed, industries, fingerprint, duplicateOf, pipelineVersion, stageMillis,
                List.of(), List.of(), List.of(), List.of());
    }

    /** An enriched article without industries, fingerprint, duplicate link, pipeline version or timings. */
    public EnrichedArticle(int schemaVersion, String id, String title, String publishedAt, String outlet, String text,
            String originalText, String summary, List<String> keywords, List<PersonMention> persons,
            List<PlaceMention> places, List<OrganizationMention> organizations, String script, String fileName,
            Instant receivedAt, Instant enrichedAt, List<String> authors, List<String> editors,
            List<String> photographers, String generatedTitle, Map<String, List<String>> removed) {
        this(schemaVersion, id, title, publishedAt, outlet, text, originalText, summary, keywords, persons, places,
                organizations, script, fileName, receivedAt, enrichedAt, authors, editors, photographers,
                generatedTitle, removed, List.of(), null, null, null, Map.of(), List.of(), List.of(), List.of(), List.of());
    }

    /** An enriched article without bylines, generated title or removal record. */
    public EnrichedArticle(int schemaVersion, String id, String title, String publishedAt, String outlet, String text,
            String originalText, String summary, List<String> keywords, List<PersonMention> persons,
            List<PlaceMention> places, List<OrganizationMention> organizations, String script, String fileName,
            Instant receivedAt, Instant enrichedAt) {
        this(schemaVersion, id, title, publishedAt, outlet, text, originalText, summary, keywords, persons, places,
                organizations, script, fileName, receivedAt, enrichedAt, List.of(), List.of(), List.of(), null,
                Map.of(), List.of(), null, null, null, Map.of(), List.of(), List.of(), List.of(), List.of());
    }
}
