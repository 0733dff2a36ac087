package io.newsmonitor.nlp.script;

import com.github.houbb.opencc4j.util.ZhConverterUtil;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Converts any Chinese text to Simplified script with opencc4j, then applies a short reviewed list
 * of corrections for errors measured on our articles. opencc4j keeps personal names such as 何乾健
 * intact (OpenCC and HanLP turn it into 何干健), which is why it is the converter here.
 */
public final class ScriptConverter {

    /**
     * Corrections applied after conversion, longest first. Each entry was seen wrong in converted
     * seeds: 著 in verb compounds is 着 in mainland usage (著名 and 显著 stay), 陜 is a variant of 陕.
     */
    private static final Map<String, String> CORRECTIONS = corrections();

    private static Map<String, String> corrections() {
        Map<String, String> map = new LinkedHashMap<>();
        map.put("著力", "着力");
        map.put("著手", "着手");
        map.put("著眼", "着眼");
        map.put("著重", "着重");
        map.put("著陆", "着陆");
        map.put("陜", "陕");
        return map;
    }

    /** Separates the runs sent to opencc4j in one call; it is in no phrase and converts to itself. */
    private static final char RUN_SEPARATOR = '\n';

    public String toSimplified(String text) {
        String converted = convertRuns(text);
        for (Map.Entry<String, String> correction : CORRECTIONS.entrySet()) {
            converted = converted.replace(correction.getKey(), correction.getValue());
        }
        return converted;
    }

    /**
     * Converts only the runs of Han characters that hold a character opencc4j may change and copies the rest.
     * opencc4j's phrases are made of Han characters only, so a run boundary never cuts a phrase and each run
     * converts exactly as it would inside the whole text; most Simplified text is copied as it is. The runs go
     * to opencc4j in one call, a line break apart, because each call has a fixed cost.
     */
    private static String convertRuns(String text) {
        List<int[]> runs = new ArrayList<>();
        StringBuilder joined = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            if (!ConvertibleCharacters.contains(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            int copiedTo = runs.isEmpty() ? 0 : runs.get(runs.size() - 1)[1];
            while (start > copiedTo && inPhrase(text.charAt(start - 1))) {
                start--;
            }
            int end = i + 1;
            while (end < text.length() && inPhrase(text.charAt(end))) {
                end++;
            }
            runs.add(new int[] {start, end});
            joined.append(text, start, end).append(RUN_SEPARATOR);
            i = end;
        }
        if (runs.isEmpty()) {
            return text;
        }
        String[] converted = ZhConverterUtil.toSimple(joined.toString()).split(String.valueOf(RUN_SEPARATOR), -1);
        StringBuilder out = new StringBuilder(text.length());
        int copied = 0;
        for (int r = 0; r < runs.size(); r++) {
            out.append(text, copied, runs.get(r)[0]).append(converted[r]);
            copied = runs.get(r)[1];
        }
        return out.append(text, copied, text.length()).toString();
    }

    /** Characters opencc4j's phrase entries are made of: Han (with 〇), their UTF-16 halves, and ．. */
    private static boolean inPhrase(char c) {
        return Character.isSurrogate(c) || c == '．' || Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }
}
