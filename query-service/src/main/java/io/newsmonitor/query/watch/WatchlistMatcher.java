package io.newsmonitor.query.watch;

import io.newsmonitor.events.EnrichedArticle;
import io.newsmonitor.events.OrganizationMention;
import io.newsmonitor.events.PersonMention;
import io.newsmonitor.query.index.PlaceRollup;
import io.newsmonitor.query.index.SimplifiedScript;
import io.newsmonitor.query.search.Highlighter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Decides whether an article matches one watchlist: every word in its title or text, every person,
 * place and organisation named by it. Entity names in the watchlist may be Traditional. The watchlist's
 * words and names are converted to Simplified once, when the matcher is made, not for every article.
 */
public final class WatchlistMatcher {

    /** One criterion: as the user wrote it (what an alert reports) and as the article would show it. */
    private record Wanted(String written, String simplified) {
    }

    private final Watchlist watchlist;
    private final List<String> words;
    private final List<Wanted> persons;
    private final List<Wanted> places;
    private final List<Wanted> organizations;

    private WatchlistMatcher(Watchlist watchlist) {
        this.watchlist = watchlist;
        this.words = Highlighter.words(watchlist.q());
        this.persons = simplified(watchlist.persons());
        this.places = simplified(watchlist.places());
        this.organizations = simplified(watchlist.organizations());
    }

    /** A matcher of this watchlist. */
    public static WatchlistMatcher of(Watchlist watchlist) {
        return new WatchlistMatcher(watchlist);
    }

    public Watchlist watchlist() {
        return watchlist;
    }

    /** Whether this matcher needs the article's {@link #searchableText}. */
    public boolean needsText() {
        return !words.isEmpty();
    }

    /** The title and text in which watchlist words are looked for, lower-cased; worth making once per article. */
    public static String searchableText(EnrichedArticle article) {
        return ((article.title() == null ? "" : article.title()) + "\n"
                + (article.text() == null ? "" : article.text())).toLowerCase(Locale.ROOT);
    }

    /**
     * What matched, as written in the watchlist, when everything did; empty otherwise.
     *
     * @param text the article's {@link #searchableText}, made once by the caller for every matcher (ignored, and
     *     may be null, when {@link #needsText()} is false)
     */
    public Optional<List<String>> match(EnrichedArticle article, String text) {
        List<String> matched = new ArrayList<>();
        for (String word : words) {
            if (!text.contains(word)) {
                return Optional.empty();
            }
            matched.add(word);
        }
        for (Wanted person : persons) {
            if (article.persons().stream().map(PersonMention::name).noneMatch(person.simplified()::equals)) {
                return Optional.empty();
            }
            matched.add(person.written());
        }
        for (Wanted place : places) {
            if (article.places().stream().noneMatch(p -> PlaceRollup.matches(p, place.simplified()))) {
                return Optional.empty();
            }
            matched.add(place.written());
        }
        for (Wanted organization : organizations) {
            if (article.organizations().stream().map(OrganizationMention::name)
                    .noneMatch(organization.simplified()::equals)) {
                return Optional.empty();
            }
            matched.add(organization.written());
        }
        return matched.isEmpty() ? Optional.empty() : Optional.of(matched);
    }

    private static List<Wanted> simplified(List<String> names) {
        return names.stream().map(name -> new Wanted(name, SimplifiedScript.of(name.strip()))).toList();
    }
}
