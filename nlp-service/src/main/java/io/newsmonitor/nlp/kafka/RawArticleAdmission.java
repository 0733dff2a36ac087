package io.newsmonitor.nlp.kafka;

import io.newsmonitor.events.RawArticle;

/**
 * Decides whether a raw article can be enriched at all, before the pipeline spends time on it: its
 * text must not be longer than the configured limit (a log file published by mistake would hold a
 * partition for minutes) and must contain at least one letter or digit (only emoji and control
 * characters leave nothing to enrich). A refused article goes to the dead-letter topic with the reason.
 */
final class RawArticleAdmission {

    /** The stage named in the dead-letter headers of a refused article. */
    static final String STAGE = "admit";

    private final int maxTextChars;

    RawArticleAdmission(int maxTextChars) {
        if (maxTextChars < 1) {
            throw new IllegalArgumentException("nlp.max-text-chars must be at least 1, was " + maxTextChars);
        }
        this.maxTextChars = maxTextChars;
    }

    /** Returns normally when the article can be enriched; otherwise says why not. */
    void admit(RawArticle raw, String position) {
        String text = raw.text() == null ? "" : raw.text();
        if (text.length() > maxTextChars) {
            throw new EnrichmentException(STAGE, "Article " + raw.id() + " (" + raw.fileName() + ") at " + position
                    + " has " + text.length() + " characters, more than nlp.max-text-chars=" + maxTextChars
                    + ". Split it into articles, or raise NLP_MAX_TEXT_CHARS; the record goes to the dead-letter topic.");
        }
        if (text.codePoints().noneMatch(Character::isLetterOrDigit)) {
            throw new EnrichmentException(STAGE, "Article " + raw.id() + " (" + raw.fileName() + ") at " + position
                    + " has no letter or digit in its " + text.length() + " characters, so there is nothing to enrich."
                    + " Check the source; the record goes to the dead-letter topic.");
        }
    }
}
