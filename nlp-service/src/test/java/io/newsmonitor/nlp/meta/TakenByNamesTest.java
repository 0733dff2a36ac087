package io.newsmonitor.nlp.meta;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsmonitor.nlp.support.RandomTexts;
import io.newsmonitor.nlp.support.Seeds;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class TakenByNamesTest {

    /** The expression the scan replaces, as BylineExtractor ran it before. */
    private static final Pattern TAKEN_BY = Pattern.compile(
            "(?<!\\p{IsHan})(\\p{IsHan}{2,3})[ \\t\\u3000]*摄[ \\t\\u3000]*(?:$|(?=[)）]))", Pattern.MULTILINE);

    @Test
    void findsTheNameBeforeTakenAtALineEndOrBeforeABracket() {
        assertThat(TakenByNames.find("现场。孙小红 摄\n演练（罗彬 摄）\n记者孙小红 摄\n王五 摄影"))
                .containsExactly(new TakenByNames.Found(3, "孙小红"), new TakenByNames.Found(12, "罗彬"));
    }

    @Test
    void findsWhatTheExpressionFindsInEverySeed() {
        for (String name : Seeds.names()) {
            String text = Seeds.text(name.substring(0, 3));
            assertThat(found(text)).as(name).isEqualTo(expected(text));
        }
    }

    @Test
    void findsWhatTheExpressionFindsInRandomTextsOfNamesSpacesAndBreaks() {
        // Han characters (one outside the BMP), the spaces and brackets of the expression, line terminators.
        String[] pieces = {"孙", "小", "红", "摄", "影", " ", "\t", "\u3000", "\n", "\r", "\r\n", "\u2028", ")", "）", "a", "1",
            "(", "𠀀"};
        Random random = new Random(7);
        for (int i = 0; i < 20_000; i++) {
            String text = RandomTexts.of(random, pieces, 14);
            assertThat(found(text)).as(text).isEqualTo(expected(text));
        }
    }

    private static List<String> found(String text) {
        return TakenByNames.find(text).stream().map(f -> f.at() + ":" + f.name()).toList();
    }

    private static List<String> expected(String text) {
        List<String> names = new ArrayList<>();
        Matcher m = TAKEN_BY.matcher(text);
        while (m.find()) {
            names.add(m.start() + ":" + m.group(1));
        }
        return names;
    }
}
