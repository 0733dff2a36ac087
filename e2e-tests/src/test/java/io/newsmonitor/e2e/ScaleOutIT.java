package io.newsmonitor.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.newsmonitor.events.Topics;
import io.newsmonitor.local.samples.SampleArticles;
import io.newsmonitor.local.stack.NewsMonitorStack;
import io.newsmonitor.local.stack.Service;
import io.newsmonitor.local.stack.StackSettings;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two nlp-service instances in one consumer group share the partitions of articles.raw: both take
 * partitions, both enrich articles, and every article is in the view once.
 */
class ScaleOutIT {

    private static final Path HOME = Path.of(System.getProperty("newsmonitor.home", "..")).toAbsolutePath().normalize();
    private static final Duration ARRIVAL = Duration.ofSeconds(240);
    private static final String NLP_GROUP = "nlp-service";

    @TempDir
    static Path dataDir;

    private static StackSettings settings;
    private static NewsMonitorStack stack;

    @BeforeAll
    static void startTheStackWithTwoEnrichers() {
        settings = StackSettings.onFreePorts(HOME, dataDir, null);
        // One consumer per instance, so that each group member is one instance; several consumers inside one
        // instance are ConcurrentPartitionsIT's subject (nlp-service).
        stack = new NewsMonitorStack(settings, message -> System.out.println("[stack] " + message))
                .withEnvironment(Service.NLP, "NLP_CONSUMERS", "1")
                .start();
        stack.startExtraInstance(Service.NLP);
    }

    @AfterAll
    static void stopTheStack() {
        if (stack != null) {
            stack.stop();
        }
    }

    @Test
    void twoEnrichersShareThePartitionsAndEveryArticleIsInTheViewOnce() throws Exception {
        await().atMost(ARRIVAL).untilAsserted(() -> assertThat(membersWithPartitions()).hasSize(2));
        List<Set<TopicPartition>> assignments = membersWithPartitions();
        assertThat(assignments.get(0)).doesNotContainAnyElementsOf(assignments.get(1));
        assertThat(assignments.stream().mapToInt(Set::size).sum()).isEqualTo(Topics.RAW_PARTITIONS);

        SampleArticles samples = SampleArticles.fromSeeds(HOME.resolve("seeds"));
        int before = viewTotal();
        List<String> ids = new ArrayList<>();
        for (int n = 0; n < 300; n++) {
            HttpResponse<String> posted = Api.postText(settings.baseUrl(Service.INGEST) + "/api/articles",
                    samples.article("scale-out", n));
            assertThat(posted.statusCode()).isEqualTo(202);
            ids.add(Api.parse(posted.body()).path("id").asText());
        }

        await().atMost(ARRIVAL).untilAsserted(() -> assertThat(viewTotal()).isEqualTo(before + 300));
        Map<String, Long> enriched = TopicRecords.countByKey(
                TopicRecords.readAll(stack.broker().bootstrapServers(), Topics.ENRICHED));
        assertThat(ids).allSatisfy(id -> assertThat(enriched.get(id)).as("enriched records of %s", id).isEqualTo(1L));
        long first = enrichedLines(settings.logsDir().resolve("nlp-service.log"));
        long second = enrichedLines(settings.logsDir().resolve("nlp-service-2.log"));
        System.out.println("[scale] nlp-service enriched " + first + " articles, nlp-service-2 enriched " + second);
        assertThat(first).isPositive();
        assertThat(second).isPositive();
    }

    private static List<Set<TopicPartition>> membersWithPartitions() throws Exception {
        try (Admin admin = stack.broker().admin()) {
            ConsumerGroupDescription group = admin.describeConsumerGroups(List.of(NLP_GROUP))
                    .describedGroups().get(NLP_GROUP).get(10, TimeUnit.SECONDS);
            Collection<MemberDescription> members = group.members();
            return members.stream()
                    .map(member -> member.assignment().topicPartitions())
                    .filter(partitions -> !partitions.isEmpty())
                    .toList();
        }
    }

    private static long enrichedLines(Path log) throws IOException {
        try (var lines = Files.lines(log)) {
            return lines.filter(line -> line.contains("Enriched article")).count();
        }
    }

    private static int viewTotal() {
        return Api.getJson(settings.baseUrl(Service.QUERY) + "/api/articles?limit=1").path("total").asInt();
    }
}
