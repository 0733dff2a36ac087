package io.newsmonitor.nlp.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsmonitor.nlp.support.Seeds;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class GuardedPatternTest {

    @Test
    void findsWhatAPlainSearchFindsInEverySeedWithLookbehindsAndLineAnchors() {
        List<GuardedPattern> patterns = List.of(
                GuardedPattern.compile("(?<!总)(?:书记|市长|主任)(\\p{IsHan}{2,3})", "[书市主]"),
                GuardedPattern.compile("(?m)^\\s*(\\p{IsHan}{2,6}?(?:网|社))", "[\\s\\p{IsHan}]"),
                GuardedPattern.compile("(?<![\\d.])\\d+(?:\\.\\d+)?(?:万|亿)?元|\\d+$", Pattern.MULTILINE, "[0-9]"),
                GuardedPattern.compile("(?:集团|公司|大学)(?=[^\\p{IsHan}]|$)", GuardedPattern.firstCharacters("集团|公司|大学")));
        List<String> texts = seeds();
        assertThat(texts).hasSize(5);
        for (GuardedPattern pattern : patterns) {
            for (String text : texts) {
                assertThat(guardedMatches(pattern, text)).as(pattern.pattern().pattern())
                        .isEqualTo(plainMatches(pattern.pattern(), text));
            }
        }
    }

    @Test
    void findsTheSameMatchesFromAGivenPositionAsMatcherFindFrom() {
        GuardedPattern year = GuardedPattern.compile("(?<!\\d)20\\d{2}年", "[2]");
        String text = "2023年到2025年,12024年不算";
        GuardedPattern.Search search = year.search(text);
        assertThat(search.find(1)).isTrue();
        assertThat(search.group()).isEqualTo("2025年");
        assertThat(search.start()).isEqualTo(6);
        assertThat(search.find()).isFalse();
        assertThat(search.found()).isTrue();
        assertThat(search.group()).isEqualTo("2023年");
    }

    @Test
    void takesTheFirstCharacterOfEachWord() {
        assertThat(GuardedPattern.firstCharacters("集团|公司|大学|学院")).isEqualTo("[集公大学]");
    }

    @Test
    void refusesWordsThatAreRegularExpressions() {
        assertThatThrownBy(() -> GuardedPattern.firstCharacters("集团|(?:公司)"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("(?:公司)");
    }

    @Test
    void refusesAStartClassThatMatchesNoCharacter() {
        assertThatThrownBy(() -> GuardedPattern.compile("公司", "[a&&b]"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("[a&&b]");
    }

    private static List<String> guardedMatches(GuardedPattern pattern, String text) {
        List<String> found = new ArrayList<>();
        GuardedPattern.Search search = pattern.search(text);
        while (search.find()) {
            found.add(search.start() + ":" + search.group());
        }
        return found;
    }

    private static List<String> plainMatches(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            found.add(m.start() + ":" + m.group());
        }
        return found;
    }

    private static List<String> seeds() {
        return Seeds.names().stream().map(name -> Seeds.text(name.substring(0, 3))).toList();
    }
}
