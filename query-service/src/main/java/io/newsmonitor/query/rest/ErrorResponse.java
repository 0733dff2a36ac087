package io.newsmonitor.query.rest;

/**
 * The body of every error answer: {@code {"error": "..."}}, saying what was wrong and what to do.
 */
public record ErrorResponse(String error) {
}
