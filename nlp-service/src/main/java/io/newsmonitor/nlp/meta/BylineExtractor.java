package io.newsmonitor.nlp.meta;

import io.newsmonitor.nlp.text.GuardedPattern;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the credits of a clean Simplified text: authors and reporters ({@code 作者 吴平华 李成},
 * {@code (记者 吴芳 程淇 何乾健)}, {@code 本报记者 唐甜 通讯员 胡晓东 钟丽}, and a {@code 来源:} field that holds
 * names instead of an outlet, as in {@code 来源:吴弢 吴定君阅读:}), editors ({@code 编辑:尧欣雨},
 * {@code 责任编辑:}, {@code 审核:}, {@code 校对:}) and photographers ({@code 孙小红 摄}, {@code 摄影:…}).
 *
 * <p>A byline is read as a run of labels and names: each label ({@link CreditRole}) gives its role to
 * the names after it, up to the next label, so {@code (记者 何静 摄影 罗彬)} credits 何静 as an author
 * and 罗彬 as a photographer, and a label is never a name; a role written after a name applies to that name
 * alone ({@code 王琳/文 李强/图}). A {@code 来源:} field inside a run ends it. A unit before a name
 * ({@code 通讯员 县应急局 孙丽}) is passed over. The run ends at anything else: a bracket, a field such
 * as {@code 阅读:}, or text. Each list is deduplicated and in order of appearance; an empty credit
 * ({@code 责任编辑:} with nothing after it) adds nobody.
 */
public final class BylineExtractor {

    /** The next field of a header line, which ends a byline and is never a name. */
    private static final String FIELD = "来源|时间|发布|日期|阅读|点击|浏览|字号";

    private static final Pattern FIELD_START = Pattern.compile(FIELD);

    /** A name as bylines write it: two or three Han characters. */
    private static final Pattern NAME = Pattern.compile("\\p{IsHan}{2,3}");

    /** What may follow a name: a space, a bracket or bar, the line end, another label or the next field. */
    private static final Pattern AFTER_NAME = Pattern.compile(
            "[ \\t\\u3000)）】\\]|｜/、\\n]|$|" + FIELD + "|报道|摄|(?!文|图)" + CreditRole.LABEL.pattern());

    /** A role written after the name: {@code 王琳/文 李强/图}. */
    private static final Pattern ROLE_AFTER = Pattern.compile("/(文|图|摄)");

    private static final Pattern SPACE = Pattern.compile("[ \\t\\u3000、/]+");

    /** A unit or outlet written before a name, passed over: 县应急局, 区委宣传部, 四川日报. */
    private static final Pattern UNIT = Pattern.compile(
            "\\p{IsHan}{2,12}?(?:部|局|委|办|中心|站|所|院|校|公司|集团|政府|日报|报社|电视台|网)(?=[ \\t\\u3000])");

    /** Words that fill a byline field but are no names (来源:本网, 编辑:新华社, 记者 王芳 报道). */
    private static final Pattern NOT_A_NAME = Pattern.compile(
            ".*(网|社|报|台|中心|部|站|日报|新闻|本网|供图|报道|整理|综合|供稿)$");

    public Bylines extract(String cleanText) {
        List<Credit> credits = new ArrayList<>();
        GuardedPattern.Search label = CreditRole.LABEL_SEARCH.search(cleanText);
        int from = 0;
        while (from < cleanText.length() && label.find(from)) {
            from = label.end();
            if (startsByline(cleanText, label.matcher())) {
                from = Math.max(from, readRun(cleanText, label.matcher(), credits));
            }
        }
        for (TakenByNames.Found taken : TakenByNames.find(cleanText)) {
            credits.add(new Credit(taken.at(), CreditRole.PHOTOGRAPHER, taken.name()));
        }
        credits.sort((a, b) -> Integer.compare(a.at(), b.at()));
        return new Bylines(names(credits, CreditRole.AUTHOR), names(credits, CreditRole.EDITOR),
                names(credits, CreditRole.PHOTOGRAPHER));
    }

    /**
     * Whether a label found on its own opens a byline: after a line start, a non-Han character or a date's
     * 日; a reporter's label after an outlet (本报记者); an editor's label with its colon after any word.
     */
    private static boolean startsByline(String text, Matcher label) {
        char before = label.start() == 0 ? '\n' : text.charAt(label.start() - 1);
        if (!Character.isIdeographic(before) || before == '日') {
            return true;
        }
        return CreditRole.takesPrefix(label.group(1))
                || (CreditRole.of(label) == CreditRole.EDITOR && label.group().matches(".*[:：]"));
    }

    /** Reads labels and names from the label on; returns where the run ended. */
    private static int readRun(String text, Matcher first, List<Credit> credits) {
        CreditRole role = CreditRole.of(first);
        List<Credit> run = new ArrayList<>();
        int at = first.end();
        while (true) {
            Matcher space = SPACE.matcher(text).region(at, text.length());
            if (space.lookingAt()) {
                at = space.end();
            }
            Matcher label = CreditRole.LABEL.matcher(text).region(at, text.length());
            String name = nameAt(text, at);
            if (label.lookingAt() && (name == null || label.group(1).length() > 1)) {
                if (CreditRole.of(label) == CreditRole.SOURCE) {
                    break;
                }
                role = CreditRole.of(label);
                at = label.end();
            } else if (name != null) {
                Matcher after = ROLE_AFTER.matcher(text).region(at + name.length(), text.length());
                boolean roleAfter = after.lookingAt();
                CreditRole own = !roleAfter ? role : after.group(1).equals("文") ? CreditRole.AUTHOR : CreditRole.PHOTOGRAPHER;
                run.add(new Credit(at, own, name));
                at = roleAfter ? after.end() : at + name.length();
            } else {
                Matcher unit = UNIT.matcher(text).region(at, text.length());
                if (!unit.lookingAt()) {
                    break;
                }
                at = unit.end();
            }
        }
        credits.addAll(run);
        return at;
    }

    /** The name that starts at the position, three characters before two, or null. */
    private static String nameAt(String text, int at) {
        for (int length = 3; length >= 2; length--) {
            if (at + length > text.length()) {
                continue;
            }
            String candidate = text.substring(at, at + length);
            if (NAME.matcher(candidate).matches() && !NOT_A_NAME.matcher(candidate).matches()
                    && AFTER_NAME.matcher(text).region(at + length, text.length()).lookingAt()
                    && !startsWithLabel(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    /** Whether a word begins with a label of two or more characters (编辑, 记者) or a field: neither is a name. */
    private static boolean startsWithLabel(String word) {
        Matcher label = CreditRole.LABEL.matcher(word);
        return (label.lookingAt() && label.group(1).length() > 1) || FIELD_START.matcher(word).lookingAt();
    }

    private static List<String> names(List<Credit> credits, CreditRole list) {
        Set<String> names = new LinkedHashSet<>();
        for (Credit credit : credits) {
            if (credit.role().credits(list)) {
                names.add(credit.name());
            }
        }
        return new ArrayList<>(names);
    }

    /** A name found at a position of the text, with the role its label gave it. */
    private record Credit(int at, CreditRole role, String name) {
    }
}
