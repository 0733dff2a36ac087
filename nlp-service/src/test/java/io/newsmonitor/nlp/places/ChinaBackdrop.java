package io.newsmonitor.nlp.places;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The backdrop of the dashboard's map, written as the JSON the query service serves as a static file: the seat of
 * every county-level division of the catalog as a {@code [lon, lat]} point rounded to 0.01° (about 1 km; points
 * that round to the same spot are kept once), and the seat of every province with its short name. Each province's
 * points sit on one line, so that a change in the catalog shows as a readable diff. The file carries the data's
 * attribution and the MIT notice of the coordinates.
 */
final class ChinaBackdrop {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String COORDINATES_LICENSE = "/divisions/liulinwjzx_LICENSE.txt";

    static final String ABOUT = "Backdrop of the NewsMonitor dashboard map: the seats of the county-level divisions"
            + " and provinces of GB/T 2260 (WGS-84, rounded to 0.01 degree). Generated from nlp-service's"
            + " DivisionCatalog by ChinaBackdropFileTest; rewrite it with -Dbackdrop.update=true, never by hand.";
    static final String ATTRIBUTION = "Division codes and names: modood/Administrative-divisions-of-China (WTFPL)."
            + " Coordinates: liulinwjzx/liuinwj-public-coding, Copyright (c) 2019 Liulinwj (MIT licence, below),"
            + " converted from BD-09 to WGS-84.";

    private final List<Division> provinces;
    private final Map<String, List<Division>> countiesByProvince;

    ChinaBackdrop(DivisionCatalog catalog) {
        List<Division> located = catalog.names().stream()
                .flatMap(name -> catalog.byName(name).stream())
                .distinct()
                .filter(division -> division.lat() != null && division.lon() != null)
                .sorted(Comparator.comparing(Division::code))
                .toList();
        this.provinces = located.stream().filter(d -> Division.PROVINCE.equals(d.level())).toList();
        this.countiesByProvince = located.stream().filter(d -> Division.COUNTY.equals(d.level()))
                .collect(Collectors.groupingBy(Division::provinceCode, LinkedHashMap::new, Collectors.toList()));
    }

    List<Division> provinces() {
        return provinces;
    }

    /** The distinct rounded county points, "lon,lat", in the order of their codes. */
    Set<String> countyPoints() {
        Set<String> points = new LinkedHashSet<>();
        countiesByProvince.values().forEach(counties -> counties.forEach(county -> points.add(point(county))));
        return points;
    }

    /** The whole file. */
    String json() {
        Set<String> written = new LinkedHashSet<>();
        StringBuilder out = new StringBuilder("{\n");
        out.append("  \"about\": ").append(quoted(ABOUT)).append(",\n");
        out.append("  \"attribution\": ").append(quoted(ATTRIBUTION)).append(",\n");
        out.append("  \"license\": ").append(quoted(coordinatesLicense())).append(",\n");
        out.append("  \"provinces\": [\n");
        out.append(provinces.stream()
                .map(p -> "    {\"code\": " + quoted(p.code()) + ", \"name\": " + quoted(shortName(p))
                        + ", \"lon\": " + rounded(p.lon()) + ", \"lat\": " + rounded(p.lat()) + "}")
                .collect(Collectors.joining(",\n")));
        out.append("\n  ],\n  \"counties\": [\n");
        List<String> lines = countiesByProvince.values().stream()
                .map(counties -> counties.stream().map(ChinaBackdrop::point).filter(written::add)
                        .map(p -> "[" + p + "]").collect(Collectors.joining(",")))
                .filter(line -> !line.isEmpty())
                .toList();
        out.append(lines.stream().map(line -> "    " + line).collect(Collectors.joining(",\n")));
        return out.append("\n  ]\n}\n").toString();
    }

    /** 河北省 → 河北, 内蒙古自治区 → 内蒙古: what a reader of a map of China expects as a label. */
    static String shortName(Division province) {
        return Objects.requireNonNullElse(DivisionNames.shortForm(province.name()), province.name());
    }

    static String point(Division division) {
        return rounded(division.lon()) + "," + rounded(division.lat());
    }

    static String rounded(double degrees) {
        return BigDecimal.valueOf(degrees).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    private static String quoted(String text) {
        try {
            return JSON.writeValueAsString(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not write " + text + " as a JSON string", e);
        }
    }

    private static String coordinatesLicense() {
        try (InputStream in = ChinaBackdrop.class.getResourceAsStream(COORDINATES_LICENSE)) {
            if (in == null) {
                throw new IllegalStateException(COORDINATES_LICENSE + " is missing from the classpath; it must stay"
                        + " next to the coordinates it licenses");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + COORDINATES_LICENSE, e);
        }
    }
}
