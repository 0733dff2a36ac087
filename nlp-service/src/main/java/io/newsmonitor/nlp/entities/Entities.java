package io.newsmonitor.nlp.entities;

import io.newsmonitor.events.OrganizationMention;
import io.newsmonitor.events.PersonMention;
import io.newsmonitor.events.PlaceMention;
import java.util.List;

/** The named entities of one text, each list sorted by mentions (most first), then by name. */
public record Entities(List<PersonMention> persons, List<PlaceMention> places, List<OrganizationMention> organizations) {

    public Entities {
        persons = List.copyOf(persons);
        places = List.copyOf(places);
        organizations = List.copyOf(organizations);
    }
}
