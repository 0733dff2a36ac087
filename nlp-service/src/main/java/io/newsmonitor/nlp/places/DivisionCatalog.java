package io.newsmonitor.nlp.places;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every province, city and county of GB/T 2260 (modood 2023 codes), with WGS-84 coordinates converted
 * from the liulinwjzx BD-09 table by code, findable by full and short name. Loaded once from the
 * classpath ({@code /divisions/}); immutable and thread-safe.
 */
public final class DivisionCatalog {

    private static final String FOLDER = "/divisions/";

    private final Map<String, Division> byCode;
    private final Map<String, List<Division>> byName;

    private DivisionCatalog(Map<String, Division> byCode) {
        this.byCode = Collections.unmodifiableMap(byCode);
        Map<String, List<Division>> names = new HashMap<>();
        for (Division division : byCode.values()) {
            addName(names, division.name(), division);
            String shortForm = DivisionNames.shortForm(division.name());
            if (shortForm != null) {
                addName(names, shortForm, division);
            }
        }
        names.replaceAll((name, divisions) -> List.copyOf(divisions));
        this.byName = Collections.unmodifiableMap(names);
    }

    /** The catalog, read from the classpath on first use. */
    public static DivisionCatalog shared() {
        return Holder.INSTANCE;
    }

    private static final class Holder {
        private static final DivisionCatalog INSTANCE = load();
    }

    static DivisionCatalog load() {
        Map<String, Bd09ToWgs84.LatLon> coordinates = coordinates();
        Map<String, Division> divisions = new LinkedHashMap<>();
        for (String[] row : CsvRows.read(FOLDER + "provinces.csv")) {
            String code = row[0] + "0000";
            divisions.put(code, division(code, row[1], Division.PROVINCE, null, code, coordinates));
        }
        for (String[] row : CsvRows.read(FOLDER + "cities.csv")) {
            if (!DivisionNames.isPlaceholder(row[1])) {
                String code = row[0] + "00";
                divisions.put(code, division(code, row[1], Division.CITY, null, row[2] + "0000", coordinates));
            }
        }
        for (String[] row : CsvRows.read(FOLDER + "areas.csv")) {
            String city = row[2] + "00";
            String cityCode = divisions.containsKey(city) ? city : null;
            // 东莞市, 中山市 and 儋州市 have no counties and are listed again as their own only "county"
            divisions.putIfAbsent(row[0],
                    division(row[0], row[1], Division.COUNTY, cityCode, row[3] + "0000", coordinates));
        }
        return new DivisionCatalog(divisions);
    }

    private static Division division(String code, String name, String level, String cityCode, String provinceCode,
            Map<String, Bd09ToWgs84.LatLon> coordinates) {
        Bd09ToWgs84.LatLon at = coordinates.get(code);
        return new Division(code, name, level, cityCode, provinceCode, at == null ? null : at.lat(),
                at == null ? null : at.lon());
    }

    /** WGS-84 positions by code from the current (not revoked) rows of the liulinwjzx table. */
    private static Map<String, Bd09ToWgs84.LatLon> coordinates() {
        Bd09ToWgs84 converter = new Bd09ToWgs84();
        Map<String, Bd09ToWgs84.LatLon> coordinates = new HashMap<>();
        for (String[] row : CsvRows.read(FOLDER + "liulinwjzx_GB_2260_bd09.csv")) {
            boolean revoked = "1".equals(row[9]);
            if (!revoked && !row[5].isEmpty() && !row[6].isEmpty()) {
                coordinates.put(row[2], converter.convert(Double.parseDouble(row[5]), Double.parseDouble(row[6])));
            }
        }
        return coordinates;
    }

    /** The division with this six-digit code, or null. */
    public Division byCode(String code) {
        return byCode.get(code);
    }

    /** The divisions with this full name or short form; empty if none. */
    public List<Division> byName(String name) {
        return byName.getOrDefault(name, List.of());
    }

    public int size() {
        return byCode.size();
    }

    /** Every full name and short form. */
    Set<String> names() {
        return byName.keySet();
    }

    private static void addName(Map<String, List<Division>> names, String name, Division division) {
        List<Division> list = names.computeIfAbsent(name, n -> new ArrayList<>());
        if (!list.contains(division)) {
            list.add(division);
        }
    }
}
