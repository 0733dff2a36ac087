package io.newsmonitor.query.rest;

/** A request the client must change before sending it again; answered with 400. */
public final class InvalidRequestException extends RuntimeException {

    public InvalidRequestException(String message) {
        super(message);
    }
}
