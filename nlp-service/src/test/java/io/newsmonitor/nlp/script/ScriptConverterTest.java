package io.newsmonitor.nlp.script;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsmonitor.nlp.clean.PinyinAnnotationStripper;
import io.newsmonitor.nlp.support.Seeds;
import org.junit.jupiter.api.Test;

class ScriptConverterTest {

    private final ScriptConverter converter = new ScriptConverter();

    @Test
    void convertsTraditionalSeedToSimplified() {
        String simplified = converter.toSimplified(new PinyinAnnotationStripper().strip(Seeds.text("002")));

        assertThat(simplified).contains("市委书记罗增斌出席会议并讲话。").doesNotContain("羅", "會議");
    }

    @Test
    void writesZhuoInVerbCompoundsTheMainlandWay() {
        assertThat(converter.toSimplified("重要著力點,著眼大局")).isEqualTo("重要着力点,着眼大局");
    }

    @Test
    void keepsZhuInWordsWhereItIsCorrect() {
        assertThat(converter.toSimplified("著名作家,成效顯著")).isEqualTo("著名作家,成效显著");
    }

    @Test
    void replacesVariantShaanWithStandardForm() {
        assertThat(converter.toSimplified("川陜革命老區")).isEqualTo("川陕革命老区");
    }

    @Test
    void keepsQianInPersonalNames() {
        assertThat(converter.toSimplified("記者 吳芳 程淇 何乾健")).isEqualTo("记者 吴芳 程淇 何乾健");
    }

    @Test
    void leavesSimplifiedTextUnchanged() {
        String text = Seeds.text("001");
        assertThat(converter.toSimplified(text)).isEqualTo(text);
    }
}
