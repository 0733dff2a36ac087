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
 * Decides whether an article matches a watchlist: every word in its title or text, every person,
 * place and organisation named by it. Entity names in the watchlist may be Traditional.
 */
public final class WatchlistMatcher {

    private WatchlistMatcher() {
    }

    /** What matched, as written in the watchlist, when everything did; empty otherwise. */
    public static Optional<List<String>> match(Watchlist watchlist, EnrichedArticle article) {
        List<String> matched = new ArrayList<>();
        String haystack = ((article.title() == null ? "" : article.title()) + "\n"
                + (article.text() == null ? "" : article.text())).toLowerCase(Locale.ROOT);
        for (String word : Highlighter.words(watchlist.q())) {
            if (!haystack.contains(word)) {
                return Optional.empty();
            }
            matched.add(word);
        }
        for (String person : watchlist.persons()) {
            String wanted = SimplifiedScript.of(person.strip());
            if (article.persons().stream().map(PersonMention::name).noneMatch(wanted::equals)) {
                return Optional.empty();
            }
            matched.add(person);
        }
        for (String place : watchlist.places()) {
            String wanted = SimplifiedScript.of(place.strip());
            if (article.places().stream().noneMatch(p -> PlaceRollup.matches(p, wanted))) {
                return Optional.empty();
            }
            matched.add(place);
        }
        for (String organization : watchlist.organizations()) {
            String wanted = SimplifiedScript.of(organization.strip());
            if (article.organizations().stream().map(OrganizationMention::name).noneMatch(wanted::equals)) {
                return Optional.empty();
            }
            matched.add(organization);
        }
        return matched.isEmpty() ? Optional.empty() : Optional.of(matched);
    }
}
