package io.newsmonitor.ingest.publish;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsmonitor.events.EventJson;
import io.newsmonitor.events.RawArticle;
import io.newsmonitor.events.Topics;
import io.newsmonitor.ingest.TempFolders;
import io.quarkus.kafka.client.serialization.ObjectMapperSerializer;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(TempFolders.class)
class RawArticleJsonTest {

    private final RawArticle article = RawArticle.of("a.txt", 6, Instant.parse("2025-03-01T08:00:00.123Z"), "新闻");

    @Test
    void theKafkaSerializerWritesInstantsAsIso8601Strings() throws Exception {
        try (ObjectMapperSerializer<RawArticle> serializer = new ObjectMapperSerializer<>()) {
            JsonNode json = new ObjectMapper().readTree(serializer.serialize(Topics.RAW, article));

            assertThat(json.get("receivedAt").isTextual()).isTrue();
            assertThat(json.get("receivedAt").asText()).isEqualTo("2025-03-01T08:00:00.123Z");
            assertThat(json.get("text").asText()).isEqualTo("新闻");
        }
    }

    @Test
    void whatTheSerializerWritesReadsBackWithTheContractMapper() {
        try (ObjectMapperSerializer<RawArticle> serializer = new ObjectMapperSerializer<>()) {
            byte[] bytes = serializer.serialize(Topics.RAW, article);

            assertThat(EventJson.read(new String(bytes, java.nio.charset.StandardCharsets.UTF_8), RawArticle.class))
                    .isEqualTo(article);
        }
    }

    @Test
    void theChannelIsBoundToTheRawTopic() {
        assertThat(ConfigProvider.getConfig()
                .getValue("mp.messaging.outgoing." + ArticlePublisher.CHANNEL + ".topic", String.class))
                .isEqualTo(Topics.RAW);
    }
}
