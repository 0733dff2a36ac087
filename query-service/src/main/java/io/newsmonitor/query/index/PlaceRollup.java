package io.newsmonitor.query.index;

import io.newsmonitor.events.PlaceMention;
import java.util.ArrayList;
import java.util.List;

/**
 * The administrative divisions a place mention stands for: the division itself and the city and
 * province above it. GB/T 2260 codes carry the hierarchy in their digits (511923 is under 511900
 * and 510000); the names of the divisions above come from the mention's parent chain.
 */
public final class PlaceRollup {

    /** One division, with the name to show for it, or a null name when the event does not carry it. */
    record Division(String code, String name, String level) {
    }

    private PlaceRollup() {
    }

    /** Whether the text is a six-digit division code rather than a place name. */
    static boolean isCode(String value) {
        return value != null && value.length() == 6 && value.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    /** The level a code stands for: {@code province} (xx0000), {@code city} (xxxx00) or {@code county}. */
    static String levelOf(String code) {
        if (code.endsWith("0000")) {
            return "province";
        }
        return code.endsWith("00") ? "city" : "county";
    }

    /**
     * Whether the mention stands for the wanted place: the same division or one under it when the
     * wanted place is a code, else the same name (as written, official, or a parent's name).
     */
    public static boolean matches(PlaceMention place, String wanted) {
        if (isCode(wanted)) {
            return divisions(place).stream().anyMatch(d -> d.code().equals(wanted));
        }
        return wanted.equals(place.name()) || wanted.equals(place.fullName()) || place.parents().contains(wanted);
    }

    /** The mention's own division first, then its city and province; empty when it is not resolved. */
    static List<Division> divisions(PlaceMention place) {
        String code = place.code();
        if (!isCode(code)) {
            return List.of();
        }
        List<Division> divisions = new ArrayList<>(3);
        String level = place.level() == null ? levelOf(code) : place.level();
        divisions.add(new Division(code, place.fullName() == null ? place.name() : place.fullName(), level));
        List<String> parents = place.parents(); // province first
        String city = code.substring(0, 4) + "00";
        String province = code.substring(0, 2) + "0000";
        if (!city.equals(code) && !province.equals(code)) {
            // A county directly under its province (仙桃市) has only the province as parent: no city to add.
            String cityName = parents.size() >= 2 ? parents.get(1) : null;
            if (cityName != null || parents.isEmpty()) {
                divisions.add(new Division(city, cityName, "city"));
            }
        }
        if (!province.equals(code)) {
            divisions.add(new Division(province, parents.isEmpty() ? null : parents.get(0), "province"));
        }
        return divisions;
    }
}
