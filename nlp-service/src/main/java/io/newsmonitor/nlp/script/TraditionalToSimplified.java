package io.newsmonitor.nlp.script;

import com.github.houbb.opencc4j.support.data.impl.OpenccDatas;
import io.newsmonitor.nlp.segment.LongestMatchIndex;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * opencc4j's Traditional-to-Simplified conversion done in one pass over opencc4j's own dictionaries, loaded once,
 * with the same result as {@code ZhConverterUtil.toSimple}. opencc4j cuts each run of Han characters of
 * U+4E00..U+9FA5 into the longest words of its phrase dictionaries (both directions, about 49,000 words), writes a
 * word with a Traditional-to-Simplified phrase entry (a few hundred) as that entry and every other word or character
 * character by character; characters outside those runs are converted one by one. Cutting a run into words changes
 * the result only where a phrase entry occurs in it, so a run holding none is converted character by character
 * and only the other runs are cut, the way opencc4j cuts them. Immutable and thread-safe.
 */
final class TraditionalToSimplified {

    private static final char FIRST_HAN = '\u4e00';
    private static final char LAST_HAN = '\u9fa5';

    /** The Simplified form of each UTF-16 character (itself if it has none of one character). */
    private final char[] characters = new char[Character.MAX_VALUE + 1];

    /** The Traditional-to-Simplified phrase entries, to find whether a run holds one. */
    private final LongestMatchIndex<String> phrases;

    /** Every word opencc4j cuts runs into, with its Simplified form. */
    private final LongestMatchIndex<String> words;

    TraditionalToSimplified() {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            characters[c] = (char) c;
        }
        OpenccDatas.tsChar().data().getDataMap().forEach((character, forms) -> {
            if (character.length() == 1 && !forms.isEmpty() && forms.get(0).length() == 1) {
                characters[character.charAt(0)] = forms.get(0).charAt(0);
            }
        });
        Map<String, List<String>> phraseForms = OpenccDatas.tsPhrase().data().getDataMap();
        List<Map.Entry<String, String>> phraseEntries = new ArrayList<>();
        phraseForms.forEach((phrase, forms) -> phraseEntries.add(Map.entry(phrase, forms.get(0))));
        phrases = new LongestMatchIndex<>(phraseEntries);
        Set<String> cutInto = new HashSet<>(OpenccDatas.stPhrase().data().getDataMap().keySet());
        cutInto.addAll(phraseForms.keySet());
        List<Map.Entry<String, String>> wordEntries = new ArrayList<>();
        for (String word : cutInto) {
            if (allHan(word)) {
                List<String> forms = phraseForms.get(word);
                wordEntries.add(Map.entry(word, forms != null ? forms.get(0) : byCharacter(word, 0, word.length())));
            }
        }
        words = new LongestMatchIndex<>(wordEntries);
    }

    String toSimplified(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            if (!isHan(text.charAt(i))) {
                out.append(characters[text.charAt(i)]);
                i++;
                continue;
            }
            int end = i + 1;
            while (end < text.length() && isHan(text.charAt(end))) {
                end++;
            }
            if (holdsPhrase(text, i, end)) {
                appendCut(text, i, end, out);
            } else {
                appendByCharacter(text, i, end, out);
            }
            i = end;
        }
        return out.toString();
    }

    /** A word of opencc4j's dictionaries holds only Han characters of the range it cuts, so none crosses a run's end. */
    private boolean holdsPhrase(String run, int start, int end) {
        for (int i = start; i < end; i++) {
            if (phrases.longestAt(run, i) != null) {
                return true;
            }
        }
        return false;
    }

    /** Cuts the run into the longest words from its start, as opencc4j's forward maximum matching does. */
    private void appendCut(String text, int start, int end, StringBuilder out) {
        int i = start;
        while (i < end) {
            Map.Entry<String, String> word = words.longestAt(text, i);
            if (word == null) {
                out.append(characters[text.charAt(i)]);
                i++;
            } else {
                out.append(word.getValue());
                i += word.getKey().length();
            }
        }
    }

    private void appendByCharacter(String text, int start, int end, StringBuilder out) {
        for (int i = start; i < end; i++) {
            out.append(characters[text.charAt(i)]);
        }
    }

    private String byCharacter(String text, int start, int end) {
        StringBuilder out = new StringBuilder(end - start);
        appendByCharacter(text, start, end, out);
        return out.toString();
    }

    private static boolean allHan(String word) {
        return !word.isEmpty() && word.chars().allMatch(c -> isHan((char) c));
    }

    /** The characters opencc4j's segmentation treats as Chinese and cuts into words. */
    private static boolean isHan(char c) {
        return c >= FIRST_HAN && c <= LAST_HAN;
    }
}
