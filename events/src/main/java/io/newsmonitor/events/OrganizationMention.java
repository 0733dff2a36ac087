package io.newsmonitor.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * An organisation named in an article.
 *
 * @param name the name in Simplified script
 * @param mentions how many times the article names it
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record OrganizationMention(String name, int mentions) {
}
