package io.newsmonitor.query.rest;

import io.newsmonitor.query.view.EntityCount;
import java.util.List;

/**
 * The answer of {@code GET /api/entities/top}.
 *
 * @param type the entity type counted, as asked
 * @param articles how many articles the counts were taken over
 * @param items the entities, named by the most articles first
 */
public record TopEntityList(String type, int articles, List<EntityCount> items) {
}
