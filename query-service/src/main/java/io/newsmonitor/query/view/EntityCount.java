package io.newsmonitor.query.view;

/**
 * How often the view names one entity.
 *
 * @param name the entity's name in Simplified script
 * @param articles how many articles name it
 * @param mentions how many times those articles name it in all
 */
public record EntityCount(String name, int articles, int mentions) {
}
