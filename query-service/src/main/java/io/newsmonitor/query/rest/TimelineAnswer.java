package io.newsmonitor.query.rest;

import io.newsmonitor.query.view.Timeline;
import java.util.List;

/**
 * The answer of {@code GET /api/timeline}.
 *
 * @param interval {@code hour} or {@code day}
 * @param buckets articles per bucket in China time, from the first to the last, gaps filled with 0
 */
public record TimelineAnswer(String interval, List<Timeline.Bucket> buckets) {
}
