package io.newsmonitor.query.rest;

import io.newsmonitor.query.view.MapPlace;
import java.util.List;

/**
 * The answer of {@code GET /api/places/map}.
 *
 * @param articles how many articles the places were taken from
 * @param items the resolved places, named by the most articles first
 */
public record PlaceMapList(int articles, List<MapPlace> items) {
}
