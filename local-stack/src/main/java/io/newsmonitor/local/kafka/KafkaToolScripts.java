package io.newsmonitor.local.kafka;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

/**
 * Stand-ins for the scripts of a Kafka distribution's {@code bin/} folder, for shell scripts written against one
 * (such as the topics job of docker-compose.yml): each runs the same main class as the original, on the broker's
 * classpath, with the arguments it is given.
 */
public final class KafkaToolScripts {

    /** Script name → the main class the distribution's script runs. */
    private static final Map<String, String> TOOLS = Map.of(
            "kafka-topics.sh", "org.apache.kafka.tools.TopicCommand",
            "kafka-broker-api-versions.sh", "org.apache.kafka.tools.BrokerApiVersionsCommand",
            "kafka-configs.sh", "kafka.admin.ConfigCommand");

    private KafkaToolScripts() {
    }

    /** Writes the scripts into {@code binDir} and returns it. */
    public static Path writeTo(Path binDir) {
        try {
            Files.createDirectories(binDir);
            Path log4j = Files.writeString(binDir.resolve("tools-log4j2.properties"), String.join("\n",
                    "appender.err.type = Console",
                    "appender.err.name = ERR",
                    "appender.err.target = SYSTEM_ERR",
                    "appender.err.layout.type = PatternLayout",
                    "appender.err.layout.pattern = [%d] %-5p %m (%c)%n",
                    "rootLogger.level = WARN",
                    "rootLogger.appenderRef.err.ref = ERR",
                    ""), StandardCharsets.UTF_8);
            for (Map.Entry<String, String> tool : TOOLS.entrySet()) {
                String script = "#!/bin/bash\nexec " + quoted(JavaCommand.javaExecutable())
                        + " -Xmx256m -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Dlog4j2.configurationFile=" + quoted(log4j.toUri().toString())
                        + " -cp " + quoted(BrokerClassPath.fromRunningJvm()) + " " + tool.getValue() + " \"$@\"\n";
                Path file = Files.writeString(binDir.resolve(tool.getKey()), script, StandardCharsets.UTF_8);
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
            }
            return binDir;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the Kafka tool scripts into " + binDir
                    + ": check that the folder is writable", e);
        }
    }

    private static String quoted(String word) {
        return "'" + word.replace("'", "'\\''") + "'";
    }
}
