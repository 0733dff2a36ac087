package io.newsmonitor.ingest.rest;

/** The JSON body of every error answer: what was wrong and what to do. */
public record ErrorBody(String error) {
}
