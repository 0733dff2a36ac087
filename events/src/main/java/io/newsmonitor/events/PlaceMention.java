package io.newsmonitor.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * A place named in an article. Administrative divisions carry their GB/T 2260 code, level,
 * official name, parent chain and WGS-84 coordinates; other places (rivers, regions) carry only a name.
 *
 * @param name the name as the article writes it, in Simplified script
 * @param mentions how many times the article names it
 * @param code GB/T 2260 division code, or null
 * @param level {@code province}, {@code city} or {@code county}, or null
 * @param lat WGS-84 latitude, or null
 * @param lon WGS-84 longitude, or null
 * @param parents names of the divisions above this one, province first; empty when unresolved
 * @param fullName the division's official name (平昌县 for 平昌), or null when unresolved
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.ALWAYS)
public record PlaceMention(String name, int mentions, String code, String level, Double lat, Double lon,
        List<String> parents, String fullName) {

    public PlaceMention {
        parents = parents == null ? List.of() : List.copyOf(parents);
    }

    /** A resolved place without its parent chain or official name (events before 1.3). */
    public PlaceMention(String name, int mentions, String code, String level, Double lat, Double lon) {
        this(name, mentions, code, level, lat, lon, List.of(), null);
    }

    /** A place that is not resolved to an administrative division. */
    public static PlaceMention unresolved(String name, int mentions) {
        return new PlaceMention(name, mentions, null, null, null, null, List.of(), null);
    }
}
