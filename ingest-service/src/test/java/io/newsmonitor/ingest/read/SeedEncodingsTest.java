package io.newsmonitor.ingest.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every seed article, saved the ways users save it, reads back to exactly the seed text. */
class SeedEncodingsTest {

    private static final Path SEEDS = Path.of("../seeds");
    private static final String[] ALL = {"000_5491ee7717dd1de5.txt", "001_7d9b857bafb98f1d.txt",
            "002_4cf52e65458ed11e.txt", "003_ebd92fc11dedd122.txt", "004_f1aac2ba4ab8f433.txt"};
    private static final String[] TRADITIONAL = Arrays.copyOfRange(ALL, 2, 5);

    @TempDir
    Path dir;

    private final ArticleReader reader = new ArticleReader(1024 * 1024);

    static Stream<Arguments> seedsAndUnicodeEncodings() {
        return Arrays.stream(ALL).flatMap(seed -> Stream.of(
                Arguments.of(seed, "UTF-8", false, StandardCharsets.UTF_8),
                Arguments.of(seed, "UTF-8", true, StandardCharsets.UTF_8),
                Arguments.of(seed, "UTF-16LE", true, StandardCharsets.UTF_16LE),
                Arguments.of(seed, "UTF-16BE", true, StandardCharsets.UTF_16BE)));
    }

    @ParameterizedTest(name = "{0} as {1}, byte order mark {2}")
    @MethodSource("seedsAndUnicodeEncodings")
    void readsUnicodeEncodingsWithAndWithoutByteOrderMark(String seed, String encoding, boolean bom, Charset expected)
            throws Exception {
        String text = Files.readString(SEEDS.resolve(seed));
        byte[] bytes = ((bom ? "\uFEFF" : "") + text).getBytes(Charset.forName(encoding));

        ReadResult result = reader.read(seed, write(seed, bytes));

        assertThat(result.charset()).isEqualTo(expected);
        assertThat(result.articles()).singleElement().extracting(ReadArticle::text).isEqualTo(text);
    }

    static Stream<String> allSeeds() {
        return Arrays.stream(ALL);
    }

    @ParameterizedTest
    @MethodSource("allSeeds")
    void readsGb18030ForSimplifiedAndTraditionalSeeds(String seed) throws Exception {
        String text = Files.readString(SEEDS.resolve(seed));

        ReadResult result = reader.read(seed, write(seed, text.getBytes(CharsetDetector.GB18030)));

        assertThat(result.charset()).isEqualTo(CharsetDetector.GB18030);
        assertThat(result.charsetSource()).isEqualTo(CharsetDetector.Source.DETECTED);
        assertThat(result.articles().get(0).text()).isEqualTo(text);
    }

    static Stream<String> traditionalSeeds() {
        return Arrays.stream(TRADITIONAL);
    }

    // The Traditional seeds carry pinyin with tone marks (ā, ǎ, ì) that Big5 cannot encode; those become '?'
    // in the fixture, as they would in any Big5 file, and every Chinese character must survive.
    @ParameterizedTest
    @MethodSource("traditionalSeeds")
    void readsBig5ForTraditionalSeeds(String seed) throws Exception {
        String text = Files.readString(SEEDS.resolve(seed));
        String big5Text = replaceUnencodable(text, CharsetDetector.BIG5);

        ReadResult result = reader.read(seed, write(seed, encodeReplacing(text, CharsetDetector.BIG5)));

        assertThat(result.charset()).isEqualTo(CharsetDetector.BIG5);
        assertThat(result.articles().get(0).text()).isEqualTo(big5Text);
    }

    // 001 and 003 use characters outside GBK; the GB18030 test covers them.
    @ParameterizedTest
    @ValueSource(strings = {"000_5491ee7717dd1de5.txt", "002_4cf52e65458ed11e.txt", "004_f1aac2ba4ab8f433.txt"})
    void readsGbkSavedSeedsAsGb18030(String seed) throws Exception {
        String text = Files.readString(SEEDS.resolve(seed));

        ReadResult result = reader.read(seed, write(seed, text.getBytes(Charset.forName("GBK"))));

        assertThat(result.charset()).isEqualTo(CharsetDetector.GB18030);
        assertThat(result.articles().get(0).text()).isEqualTo(text);
    }

    private byte[] write(String name, byte[] bytes) throws IOException {
        // Through a real file, as the inbox reads it.
        Path file = Files.write(dir.resolve(name), bytes);
        return Files.readAllBytes(file);
    }

    private static byte[] encodeReplacing(String text, Charset charset) throws CharacterCodingException {
        ByteBuffer buffer = charset.newEncoder().onUnmappableCharacter(CodingErrorAction.REPLACE)
                .encode(CharBuffer.wrap(text));
        return Arrays.copyOf(buffer.array(), buffer.limit());
    }

    private static String replaceUnencodable(String text, Charset charset) {
        CharsetEncoder encoder = charset.newEncoder();
        StringBuilder expected = new StringBuilder();
        text.codePoints().forEach(c -> expected.append(encoder.canEncode(Character.toString(c)) ? Character.toString(c) : "?"));
        return expected.toString();
    }
}
