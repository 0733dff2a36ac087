package io.newsmonitor.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * An organisation named in an article.
 *
 * @param name the name in Simplified script; government bodies carry their place when the article
 *     makes it clear (市委 in a 巴中 article is 巴中市委)
 * @param mentions how many times the article names it
 * @param kind one of {@link #COMPANY}, {@link #GOVERNMENT}, {@link #INSTITUTION}, {@link #MEDIA},
 *     {@link #OTHER}, or null when unknown
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record OrganizationMention(String name, int mentions, String kind) {

    public static final String COMPANY = "company";
    public static final String GOVERNMENT = "government";
    public static final String INSTITUTION = "institution";
    public static final String MEDIA = "media";
    public static final String OTHER = "other";

    /** An organisation of unknown kind (events before 1.3). */
    public OrganizationMention(String name, int mentions) {
        this(name, mentions, null);
    }
}
