package io.newsmonitor.local.kafka;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

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
        return forMainClass(jvmOptions, absoluteClassPath(), mainClass, args);
    }

    /** A command running {@code mainClass} on {@code classPath}, in its own session like the other. */
    public static List<String> forMainClass(List<String> jvmOptions, String classPath, String mainClass,
            List<String> args) {
        List<String> command = new ArrayList<>(ownSessionPrefix());
        command.add(javaExecutable());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(classPath);
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

    /** This JVM's classpath with every entry made absolute, since children run in other folders. */
    static String absoluteClassPath() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.isBlank())
                .map(entry -> Path.of(entry).toAbsolutePath().toString())
                .collect(Collectors.joining(File.pathSeparator));
    }

    private static List<String> ownSessionPrefix() {
        Path setsid = Path.of("/usr/bin/setsid");
        return Files.isExecutable(setsid) ? List.of(setsid.toString()) : List.of();
    }
}
