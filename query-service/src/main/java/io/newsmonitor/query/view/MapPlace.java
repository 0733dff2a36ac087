package io.newsmonitor.query.view;

/**
 * A place resolved to a GB/T 2260 administrative division, with how often the view names it.
 *
 * @param code the division code, e.g. {@code 511923}
 * @param name the name the articles use most for it
 * @param level {@code province}, {@code city} or {@code county}, or null
 * @param lat WGS-84 latitude
 * @param lon WGS-84 longitude
 * @param articles how many articles name it
 * @param mentions how many times those articles name it in all
 */
public record MapPlace(String code, String name, String level, double lat, double lon, int articles, int mentions) {
}
