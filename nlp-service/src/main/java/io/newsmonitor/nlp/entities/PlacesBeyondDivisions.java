package io.newsmonitor.nlp.entities;

import io.newsmonitor.nlp.places.DivisionCatalog;
import io.newsmonitor.nlp.text.GuardedPattern;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds places that are no administrative division and that the recogniser misses, by how they are written:
 * regions named by a province's one-character abbreviation and a direction ({@code 川东北}, {@code 渝东},
 * {@code 苏北}, {@code 粤西}), and ports written before a port facility ({@code 龙头港铁路专用线},
 * {@code 果园港集装箱码头}). A region that is also a division's short form (渝北, 湘西, 陕西) is left to the division
 * catalog; an abbreviation that ends a province's name (四川南部, 江苏北部) is no region.
 */
final class PlacesBeyondDivisions {

    private static final String PROVINCES = "[津沪渝冀豫辽湘皖鲁苏浙赣鄂桂晋陕闽贵粤藏川琼黔滇陇]";

    private static final GuardedPattern REGION = GuardedPattern.compile(
            "(?<![四江陕山广湖河海黑辽吉甘青宁新云贵福浙安台内重天上北])" + PROVINCES
                    + "(?:东北|西北|东南|西南|东|西|南|北)(?![方面部边侧京门风瓜])", PROVINCES);

    private static final Pattern PORT = Pattern.compile(
            "(\\p{IsHan}{2})港(?=铁路|码头|作业区|港区|集装箱|物流园|枢纽|专用线|航运|开港)");

    /** Port names that name a kind of port, not one port. */
    private static final Set<String> GENERIC_PORTS = Set.of("空港", "海港", "河港", "内河", "陆港", "无水", "枢纽", "集装", "大型");

    private final DivisionCatalog catalog;

    PlacesBeyondDivisions(DivisionCatalog catalog) {
        this.catalog = catalog;
    }

    Set<String> find(String text) {
        Set<String> places = new LinkedHashSet<>();
        GuardedPattern.Search region = REGION.search(text);
        while (region.find()) {
            if (catalog.byName(region.group()).isEmpty()) {
                places.add(region.group());
            }
        }
        if (text.indexOf('港') < 0) {
            return places; // the expression would try every position to find no port
        }
        Matcher port = PORT.matcher(text);
        while (port.find()) {
            if (!GENERIC_PORTS.contains(port.group(1))) {
                places.add(port.group(1) + "港");
            }
        }
        return places;
    }
}
