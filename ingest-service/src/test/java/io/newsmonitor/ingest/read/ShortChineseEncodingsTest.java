package io.newsmonitor.ingest.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Short inputs (a headline, a caption, a contact line) in GBK or Big5, where the detector alone often has no
 * answer or a wrong one: every short sentence of the seeds, re-encoded, reads back to exactly itself.
 */
class ShortChineseEncodingsTest {

    private static final Path SEEDS = Path.of("../seeds");
    private static final int MAX_SENTENCE_CHARS = 30;

    private final ArticleReader reader = new ArticleReader(1024 * 1024);

    /** Every sentence (split at line breaks and full stops) of every seed, up to 30 characters, that GBK can encode. */
    static Stream<String> shortSeedSentences() {
        try (Stream<Path> seeds = Files.list(SEEDS)) {
            return seeds.sorted().map(ShortChineseEncodingsTest::read)
                    .flatMap(text -> Arrays.stream(text.split("[。\n]")))
                    .map(String::strip)
                    .filter(s -> !s.isEmpty() && s.length() <= MAX_SENTENCE_CHARS && !s.chars().allMatch(c -> c < 0x80))
                    .filter(Charset.forName("GBK").newEncoder()::canEncode)
                    .distinct().toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Stream<String> shortSeedSentencesInBig5() {
        return shortSeedSentences().filter(CharsetDetector.BIG5.newEncoder()::canEncode);
    }

    @ParameterizedTest
    @MethodSource("shortSeedSentences")
    void readsAShortSentenceSavedAsGbk(String sentence) throws Exception {
        ReadResult result = reader.read("short.txt", sentence.getBytes(Charset.forName("GBK")));

        assertThat(result.charset()).isEqualTo(CharsetDetector.GB18030);
        assertThat(result.articles()).singleElement().extracting(ReadArticle::text).isEqualTo(sentence);
    }

    @ParameterizedTest
    @MethodSource("shortSeedSentencesInBig5")
    void readsAShortSentenceSavedAsBig5(String sentence) throws Exception {
        ReadResult result = reader.read("short.txt", sentence.getBytes(CharsetDetector.BIG5));

        assertThat(result.charset()).isEqualTo(CharsetDetector.BIG5);
        assertThat(result.articles()).singleElement().extracting(ReadArticle::text).isEqualTo(sentence);
    }

    @Test
    void aGbkLineTheDetectorHasNoAnswerForIsDecidedByCharacterFrequency() throws Exception {
        ReadResult result = reader.read("caption.txt", "區(qū)委書記王志杰講話".getBytes(Charset.forName("GBK")));

        assertThat(result.charsetSource()).isEqualTo(CharsetDetector.Source.CHARACTER_FREQUENCY);
        assertThat(result.charset()).isEqualTo(CharsetDetector.GB18030);
        assertThat(result.articles().get(0).text()).isEqualTo("區(qū)委書記王志杰講話");
    }

    @Test
    void aBig5CaptionTheDetectorTakesForThaiIsDecidedByCharacterFrequency() throws Exception {
        ReadResult result = reader.read("caption.txt", "供圖".getBytes(CharsetDetector.BIG5));

        assertThat(result.charsetSource()).isEqualTo(CharsetDetector.Source.CHARACTER_FREQUENCY);
        assertThat(result.charset()).isEqualTo(CharsetDetector.BIG5);
        assertThat(result.articles().get(0).text()).isEqualTo("供圖");
    }

    private static String read(Path seed) {
        try {
            return Files.readString(seed);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
