package io.newsmonitor.e2e;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Reads a Server-Sent Events stream on a background thread and keeps every {@code data:} line. */
final class SseClient implements AutoCloseable {

    private final List<String> data = new CopyOnWriteArrayList<>();
    private final Thread reader;
    private volatile InputStream body;
    private volatile boolean connected;

    SseClient(String url) {
        reader = new Thread(() -> read(url), "sse-reader");
        reader.setDaemon(true);
        reader.start();
    }

    boolean connected() {
        return connected;
    }

    List<String> data() {
        return data;
    }

    private void read(String url) {
        try {
            HttpResponse<InputStream> response = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/event-stream").GET().build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            body = response.body();
            connected = response.statusCode() == 200;
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
                String line;
                while ((line = lines.readLine()) != null) {
                    if (line.startsWith("data:")) {
                        data.add(line.substring(5).trim());
                    }
                }
            }
        } catch (Exception closedOrFailed) {
            // the test closed the stream, or it broke: the assertions on data() tell which matters
        }
    }

    @Override
    public void close() throws Exception {
        InputStream stream = body;
        if (stream != null) {
            stream.close();
        }
        reader.interrupt();
    }
}
