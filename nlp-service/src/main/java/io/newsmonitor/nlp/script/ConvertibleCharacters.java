package io.newsmonitor.nlp.script;

import com.github.houbb.opencc4j.support.data.impl.OpenccDatas;
import java.util.BitSet;
import java.util.List;
import java.util.Map;

/**
 * The characters opencc4j's Traditional-to-Simplified dictionaries can change: every character of a
 * character or phrase entry whose Simplified form differs from it. A stretch of text without any of them
 * converts to itself, so the converter can copy it instead of segmenting and looking it up. Built once
 * from opencc4j's own dictionaries, so it follows the library version.
 */
final class ConvertibleCharacters {

    private static final BitSet CHARACTERS = load();

    private ConvertibleCharacters() {
    }

    /** True if some dictionary entry with this character (or UTF-16 half of one) converts to something else. */
    static boolean contains(char c) {
        return CHARACTERS.get(c);
    }

    /** True if any character of {@code text[start, end)} may convert. */
    static boolean any(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (CHARACTERS.get(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static BitSet load() {
        BitSet characters = new BitSet(Character.MAX_VALUE + 1);
        mark(OpenccDatas.tsChar().data().getDataMap(), characters);
        mark(OpenccDatas.tsPhrase().data().getDataMap(), characters);
        return characters;
    }

    private static void mark(Map<String, List<String>> entries, BitSet characters) {
        entries.forEach((word, forms) -> {
            if (forms.stream().anyMatch(form -> !form.equals(word))) {
                word.chars().forEach(characters::set);
            }
        });
    }
}
