package io.newsmonitor.nlp.clean;

import io.newsmonitor.nlp.text.GuardedPattern;
import java.text.Normalizer;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Removes the pinyin that some scraped pages put after every character, as in {@code 聯(lián)系人}.
 *
 * <p>An annotation is 1–7 lowercase pinyin letters in ASCII or full-width parentheses, directly after
 * a Han character or after a {@code ?} that mojibake left in place of one; mojibake also replaces
 * the opening parenthesis itself by {@code ?} ({@code 請(qǐng)?jiān)?0日}). It must contain a
 * tone-marked vowel, or be one of a few neutral-tone syllables; so {@code (工业硅)}, {@code (扩大)}
 * and {@code (AI)} stay. The text is first normalised to NFC, because tone marks may arrive as
 * combining characters.
 */
public final class PinyinAnnotationStripper {

    public static final String CATEGORY = "pinyin";

    private static final String TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ";

    private static final GuardedPattern ANNOTATION = GuardedPattern.compile(
            "(?:(?<=[\\p{IsHan}?])[(（]|(?<=[\\p{IsHan})）])\\?)([a-z" + TONED + "ü]{1,7})[)）]", "[(（?]");

    private static final Pattern HAS_TONE = Pattern.compile("[" + TONED + "]");

    /** Neutral-tone syllables carry no tone mark, so they are recognised by name. */
    private static final Set<String> NEUTRAL_TONE = Set.of(
            "de", "le", "me", "men", "zi", "ma", "ne", "ba", "ge", "zhe", "li", "tou", "shang", "xia");

    public String strip(String text) {
        return strip(text, new Removals());
    }

    /** Strips the annotations and records each, with the character it followed, under {@code pinyin}. */
    public String strip(String text, Removals removed) {
        String nfc = Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text : Normalizer.normalize(text, Normalizer.Form.NFC);
        GuardedPattern.Search m = ANNOTATION.search(nfc);
        if (!m.find()) {
            return nfc;
        }
        StringBuilder out = new StringBuilder(nfc.length());
        int copied = 0;
        do {
            String syllable = m.group(1);
            if (HAS_TONE.matcher(syllable).find() || NEUTRAL_TONE.contains(syllable)) {
                removed.add(CATEGORY, (m.start() > 0 ? nfc.substring(m.start() - 1, m.start()) : "") + m.group());
                out.append(nfc, copied, m.start());
                copied = m.end();
            }
        } while (m.find());
        return out.append(nfc, copied, nfc.length()).toString();
    }
}
