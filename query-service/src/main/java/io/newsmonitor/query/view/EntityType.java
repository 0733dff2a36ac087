package io.newsmonitor.query.view;

import io.newsmonitor.events.EnrichedArticle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The kinds of entity an enriched article names, with how to read each kind's mentions from it. */
public enum EntityType {
    PERSON(a -> a.persons().stream().map(p -> new Mention(p.name(), p.mentions())).toList()),
    PLACE(a -> a.places().stream().map(p -> new Mention(p.name(), p.mentions())).toList()),
    ORGANIZATION(a -> a.organizations().stream().map(o -> new Mention(o.name(), o.mentions())).toList()),
    /** Keywords carry no count of their own, so each one counts as one mention per article. */
    KEYWORD(a -> a.keywords().stream().map(k -> new Mention(k, 1)).toList()),
    INDUSTRY(a -> a.industries().stream().map(i -> new Mention(i.name(), i.mentions())).toList()),
    /** An article has one outlet, named once. */
    OUTLET(a -> a.outlet() == null ? List.of() : List.of(new Mention(a.outlet(), 1)));

    /** One entity named by one article, and how often. */
    record Mention(String name, int count) {
    }

    private final Function<EnrichedArticle, List<Mention>> mentions;

    EntityType(Function<EnrichedArticle, List<Mention>> mentions) {
        this.mentions = mentions;
    }

    List<Mention> mentionsIn(EnrichedArticle article) {
        return mentions.apply(article);
    }

    /** The name used in the API: {@code person}, {@code place}, {@code organization}, {@code keyword}, ... */
    public String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The type with this API name (case-insensitive), or empty. */
    public static Optional<EntityType> fromApiName(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String wanted = value.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(t -> t.apiName().equals(wanted)).findFirst();
    }

    /** The API names joined for error messages: {@code person, place, organization, keyword, industry, outlet}. */
    public static String apiNames() {
        return Arrays.stream(values()).map(EntityType::apiName).collect(Collectors.joining(", "));
    }
}
