package io.newsmonitor.local.kafka;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The classpath the broker runs on: the entries of this JVM's classpath that are local-stack's own runtime
 * artifacts (Kafka, Scala, Log4j and their dependencies), listed at build time in {@code broker-artifacts.txt}.
 * A test or benchmark JVM also carries a service's libraries; with them the broker would log through Quarkus's
 * log manager, which ignores the broker's Log4j configuration and had it format TRACE lines for every request.
 */
final class BrokerClassPath {

    private static final String ARTIFACTS = "broker-artifacts.txt";
    /** {@code kafka_2.13-4.1.1.jar} → {@code kafka_2.13}: the name before the version. */
    private static final Pattern VERSIONED_JAR = Pattern.compile("(.+?)-\\d[^/]*\\.jar");

    private BrokerClassPath() {
    }

    /** This JVM's classpath without what the broker does not need; all of it when nothing can be told apart. */
    static String fromRunningJvm() {
        String all = JavaCommand.absoluteClassPath();
        String kept = only(all, artifactNames());
        return kept.isEmpty() ? all : kept;
    }

    /** The entries of {@code classPath} that are jars of one of {@code artifacts}, whatever their version. */
    static String only(String classPath, Set<String> artifacts) {
        return Arrays.stream(classPath.split(File.pathSeparator))
                .filter(entry -> artifacts.contains(artifactName(Path.of(entry).getFileName().toString())))
                .collect(Collectors.joining(File.pathSeparator));
    }

    static String artifactName(String fileName) {
        Matcher versioned = VERSIONED_JAR.matcher(fileName);
        if (versioned.matches()) {
            return versioned.group(1);
        }
        return fileName.endsWith(".jar") ? fileName.substring(0, fileName.length() - 4) : fileName;
    }

    private static Set<String> artifactNames() {
        try (InputStream list = BrokerClassPath.class.getResourceAsStream(ARTIFACTS)) {
            if (list == null) {
                return Set.of();
            }
            return Arrays.stream(new String(list.readAllBytes(), StandardCharsets.UTF_8).trim().split(":"))
                    .map(entry -> artifactName(entry.substring(entry.lastIndexOf('/') + 1)))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + ARTIFACTS + " from local-stack's jar", e);
        }
    }
}
