package io.newsmonitor.nlp.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import io.newsmonitor.nlp.support.Seeds;
import java.util.List;
import org.junit.jupiter.api.Test;

class PinyinAnnotationStripperTest {

    private final PinyinAnnotationStripper stripper = new PinyinAnnotationStripper();

    @Test
    void stripsPinyinAfterTraditionalCharacters() {
        assertThat(stripper.strip("聯(lián)系人:李先生\n網(wǎng)址: hg5777.cn")).isEqualTo("聯系人:李先生\n網址: hg5777.cn");
    }

    @Test
    void stripsPinyinInFullWidthParentheses() {
        assertThat(stripper.strip("會（huì）議召開")).isEqualTo("會議召開");
    }

    @Test
    void stripsPinyinAfterAQuestionMarkLeftByMojibake() {
        assertThat(stripper.strip("請(qǐng)?jiān)?0日內進(jìn)行")).isEqualTo("請?0日內進行");
    }

    @Test
    void stripsNeutralToneSyllablesFromTheAllowList() {
        assertThat(stripper.strip("我們(men)的(de)書")).isEqualTo("我們的書");
    }

    @Test
    void stripsDecomposedToneMarksAfterNormalisingToNfc() {
        assertThat(stripper.strip("聯(lia\u0301n)系")).isEqualTo("聯系");
    }

    @Test
    void leavesParenthesisedChineseAndAcronymsAlone() {
        String text = "绿色基材(工业硅)项目,青川县委常委会召开(扩大)会议,人工智能(AI)和中国(china)";
        assertThat(stripper.strip(text)).isEqualTo(text);
    }

    @Test
    void leavesPinyinAfterLatinLettersAlone() {
        assertThat(stripper.strip("hg5777(wǎng)")).isEqualTo("hg5777(wǎng)");
    }

    @Test
    void leavesNoPinyinInTraditionalSeed() {
        String stripped = stripper.strip(Seeds.text("003"));

        assertThat(stripped).doesNotContainPattern("[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]{1,7}[)）]");
        assertThat(stripped).contains("帥鄉工業高質量發展:再造一個“工業樂至”");
    }

    @Test
    void recordsEachRemovedAnnotationWithItsCharacterAndKeepsAtMost200() {
        Removals removed = new Removals();

        assertThat(stripper.strip("聯(lián)系人(AI)網(wǎng)址", removed)).isEqualTo("聯系人(AI)網址");
        assertThat(removed.asMap()).containsExactly(entry("pinyin", List.of("聯(lián)", "網(wǎng)")));

        Removals many = new Removals();
        stripper.strip("聯(lián)".repeat(250), many);
        assertThat(many.asMap().get("pinyin")).hasSize(Removals.MAX_PER_CATEGORY);
    }
}
