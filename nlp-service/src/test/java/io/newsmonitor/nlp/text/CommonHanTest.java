package io.newsmonitor.nlp.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class CommonHanTest {

    @Test
    void holdsOnlyHanLettersThatTheExpressionsOfNamesAcceptAndTheirRejectionsRefuse() {
        Pattern han = Pattern.compile("\\p{IsHan}");
        Pattern notInAName = Pattern.compile("[\\p{P}\\p{S}\\p{N}\\s\\p{IsLatin}]");
        int common = 0;
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            if (CommonHan.is(c)) {
                String one = String.valueOf((char) c);
                assertThat(Character.getType(c)).as("U+%04X", c).isEqualTo((int) Character.OTHER_LETTER);
                assertThat(han.matcher(one).matches()).as("U+%04X", c).isTrue();
                assertThat(notInAName.matcher(one).find()).as("U+%04X", c).isFalse();
                common++;
            }
        }
        assertThat(common).isEqualTo(0x9FA5 - 0x4E00 + 1);
    }

    @Test
    void acceptsAStringOfCommonIdeographsOnly() {
        assertThat(CommonHan.all("苍溪县")).isTrue();
        assertThat(CommonHan.all("")).isFalse();
        assertThat(CommonHan.all("〇一")).isFalse();
        assertThat(CommonHan.all("李a")).isFalse();
    }
}
