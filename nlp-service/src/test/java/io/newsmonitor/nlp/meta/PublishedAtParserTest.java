package io.newsmonitor.nlp.meta;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PublishedAtParserTest {

    private final PublishedAtParser parser = new PublishedAtParser();

    @Test
    void convertsIsoTimesWithAnOffsetToChinaTime() {
        assertThat(parser.parse("2024-10-17T13:18:00Z")).isEqualTo("2024-10-17T21:18:00+08:00");
        assertThat(parser.parse("2024-10-17T21:18:00+08:00")).isEqualTo("2024-10-17T21:18:00+08:00");
    }

    @Test
    void readsLocalTimesAsChinaTime() {
        assertThat(parser.parse("2024-02-20 02:03:38")).isEqualTo("2024-02-20T02:03:38+08:00");
        assertThat(parser.parse("2024/02/20 02:03")).isEqualTo("2024-02-20T02:03:00+08:00");
        assertThat(parser.parse("2024-02-20T02:03:38")).isEqualTo("2024-02-20T02:03:38+08:00");
        assertThat(parser.parse("2022-07-24")).isEqualTo("2022-07-24T00:00:00+08:00");
    }

    @Test
    void readsRfc1123AndChineseDates() {
        assertThat(parser.parse("Thu, 17 Oct 2024 13:18:00 GMT")).isEqualTo("2024-10-17T21:18:00+08:00");
        assertThat(parser.parse("2024年10月17日 21:18")).isEqualTo("2024-10-17T21:18:00+08:00");
    }

    @Test
    void ignoresWhatItCannotRead() {
        assertThat(parser.parse("yesterday")).isNull();
        assertThat(parser.parse("  ")).isNull();
        assertThat(parser.parse(null)).isNull();
    }
}
