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

        assertThat(reader.read("000.txt", bytes)).isEqualTo(new String(bytes, StandardCharsets.UTF_8));
    }

    @Test
    void stripsTheUtf8ByteOrderMark() throws Exception {
        byte[] bytes = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, (byte) 0xE6, (byte) 0x96, (byte) 0xB0, (byte) 0xE9,
                (byte) 0x97, (byte) 0xBB};

        assertThat(reader.read("bom.txt", bytes)).isEqualTo("新闻");
    }

    @Test
    void rejectsInvalidUtf8WithTheOffendingByteAndOffset() {
        byte[] gbk = "新闻".getBytes(java.nio.charset.Charset.forName("GBK"));

        assertThatThrownBy(() -> reader.read("gbk.txt", gbk))
                .isInstanceOf(ArticleRejectedException.class)
                .hasMessage("gbk.txt is not valid UTF-8: the byte 0xD0 at offset 0 does not form a valid character "
                        + "(the text is probably in another encoding, such as GB18030 or Big5). "
                        + "Convert it to UTF-8, for example with 'iconv -f GB18030 -t UTF-8', and submit it again.")
                .extracting(e -> ((ArticleRejectedException) e).reason()).isEqualTo(Reason.UNDECODABLE);
    }

    @Test
    void rejectsATruncatedCharacterAtTheEnd() {
        byte[] truncated = {(byte) 0xE6, (byte) 0x96, (byte) 0xB0, (byte) 0xE9, (byte) 0x97};

        assertThatThrownBy(() -> reader.read("cut.txt", truncated))
                .hasMessageStartingWith("cut.txt is not valid UTF-8: the byte 0xE9 at offset 3 ");
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
        assertThat(new ArticleReader(6).read("six.txt", "新闻".getBytes(StandardCharsets.UTF_8))).isEqualTo("新闻");
    }
}
