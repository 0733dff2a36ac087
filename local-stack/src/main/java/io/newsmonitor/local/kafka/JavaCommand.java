package io.newsmonitor.local.kafka;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Builds command lines that run a Java main class in a new JVM, with this JVM's runtime and classpath. */
public final class JavaCommand {

    private JavaCommand() {
    }

    /** The {@code java} launcher of the running JVM. */
    public static String javaExecutable() {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        return Files.isExecutable(java) ? java.toString() : "java";
    }

    /**
     * A command running {@code mainClass} on this JVM's classpath. On Linux the process gets its own
     * session ({@code setsid}), so a Ctrl-C in the terminal reaches only the launcher, which then stops
     * its children in order.
     */
    public static List<String> forMainClass(List<String> jvmOptions, String mainClass, List<String> args) {
        List<String> command = new ArrayList<>(ownSessionPrefix());
        command.add(javaExecutable());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(mainClass);
        command.addAll(args);
        return command;
    }

    /** A command running an executable jar. */
    public static List<String> forJar(List<String> jvmOptions, Path jar) {
        List<String> command = new ArrayList<>(ownSessionPrefix());
        command.add(javaExecutable());
        command.addAll(jvmOptions);
        command.add("-jar");
        command.add(jar.toString());
        return command;
    }

    private static List<String> ownSessionPrefix() {
        Path setsid = Path.of("/usr/bin/setsid");
        return Files.isExecutable(setsid) ? List.of(setsid.toString()) : List.of();
    }
}
