package io.newsmonitor.nlp.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The Maven project version of nlp-service, written into {@code pipeline/version.properties} at build time. */
public final class PipelineVersion {

    static final String RESOURCE = "pipeline/version.properties";

    private PipelineVersion() {
    }

    public static String read() {
        try (InputStream in = PipelineVersion.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the classpath; build with Maven");
            }
            Properties properties = new Properties();
            properties.load(in);
            String version = properties.getProperty("version", "");
            if (version.isBlank() || version.contains("${")) {
                throw new IllegalStateException(RESOURCE + " holds no version (was '" + version
                        + "'); Maven resource filtering did not run");
            }
            return version;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
    }
}
