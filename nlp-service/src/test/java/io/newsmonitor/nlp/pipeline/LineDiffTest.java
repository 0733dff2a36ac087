package io.newsmonitor.nlp.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LineDiffTest {

    @Test
    void showsOnlyTheChangedLinesWithTheirNumbers() {
        String golden = "{\n  \"title\" : \"帅乡工业\",\n  \"outlet\" : \"中新网四川\",\n  \"script\" : \"traditional\"\n}\n";
        String now = "{\n  \"title\" : \"帅乡工业\",\n  \"outlet\" : null,\n  \"script\" : \"traditional\"\n}\n";

        assertThat(LineDiff.of(golden, now)).isEqualTo("- 3:   \"outlet\" : \"中新网四川\",\n+ 3:   \"outlet\" : null,");
    }

    @Test
    void showsAddedAndRemovedLines() {
        assertThat(LineDiff.of("a\nb\nc", "a\nc\nd")).isEqualTo("- 2: b\n+ 3: d");
    }
}
