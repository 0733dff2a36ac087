package io.newsmonitor.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** Draws end-to-end latency over the time of a run as a PNG. */
final class LatencyPlot {

    private LatencyPlot() {
    }

    /**
     * Writes a scatter chart: x is seconds since the first article was dropped, y is its latency.
     *
     * @param title the chart's title, e.g. the rate and machine
     * @param seconds when each article was dropped
     * @param latencyMs each article's file-to-API latency
     */
    static void write(Path png, String title, List<Double> seconds, List<Double> latencyMs) throws IOException {
        XYChart chart = new XYChartBuilder().width(1000).height(500).title(title)
                .xAxisTitle("seconds since the first article was dropped")
                .yAxisTitle("file dropped -> visible in the query API (ms)").build();
        chart.getStyler().setDefaultSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        chart.getStyler().setMarkerSize(3);
        chart.getStyler().setLegendVisible(false);
        XYSeries series = chart.addSeries("latency", seconds, latencyMs);
        series.setMarker(SeriesMarkers.CIRCLE);
        Path parent = png.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        BitmapEncoder.saveBitmap(chart, png.toString(), BitmapEncoder.BitmapFormat.PNG);
    }
}
