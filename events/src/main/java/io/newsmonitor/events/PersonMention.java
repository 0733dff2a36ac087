package io.newsmonitor.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A person named in an article.
 *
 * @param name the name in Simplified script
 * @param mentions how many times the article names this person
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PersonMention(String name, int mentions) {
}
