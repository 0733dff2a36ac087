package io.newsmonitor.nlp.meta;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HeadlineGeneratorTest {

    private final HeadlineGenerator generator = new HeadlineGenerator();

    @Test
    void takesAShortFirstSentenceWithoutItsFullStop() {
        assertThat(generator.generate("会议指出,全县各级各部门要全面学习领会市委全会精神。第二句。"))
                .isEqualTo("会议指出,全县各级各部门要全面学习领会市委全会精神");
    }

    @Test
    void cutsALongSentenceAtTheLastClauseBoundaryThatFits() {
        String summary = "连日来,苍溪、旺苍、剑阁、青川、利州、昭化、朝天及广元经济技术开发区分别召开会议,传达学习市委八届六次全会精神。";

        assertThat(generator.generate(summary)).isEqualTo("连日来,苍溪、旺苍、剑阁、青川、利州、昭化");
    }

    @Test
    void cutsASentenceWithoutClausesAtThirtyCharacters() {
        String sentence = "一二三四五六七八九十".repeat(4) + "。";

        assertThat(generator.generate(sentence)).hasSize(HeadlineGenerator.MAX_CHARS);
    }

    @Test
    void returnsNullForAnEmptySummary() {
        assertThat(generator.generate("")).isNull();
        assertThat(generator.generate(null)).isNull();
    }
}
