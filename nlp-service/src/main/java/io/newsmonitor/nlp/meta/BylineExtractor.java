package io.newsmonitor.nlp.meta;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the credits of a clean Simplified text: authors and reporters ({@code 作者 吴平华 李成},
 * {@code (记者 吴芳 程淇 何乾健)}, and a {@code 来源:} field that holds names instead of an outlet, as in
 * {@code 来源:吴弢 吴定君阅读:}), editors ({@code 编辑:尧欣雨}, {@code 责任编辑:}) and photographers
 * ({@code 孙小红 摄}, {@code 摄影:…}). Each list is deduplicated and in order of appearance; an empty
 * credit ({@code 责任编辑:} with nothing after it) adds nobody.
 */
public final class BylineExtractor {

    /** Two or three Han characters, separated by spaces: names as bylines write them. */
    private static final String NAMES = "(\\p{IsHan}{2,3}(?:[ \\t\\u3000]+\\p{IsHan}{2,3})*)";

    /** What ends a list of names in a byline: a bracket, the line end, or the next field. */
    private static final String END = "(?=[ \\t\\u3000]*(?:[)）]|$|阅读|点击|责任编辑|编辑|来源|时间|发布))";

    private static final Pattern AUTHORS = Pattern.compile(
            "(?:作者|记者|通讯员|来源)[ \\t\\u3000]*[:：]?[ \\t\\u3000]*" + NAMES + END, Pattern.MULTILINE);

    private static final Pattern EDITORS = Pattern.compile(
            "(?:责任编辑|编辑)[ \\t\\u3000]*[:：][ \\t\\u3000]*" + NAMES + END, Pattern.MULTILINE);

    private static final Pattern PHOTOGRAPHERS = Pattern.compile(
            "(?<!\\p{IsHan})(\\p{IsHan}{2,3})[ \\t\\u3000]*摄[ \\t\\u3000]*$|摄影[ \\t\\u3000]*[:：]?[ \\t\\u3000]*"
                    + NAMES + END, Pattern.MULTILINE);

    private static final Pattern SPACES = Pattern.compile("[ \\t\\u3000]+");

    /** Words that fill a byline field but are no names (来源:本网, 编辑:新华社). */
    private static final Pattern NOT_A_NAME = Pattern.compile(".*(网|社|报|台|中心|部|站|日报|新闻|本网|供图)$");

    public Bylines extract(String cleanText) {
        return new Bylines(names(AUTHORS, cleanText), names(EDITORS, cleanText), names(PHOTOGRAPHERS, cleanText));
    }

    private static List<String> names(Pattern pattern, String text) {
        Set<String> names = new LinkedHashSet<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            String group = m.group(1) != null ? m.group(1) : m.group(m.groupCount());
            for (String name : SPACES.split(group.strip())) {
                if (!NOT_A_NAME.matcher(name).matches()) {
                    names.add(name);
                }
            }
        }
        return new ArrayList<>(names);
    }
}
