package io.newsmonitor.nlp.script;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.houbb.opencc4j.util.ZhConverterUtil;
import io.newsmonitor.nlp.support.Seeds;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The one-pass conversion must give exactly what opencc4j's {@code ZhConverterUtil.toSimple} gives. Compared on every
 * real text the module has: the seeds, the unseen articles, the keyword and evaluation texts, each as it is and
 * turned into Traditional script by opencc4j (so that the Simplified seeds also exercise the phrase entries). No
 * difference was found, so none is allowed.
 */
class TraditionalToSimplifiedTest {

    private static final Path TEST_RESOURCES = Path.of("src", "test", "resources");

    private final TraditionalToSimplified converter = new TraditionalToSimplified();

    @Test
    void givesOpencc4jsResultOnEveryRealText() {
        List<Path> files = realTexts();

        assertThat(files).hasSizeGreaterThanOrEqualTo(20);
        for (Path file : files) {
            String text = read(file);
            assertThat(converter.toSimplified(text)).as(file.toString()).isEqualTo(ZhConverterUtil.toSimple(text));
            String traditional = ZhConverterUtil.toTraditional(text);
            assertThat(converter.toSimplified(traditional)).as("%s in Traditional script", file)
                    .isEqualTo(ZhConverterUtil.toSimple(traditional));
        }
    }

    /**
     * 射覆 has a phrase entry (射复), but 折射 is a word of opencc4j's dictionaries and is cut first, so 覆 stays;
     * none of the real texts has such a case.
     */
    @Test
    void cutsRunsIntoWordsTheWayOpencc4jDoes() {
        assertThat(converter.toSimplified("光線折射覆蓋")).isEqualTo("光线折射覆盖")
                .isEqualTo(ZhConverterUtil.toSimple("光線折射覆蓋"));
        assertThat(converter.toSimplified("射覆遊戲")).isEqualTo("射复游戏").isEqualTo(ZhConverterUtil.toSimple("射覆遊戲"));
    }

    @Test
    void convertsCharactersOutsideHanRunsOneByOne() {
        String text = "ＡＢＣ 2024年 〇 㐀 \uD840\uDC00 e-mail: 黨 ok";
        assertThat(converter.toSimplified(text)).isEqualTo(ZhConverterUtil.toSimple(text)).contains("党");
    }

    @Test
    void leavesEmptyAndBlankTextAsItIs() {
        assertThat(converter.toSimplified("")).isEmpty();
        assertThat(converter.toSimplified(" \n")).isEqualTo(" \n");
    }

    private static List<Path> realTexts() {
        List<Path> files = new ArrayList<>(Seeds.names().stream().map(Seeds.FOLDER::resolve).toList());
        try (Stream<Path> resources = Files.walk(TEST_RESOURCES)) {
            resources.filter(Files::isRegularFile)
                    .filter(file -> file.toString().endsWith(".txt") || file.toString().endsWith(".json"))
                    .sorted()
                    .forEach(files::add);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + TEST_RESOURCES.toAbsolutePath(), e);
        }
        return files;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }
}
