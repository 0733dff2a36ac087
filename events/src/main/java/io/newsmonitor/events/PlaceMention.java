package io.newsmonitor.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A place named in an article. Administrative divisions carry their GB/T 2260 code, level and
 * WGS-84 coordinates; other places (rivers, regions) carry only a name.
 *
 * @param name the name as the article writes it, in Simplified script
 * @param mentions how many times the article names it
 * @param code GB/T 2260 division code, or null
 * @param level {@code province}, {@code city} or {@code county}, or null
 * @param lat WGS-84 latitude, or null
 * @param lon WGS-84 longitude, or null
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.ALWAYS)
public record PlaceMention(String name, int mentions, String code, String level, Double lat, Double lon) {

    /** A place that is not resolved to an administrative division. */
    public static PlaceMention unresolved(String name, int mentions) {
        return new PlaceMention(name, mentions, null, null, null, null);
    }
}
