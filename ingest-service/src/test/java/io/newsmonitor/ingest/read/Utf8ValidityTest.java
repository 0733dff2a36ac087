package io.newsmonitor.ingest.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class Utf8ValidityTest {

    private static final Path SEED = Path.of("../seeds/000_5491ee7717dd1de5.txt");

    @Test
    void acceptsASeedInUtf8() throws IOException {
        assertThat(Utf8Validity.isConvincingUtf8(Files.readAllBytes(SEED))).isTrue();
    }

    @Test
    void refusesTheSameSeedInGb18030AndBig5() throws IOException {
        String text = Files.readString(SEED, StandardCharsets.UTF_8);

        assertThat(Utf8Validity.isConvincingUtf8(text.getBytes(CharsetDetector.GB18030))).isFalse();
        assertThat(Utf8Validity.isConvincingUtf8(
                text.replaceAll("[^\\p{IsHan}，。]", "").getBytes(CharsetDetector.BIG5))).isFalse();
    }

    @Test
    void needsSixMultiByteCharacters() {
        assertThat(Utf8Validity.isConvincingUtf8("Report: 广元召开全会".getBytes(StandardCharsets.UTF_8))).isTrue();
        assertThat(Utf8Validity.isConvincingUtf8("Report: 广元召开全".getBytes(StandardCharsets.UTF_8))).isFalse();
        assertThat(Utf8Validity.isConvincingUtf8("plain ASCII text".getBytes(StandardCharsets.UTF_8))).isFalse();
    }

    @Test
    void refusesOverlongFormsSurrogatesAndACharacterCutOffAtTheEnd() {
        byte[] sixChars = "广元召开全会".getBytes(StandardCharsets.UTF_8);

        assertThat(Utf8Validity.isConvincingUtf8(append(sixChars, 0xC0, 0x80))).isFalse();
        assertThat(Utf8Validity.isConvincingUtf8(append(sixChars, 0xE0, 0x80, 0x80))).isFalse();
        assertThat(Utf8Validity.isConvincingUtf8(append(sixChars, 0xED, 0xA0, 0x80))).isFalse();
        assertThat(Utf8Validity.isConvincingUtf8(append(sixChars, 0xF4, 0x90, 0x80, 0x80))).isFalse();
        assertThat(Utf8Validity.isConvincingUtf8(append(sixChars, 0xE5, 0xB9))).isFalse();
        assertThat(Utf8Validity.isConvincingUtf8(append(sixChars, 0xF0, 0x9F, 0x98, 0x80))).isTrue();
    }

    private static byte[] append(byte[] bytes, int... more) {
        byte[] all = new byte[bytes.length + more.length];
        System.arraycopy(bytes, 0, all, 0, bytes.length);
        for (int i = 0; i < more.length; i++) {
            all[bytes.length + i] = (byte) more[i];
        }
        return all;
    }
}
