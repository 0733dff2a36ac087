package io.newsmonitor.nlp.clean;

import java.util.regex.Pattern;

/**
 * Removes characters that can only be decoding damage in a Chinese news text: the replacement
 * character U+FFFD, a {@code ?} standing between Han characters or digits (left where a byte
 * sequence could not be decoded), and stray kana or {@code ∥} (GBK bytes read one byte out of step).
 * It does not try to recover the lost text.
 */
public final class MojibakeRemover {

    private static final Pattern DAMAGE = Pattern.compile(
            "\uFFFD"
                    + "|(?<=\\p{IsHan})\\?(?=[\\p{IsHan}0-9])"
                    + "|[\u3041-\u3096\u30A1-\u30FA∥]");

    public String remove(String text) {
        return DAMAGE.matcher(text).replaceAll("");
    }
}
