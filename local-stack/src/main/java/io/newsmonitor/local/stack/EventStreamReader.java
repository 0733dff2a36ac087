package io.newsmonitor.local.stack;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Reads a Server-Sent Events stream (query-service's {@code /api/stream}) on a daemon thread and hands
 * each event's name and data to a listener, as it arrives. An event without an {@code event:} line is
 * named {@code message}, as browsers name it. Used by the end-to-end tests and the load benchmark.
 */
public final class EventStreamReader implements AutoCloseable {

    private final BiConsumer<String, String> listener;
    private final Consumer<Exception> onBreak;
    private final Thread reader;
    private volatile InputStream body;
    private volatile boolean connected;
    private volatile boolean closed;

    /**
     * Connects to {@code url} and starts reading.
     *
     * @param listener gets (event name, data) for each event
     * @param onBreak gets the failure when the stream breaks before {@link #close()} was called
     */
    public EventStreamReader(String url, BiConsumer<String, String> listener, Consumer<Exception> onBreak) {
        this.listener = listener;
        this.onBreak = onBreak;
        this.reader = new Thread(() -> read(url), "event-stream-reader");
        reader.setDaemon(true);
        reader.start();
    }

    /** Whether the server has answered 200 and the stream is open. */
    public boolean connected() {
        return connected;
    }

    private void read(String url) {
        try {
            HttpResponse<InputStream> response = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/event-stream").GET().build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            body = response.body();
            if (response.statusCode() != 200) {
                throw new IOException(url + " answered " + response.statusCode() + " instead of an event stream");
            }
            connected = true;
            readEvents(body);
        } catch (Exception e) {
            if (!closed) {
                onBreak.accept(e);
            }
        } finally {
            connected = false;
        }
    }

    private void readEvents(InputStream stream) throws IOException {
        String event = "message";
        StringBuilder data = null;
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                if (line.isEmpty()) {
                    if (data != null) {
                        listener.accept(event, data.toString());
                    }
                    event = "message";
                    data = null;
                } else if (line.startsWith("event:")) {
                    event = line.substring(6).trim();
                } else if (line.startsWith("data:")) {
                    String part = line.substring(5).startsWith(" ") ? line.substring(6) : line.substring(5);
                    data = data == null ? new StringBuilder(part) : data.append('\n').append(part);
                }
            }
        }
    }

    @Override
    public void close() {
        closed = true;
        reader.interrupt();
        InputStream stream = body;
        if (stream != null) {
            try {
                stream.close();
            } catch (IOException alreadyBroken) {
                // nothing more to read either way
            }
        }
    }
}
