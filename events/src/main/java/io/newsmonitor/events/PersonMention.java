package io.newsmonitor.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * A person named in an article.
 *
 * @param name the name in Simplified script
 * @param mentions how many times the article names this person
 * @param posts posts the article gives this person, e.g. {@code 县委书记}, most specific first
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PersonMention(String name, int mentions, List<String> posts) {

    public PersonMention {
        posts = posts == null ? List.of() : List.copyOf(posts);
    }

    /** A person without a known post. */
    public PersonMention(String name, int mentions) {
        this(name, mentions, List.of());
    }
}
