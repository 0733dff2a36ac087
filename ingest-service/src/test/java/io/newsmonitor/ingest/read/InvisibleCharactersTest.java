package io.newsmonitor.ingest.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InvisibleCharactersTest {

    @Test
    void removesZeroWidthSpacesWordJoinersAndByteOrderMarksInsideChineseText() {
        assertThat(InvisibleCharacters.strip("巴\u200B中\u2060市\uFEFF委")).isEqualTo("巴中市委");
    }

    @Test
    void removesJoinersNextToHanCharactersAndSpaces() {
        assertThat(InvisibleCharacters.strip("巴\u200C中\u200D市 \u200Dtest\u200C")).isEqualTo("巴中市 test");
    }

    @Test
    void keepsTheJoinersOfAnEmojiSequence() {
        String family = "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67 一家人";

        assertThat(InvisibleCharacters.strip(family)).isEqualTo(family);
    }

    @Test
    void keepsTheNonJoinerInsideAPersianWord() {
        String persian = "می\u200Cخواهم";

        assertThat(InvisibleCharacters.strip(persian)).isEqualTo(persian);
    }

    @Test
    void removesDirectionMarksEmbeddingsOverridesAndIsolates() {
        String spoofed = "\u200E巴中\u202E市委\u202C书记\u200F\u2066王\u2069\u061C";

        assertThat(InvisibleCharacters.strip(spoofed)).isEqualTo("巴中市委书记王");
    }

    @Test
    void removesSoftHyphens() {
        assertThat(InvisibleCharacters.strip("infor\u00ADmation")).isEqualTo("information");
    }

    @Test
    void leavesTextWithoutInvisibleCharactersAsTheSameInstance() {
        String text = "巴中市委召开全会。\n第二段";

        assertThat(InvisibleCharacters.strip(text)).isSameAs(text);
    }

    @Test
    void passesNullThrough() {
        assertThat(InvisibleCharacters.strip(null)).isNull();
    }
}
