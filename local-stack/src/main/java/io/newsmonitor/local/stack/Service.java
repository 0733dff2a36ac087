package io.newsmonitor.local.stack;

/** The three NewsMonitor services, with the Maven module each is built in and its default HTTP port. */
public enum Service {
    INGEST("ingest-service", 8081, "INGEST_HTTP_PORT"),
    NLP("nlp-service", 8082, "NLP_HTTP_PORT"),
    QUERY("query-service", 8080, "QUERY_HTTP_PORT");

    private final String module;
    private final int defaultPort;
    private final String portVariable;

    Service(String module, int defaultPort, String portVariable) {
        this.module = module;
        this.defaultPort = defaultPort;
        this.portVariable = portVariable;
    }

    public String module() {
        return module;
    }

    public int defaultPort() {
        return defaultPort;
    }

    /** The environment variable that overrides the port. */
    public String portVariable() {
        return portVariable;
    }
}
