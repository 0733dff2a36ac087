package io.newsmonitor.nlp.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsmonitor.events.RawArticle;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RawArticleAdmissionTest {

    private final RawArticleAdmission admission = new RawArticleAdmission(20);

    @Test
    void admitsAShortChineseArticle() {
        assertThatCode(() -> admission.admit(article("县委书记李余良主持会议。"), "articles.raw-0 offset 7"))
                .doesNotThrowAnyException();
    }

    @Test
    void refusesATextLongerThanTheLimitSayingHowLongAndWhatToDo() {
        assertThatThrownBy(() -> admission.admit(article("巴中".repeat(11)), "articles.raw-2 offset 9"))
                .isInstanceOf(EnrichmentException.class)
                .hasMessageContaining("has 22 characters, more than nlp.max-text-chars=20")
                .hasMessageContaining("articles.raw-2 offset 9")
                .hasMessageContaining("NLP_MAX_TEXT_CHARS")
                .satisfies(e -> assertThat(((EnrichmentException) e).stage()).isEqualTo("admit"));
    }

    @Test
    void refusesATextOfOnlyEmojiAndControlCharacters() {
        assertThatThrownBy(() -> admission.admit(article("😀\u0001🎉\u200b\u202e\t"), "articles.raw-0 offset 1"))
                .isInstanceOf(EnrichmentException.class)
                .hasMessageContaining("no letter or digit");
    }

    @Test
    void admitsATextWithOneDigitAmongSymbols() {
        assertThatCode(() -> admission.admit(article("😀 7 🎉"), "articles.raw-0 offset 1")).doesNotThrowAnyException();
    }

    @Test
    void refusesALimitBelowOne() {
        assertThatThrownBy(() -> new RawArticleAdmission(0)).hasMessageContaining("nlp.max-text-chars");
    }

    private static RawArticle article(String text) {
        return RawArticle.of("a.txt", text.length(), Instant.EPOCH, text);
    }
}
