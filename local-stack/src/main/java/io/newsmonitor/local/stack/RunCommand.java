package io.newsmonitor.local.stack;

import java.nio.file.Path;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The entry point behind {@code ./run.sh}: starts the whole system in the foreground and stops it
 * cleanly on Ctrl-C. Configuration comes from environment variables (see the README).
 */
public final class RunCommand {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");

    private RunCommand() {
    }

    public static void main(String[] args) throws InterruptedException {
        Path home = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        StackSettings settings;
        try {
            settings = StackSettings.fromEnvironment(home, System::getenv);
        } catch (IllegalArgumentException e) {
            System.err.println("NewsMonitor cannot start: " + e.getMessage());
            System.exit(2);
            return;
        }
        NewsMonitorStack stack = new NewsMonitorStack(settings, RunCommand::say);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            say("Shutting down...");
            stack.stop();
            say("Stopped. Your data stays in " + settings.dataDir().toAbsolutePath() + "; run ./run.sh to resume.");
            stopped.countDown();
        }, "newsmonitor-shutdown"));
        try {
            stack.start();
        } catch (RuntimeException e) {
            System.err.println();
            System.err.println("NewsMonitor could not start: " + e.getMessage());
            System.exit(1);
            return;
        }
        printBanner(settings);
        watch(stack, stopped);
    }

    private static void watch(NewsMonitorStack stack, CountDownLatch stopped) throws InterruptedException {
        List<String> reported = List.of();
        while (!stopped.await(2, TimeUnit.SECONDS)) {
            List<String> exited = stack.exitedServices();
            if (!exited.isEmpty() && !exited.equals(reported)) {
                say("WARNING: stopped unexpectedly: " + String.join("; ", exited)
                        + ". Press Ctrl-C and start ./run.sh again.");
                reported = exited;
            }
        }
    }

    private static void printBanner(StackSettings settings) {
        Path data = settings.dataDir().toAbsolutePath();
        System.out.println();
        System.out.println("  NewsMonitor is running.");
        System.out.println();
        System.out.println("  Dashboard:         http://localhost:" + settings.httpPort(Service.QUERY) + "/");
        System.out.println("  Drop articles in:  " + settings.inboxDir().toAbsolutePath());
        System.out.println("  Post articles to:  http://localhost:" + settings.httpPort(Service.INGEST) + "/api/articles");
        System.out.println("  Try enrichment:    http://localhost:" + settings.httpPort(Service.NLP) + "/api/enrich");
        System.out.println("  Kafka:             127.0.0.1:" + settings.kafkaPort()
                + " (articles.raw, articles.enriched, articles.dlq, articles.alerts)");
        System.out.println("  Logs:              " + settings.logsDir().toAbsolutePath() + " and "
                + data.resolve("kafka").resolve("broker.log"));
        System.out.println();
        System.out.println("  Press Ctrl-C to stop; ./run.sh resumes where it stopped.");
        System.out.println();
    }

    private static void say(String message) {
        System.out.println("[" + LocalTime.now().format(CLOCK) + "] " + message);
    }
}
