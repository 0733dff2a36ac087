package io.newsmonitor.ingest.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsmonitor.ingest.read.ArticleRejectedException.Reason;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ArticleReaderTest {

    private static final Path SEED = Path.of("../seeds/000_5491ee7717dd1de5.txt");

    private final ArticleReader reader = new ArticleReader(1024 * 1024);

    @Test
    void readsASeedArticleUnchanged() throws Exception {
        byte[] bytes = Files.readAllBytes(SEED);

        assertThat(text(reader.read("000.txt", bytes))).isEqualTo(new String(bytes, StandardCharsets.UTF_8));
    }

    @Test
    void stripsTheUtf8ByteOrderMark() throws Exception {
        byte[] bytes = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, (byte) 0xE6, (byte) 0x96, (byte) 0xB0, (byte) 0xE9,
                (byte) 0x97, (byte) 0xBB};

        assertThat(text(reader.read("bom.txt", bytes))).isEqualTo("新闻");
    }

    @Test
    void readsTwoGbkCharactersTheDetectorHasNoAnswerForByCharacterFrequency() throws Exception {
        byte[] gbk = "新闻".getBytes(java.nio.charset.Charset.forName("GBK"));

        ReadResult result = reader.read("gbk.txt", gbk);

        assertThat(text(result)).isEqualTo("新闻");
        assertThat(result.charset()).isEqualTo(CharsetDetector.GB18030);
        assertThat(result.charsetSource()).isEqualTo(CharsetDetector.Source.CHARACTER_FREQUENCY);
    }

    @Test
    void rejectsAnUndetectableShortInputThatIsNotUtf8WithTheOffendingByteAndOffset() {
        byte[] latin = "Café crème".getBytes(java.nio.charset.Charset.forName("windows-1252"));

        assertThatThrownBy(() -> reader.read("latin.txt", latin))
                .isInstanceOf(ArticleRejectedException.class)
                .hasMessage("latin.txt is not valid UTF-8: the byte 0xE9 at offset 3 does not form a valid character "
                        + "(the text is probably in another encoding, such as GB18030 or Big5). "
                        + "Convert it to UTF-8, for example with 'iconv -f GB18030 -t UTF-8', and submit it again.")
                .extracting(e -> ((ArticleRejectedException) e).reason()).isEqualTo(Reason.UNDECODABLE);
    }

    @Test
    void rejectsATruncatedCharacterAtTheEnd() {
        byte[] truncated = {(byte) 0xE6, (byte) 0x96, (byte) 0xB0, (byte) 0xE9, (byte) 0x97};

        assertThatThrownBy(() -> reader.read("cut.txt", truncated))
                .hasMessage("cut.txt ends in the middle of a character: its last 2 byte(s), from offset 3, begin a "
                        + "3-byte UTF-8 character that is not complete. The file was probably cut off while it was "
                        + "copied or downloaded; submit the complete file again.")
                .extracting(e -> ((ArticleRejectedException) e).reason()).isEqualTo(Reason.UNDECODABLE);
    }

    @Test
    void rejectsACharacterThatLostAByteInTheMiddleOfValidUtf8() {
        byte[] whole = "巴中市委召开全会".getBytes(StandardCharsets.UTF_8);
        // Drop the last byte of 中 (offset 3 to 5): 中 is left with 2 of its 3 bytes.
        byte[] damaged = new byte[whole.length - 1];
        System.arraycopy(whole, 0, damaged, 0, 5);
        System.arraycopy(whole, 6, damaged, 5, whole.length - 6);

        assertThatThrownBy(() -> reader.read("damaged.txt", damaged))
                .hasMessage("damaged.txt has a damaged character at offset 3: the byte 0xE4 begins a 3-byte UTF-8 "
                        + "character but only 2 byte(s) of it follow, while the rest of the file is valid UTF-8. Bytes "
                        + "were lost in a copy or transfer; submit an intact copy of the file again.");
    }

    @Test
    void rejectsUtf8ThatGoesOnInGbkAsMixedEncodings() throws Exception {
        String utf8Part = "巴中市委召开全会，";
        byte[] utf8 = utf8Part.getBytes(StandardCharsets.UTF_8);
        byte[] gbk = "审议通过了决议。".getBytes(java.nio.charset.Charset.forName("GBK"));
        byte[] mixed = java.util.Arrays.copyOf(utf8, utf8.length + gbk.length);
        System.arraycopy(gbk, 0, mixed, utf8.length, gbk.length);

        assertThatThrownBy(() -> reader.read("mixed.txt", mixed))
                .hasMessage("mixed.txt mixes encodings: its first 27 bytes are valid UTF-8 with non-ASCII characters, "
                        + "but the byte 0x" + String.format("%02X", gbk[0] & 0xFF) + " at offset 27 is not, so the text "
                        + "goes on in another encoding, such as GB18030. Convert that part to UTF-8 so that the whole "
                        + "file is UTF-8, and submit it again.");
    }

    @Test
    void removesInvisibleCharactersFromTheTextAndTitleOfAJsonArticle() throws Exception {
        byte[] json = "{\"title\": \"\u200F全会\u200B公报\", \"text\": \"巴\u200B中\u200D市\uFEFF委\u202E召开\u202C全会\"}"
                .getBytes(StandardCharsets.UTF_8);

        ReadArticle article = reader.read("feed.json", json).articles().get(0);

        assertThat(article.text()).isEqualTo("巴中市委召开全会");
        assertThat(article.title()).isEqualTo("全会公报");
    }

    @Test
    void rejectsATextOfOnlyInvisibleCharactersAsEmpty() {
        byte[] invisible = "\u200B\u200C\u200D\u200F\u202E".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> reader.read("invisible.txt", invisible))
                .hasMessage("invisible.txt is empty (its text is only invisible characters such as zero-width spaces "
                        + "and direction marks): there is no article text to publish. Put the article text in it and "
                        + "submit it again.")
                .extracting(e -> ((ArticleRejectedException) e).reason()).isEqualTo(Reason.EMPTY);
    }

    @Test
    void rejectsAnEmptyInput() {
        assertThatThrownBy(() -> reader.read("empty.txt", new byte[0]))
                .hasMessage("empty.txt is empty (it contains 0 bytes): there is no article text to publish. "
                        + "Put the article text in it and submit it again.")
                .extracting(e -> ((ArticleRejectedException) e).reason()).isEqualTo(Reason.EMPTY);
    }

    @Test
    void rejectsAnInputOfOnlyAByteOrderMark() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

        assertThatThrownBy(() -> reader.read("bom-only.txt", bom))
                .hasMessageStartingWith("bom-only.txt is empty (it contains only a byte order mark)");
    }

    @Test
    void rejectsAnInputOfOnlyWhitespace() {
        byte[] blank = " \n\t\u3000".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> reader.read("blank.txt", blank))
                .hasMessageStartingWith("blank.txt is empty (it contains only whitespace)");
    }

    @Test
    void rejectsAnInputLargerThanTheLimit() {
        ArticleReader small = new ArticleReader(4);

        assertThatThrownBy(() -> small.read("big.txt", "新闻".getBytes(StandardCharsets.UTF_8)))
                .hasMessage("big.txt is 6 bytes, larger than the limit of 4 bytes (0 MB, ingest.max-file-size-mb): "
                        + "split the article into smaller parts or raise the limit, then submit it again.")
                .extracting(e -> ((ArticleRejectedException) e).reason()).isEqualTo(Reason.TOO_LARGE);
    }

    @Test
    void acceptsAnInputOfExactlyTheLimit() throws Exception {
        assertThat(text(new ArticleReader(6).read("six.txt", "新闻".getBytes(StandardCharsets.UTF_8)))).isEqualTo("新闻");
    }

    @Test
    void readsUtf16WithoutByteOrderMarkByItsZeroBytes() throws Exception {
        String text = Files.readString(SEED, StandardCharsets.UTF_8);

        ReadResult result = reader.read("000.txt", text.getBytes(StandardCharsets.UTF_16LE));

        assertThat(result.charset()).isEqualTo(StandardCharsets.UTF_16LE);
        assertThat(result.charsetSource()).isEqualTo(CharsetDetector.Source.ZERO_BYTES);
        assertThat(text(result)).isEqualTo(text);
    }

    @Test
    void rejectsMalformedGb18030WithTheCharsetAndOffset() throws Exception {
        byte[] gb = Files.readString(SEED, StandardCharsets.UTF_8).getBytes(CharsetDetector.GB18030);
        byte[] damaged = java.util.Arrays.copyOf(gb, gb.length + 1);
        damaged[gb.length] = (byte) 0x81; // a lead byte with nothing after it

        assertThatThrownBy(() -> reader.read("gb.txt", damaged))
                .hasMessage("gb.txt is not valid GB18030 (as detected): the byte 0x81 at offset " + gb.length
                        + " does not form a valid character. The file is damaged or mixes encodings. Convert it to "
                        + "UTF-8, for example with 'iconv -f GB18030 -t UTF-8', and submit it again.")
                .extracting(e -> ((ArticleRejectedException) e).reason()).isEqualTo(Reason.UNDECODABLE);
    }

    @Test
    void decodesWithTheDeclaredCharset() throws Exception {
        byte[] big5 = "新聞報導".getBytes(CharsetDetector.BIG5);

        ReadResult result = reader.read("http-post", big5, ArticleFormat.PLAIN_TEXT, CharsetDetector.BIG5);

        assertThat(result.charsetSource()).isEqualTo(CharsetDetector.Source.DECLARED);
        assertThat(text(result)).isEqualTo("新聞報導");
    }

    @Test
    void rejectsAPngAsBinary() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};

        assertThatThrownBy(() -> reader.read("photo.txt", png))
                .hasMessage("photo.txt is a binary file, not text: it has a NUL byte at offset 8. Submit the article "
                        + "as text (.txt, .md, .html, .htm, .json, .jsonl, .ndjson) instead.")
                .extracting(e -> ((ArticleRejectedException) e).reason()).isEqualTo(Reason.BINARY);
    }

    @Test
    void rejectsTextMostlyOfControlCharactersAsBinary() {
        byte[] controls = "\u0001\u0002\u0003新闻\u001b\u0007".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> reader.read("odd.txt", controls))
                .hasMessage("odd.txt is a binary file, not text: decoded as UTF-8, 5 of its 7 characters are control "
                        + "characters. Submit the article as text (.txt, .md, .html, .htm, .json, .jsonl, .ndjson) instead.")
                .extracting(e -> ((ArticleRejectedException) e).reason()).isEqualTo(Reason.BINARY);
    }

    @Test
    void rejectsAnUnknownExtensionNamingTheSupportedOnes() {
        assertThatThrownBy(() -> reader.read("报道.pdf", "新闻".getBytes(StandardCharsets.UTF_8)))
                .hasMessage("报道.pdf has the extension '.pdf', which ingest does not read. Rename or convert it to one "
                        + "of .txt, .md, .html, .htm, .json, .jsonl, .ndjson and submit it again.")
                .extracting(e -> ((ArticleRejectedException) e).reason()).isEqualTo(Reason.UNSUPPORTED_FORMAT);
    }

    @Test
    void rejectsAFileWithoutExtension() {
        assertThatThrownBy(() -> reader.read("四川/README", "新闻".getBytes(StandardCharsets.UTF_8)))
                .hasMessageStartingWith("四川/README has no file name extension, which ingest does not read.");
    }

    @Test
    void readsMarkdownAsPlainText() throws Exception {
        ReadResult result = reader.read("报道.MD", "# 新闻\n\n正文".getBytes(StandardCharsets.UTF_8));

        assertThat(result.format()).isEqualTo(ArticleFormat.PLAIN_TEXT);
        assertThat(text(result)).isEqualTo("# 新闻\n\n正文");
    }

    static String text(ReadResult result) {
        assertThat(result.articles()).hasSize(1);
        return result.articles().get(0).text();
    }
}
