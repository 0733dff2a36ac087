package io.newsmonitor.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * An industry from NewsMonitor's taxonomy that an article is about.
 *
 * @param name the industry's name in the taxonomy, e.g. {@code 铝基新材料}, {@code 食品饮料}
 * @param mentions how many times the article refers to it
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record IndustryMention(String name, int mentions) {
}
