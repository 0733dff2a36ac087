package io.newsmonitor.nlp.script;

import java.util.Locale;

/** The script a Chinese text is written in, as {@link io.newsmonitor.events.EnrichedArticle#script()} names it. */
public enum Script {
    SIMPLIFIED,
    TRADITIONAL,
    MIXED;

    /** The lowercase name used in events: {@code simplified}, {@code traditional} or {@code mixed}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
