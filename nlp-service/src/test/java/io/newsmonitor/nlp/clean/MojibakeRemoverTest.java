package io.newsmonitor.nlp.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.util.List;
import org.junit.jupiter.api.Test;

class MojibakeRemoverTest {

    private final MojibakeRemover remover = new MojibakeRemover();

    @Test
    void removesReplacementCharacters() {
        assertThat(remover.remove("巴中\uFFFD\uFFFD市")).isEqualTo("巴中市");
    }

    @Test
    void removesQuestionMarkBetweenHanCharactersAndDigits() {
        assertThat(remover.remove("請?0日內")).isEqualTo("請0日內");
    }

    @Test
    void removesKanaAndDoubleBarsFromGarbledGbk() {
        assertThat(remover.remove("币蠛褪∥ぷ魉悸返目傋ナ")).isEqualTo("币蠛褪魉悸返目傋");
    }

    @Test
    void keepsQuestionMarkThatEndsASentence() {
        assertThat(remover.remove("这是真的吗? 是的。")).isEqualTo("这是真的吗? 是的。");
    }

    @Test
    void recordsEachDamagedRunWithTwoCharactersOfContext() {
        Removals removed = new Removals();

        assertThat(remover.remove("請?0日內,悸返目傋ナ?,", removed)).isEqualTo("請0日內,悸返目傋?,");
        assertThat(removed.asMap()).containsExactly(entry("mojibake", List.of("請?0日", "目傋ナ?,")));
    }
}
