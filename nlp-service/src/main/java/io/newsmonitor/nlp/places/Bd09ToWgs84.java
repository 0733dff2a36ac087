package io.newsmonitor.nlp.places;

/**
 * Converts Baidu BD-09 coordinates to WGS-84, through GCJ-02, with the published formulas. GCJ-02 to
 * WGS-84 has no closed form; it is inverted by fixed-point iteration of the WGS-84 to GCJ-02 offset,
 * which converges to well under a metre in three steps inside China.
 */
public final class Bd09ToWgs84 {

    /** A WGS-84 (or, inside this class, GCJ-02) position in degrees. */
    public record LatLon(double lat, double lon) {
    }

    private static final double X_PI = Math.PI * 3000.0 / 180.0;
    private static final double KRASOVSKY_A = 6378245.0;
    private static final double KRASOVSKY_EE = 0.00669342162296594323;
    private static final int ITERATIONS = 3;

    public LatLon convert(double bdLat, double bdLon) {
        LatLon gcj = bd09ToGcj02(bdLat, bdLon);
        double lat = gcj.lat();
        double lon = gcj.lon();
        for (int i = 0; i < ITERATIONS; i++) {
            LatLon shifted = wgs84ToGcj02(lat, lon);
            lat -= shifted.lat() - gcj.lat();
            lon -= shifted.lon() - gcj.lon();
        }
        return new LatLon(lat, lon);
    }

    static LatLon bd09ToGcj02(double lat, double lon) {
        double x = lon - 0.0065;
        double y = lat - 0.006;
        double z = Math.sqrt(x * x + y * y) - 0.00002 * Math.sin(y * X_PI);
        double theta = Math.atan2(y, x) - 0.000003 * Math.cos(x * X_PI);
        return new LatLon(z * Math.sin(theta), z * Math.cos(theta));
    }

    static LatLon wgs84ToGcj02(double lat, double lon) {
        double dLat = offsetLat(lon - 105.0, lat - 35.0);
        double dLon = offsetLon(lon - 105.0, lat - 35.0);
        double radLat = lat / 180.0 * Math.PI;
        double magic = 1 - KRASOVSKY_EE * Math.sin(radLat) * Math.sin(radLat);
        double sqrtMagic = Math.sqrt(magic);
        dLat = (dLat * 180.0) / ((KRASOVSKY_A * (1 - KRASOVSKY_EE)) / (magic * sqrtMagic) * Math.PI);
        dLon = (dLon * 180.0) / (KRASOVSKY_A / sqrtMagic * Math.cos(radLat) * Math.PI);
        return new LatLon(lat + dLat, lon + dLon);
    }

    private static double offsetLat(double x, double y) {
        double ret = -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * Math.sqrt(Math.abs(x));
        ret += (20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0 / 3.0;
        ret += (20.0 * Math.sin(y * Math.PI) + 40.0 * Math.sin(y / 3.0 * Math.PI)) * 2.0 / 3.0;
        ret += (160.0 * Math.sin(y / 12.0 * Math.PI) + 320 * Math.sin(y * Math.PI / 30.0)) * 2.0 / 3.0;
        return ret;
    }

    private static double offsetLon(double x, double y) {
        double ret = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * Math.sqrt(Math.abs(x));
        ret += (20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0 / 3.0;
        ret += (20.0 * Math.sin(x * Math.PI) + 40.0 * Math.sin(x / 3.0 * Math.PI)) * 2.0 / 3.0;
        ret += (150.0 * Math.sin(x / 12.0 * Math.PI) + 300.0 * Math.sin(x / 30.0 * Math.PI)) * 2.0 / 3.0;
        return ret;
    }
}
