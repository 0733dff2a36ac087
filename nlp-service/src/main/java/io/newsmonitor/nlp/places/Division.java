package io.newsmonitor.nlp.places;

/**
 * One administrative division of GB/T 2260.
 *
 * @param code six-digit code, e.g. {@code 510824}
 * @param name full name, e.g. {@code 苍溪县}
 * @param level {@code province}, {@code city} or {@code county}
 * @param cityCode code of the parent city, or null (provinces, cities, counties directly under a
 *     province or municipality)
 * @param provinceCode code of the province (its own code for a province)
 * @param lat WGS-84 latitude, or null when the source has no coordinates for the code
 * @param lon WGS-84 longitude, or null
 */
public record Division(String code, String name, String level, String cityCode, String provinceCode, Double lat,
        Double lon) {

    public static final String PROVINCE = "province";
    public static final String CITY = "city";
    public static final String COUNTY = "county";

    /** True if the other division is this one's city or province, or this one is the other's. */
    public boolean isRelatedTo(Division other) {
        return isWithin(other) || other.isWithin(this);
    }

    private boolean isWithin(Division other) {
        return !code.equals(other.code) && (other.code.equals(cityCode) || other.code.equals(provinceCode));
    }
}
