package io.newsmonitor.nlp.figures;

import com.hankcs.hanlp.seg.common.Term;
import com.hankcs.hanlp.tokenizer.StandardTokenizer;
import io.newsmonitor.events.FigureMention;
import io.newsmonitor.nlp.text.GuardedPattern;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds quantified statements: a number (digits or Chinese numerals, {@code 余}/{@code 多} allowed), a
 * unit, and what is counted or built. Its kind follows from the words around it:
 * <ul>
 *   <li>project: a capacity ({@code 年产40万吨绿色基材(工业硅)项目}, {@code 年产40万吨玻璃生产线});</li>
 *   <li>target: a size class ({@code 3个五百亿级产业集群}) or a goal verb just before ({@code 力争培育10家});</li>
 *   <li>money: a unit ending in 元; percent: {@code %} or {@code 百分之…};</li>
 *   <li>count: things counted ({@code 130余家企业}, {@code 18个项目}); other: any other quantity.</li>
 * </ul>
 * Ordinals ({@code 第14次}), dates and single {@code 一} (一个时期, 一条心: idioms, not counts) are skipped.
 */
public final class FigureExtractor {

    private static final String NUMBER = "(?<num>\\d+(?:\\.\\d+)?|[两二三四五六七八九十百千][" + ChineseNumber.NUMERALS + "]*"
            + "|一[" + ChineseNumber.NUMERALS + "]+)";

    private static final String UNIT = "(?<unit>(?:万亿|千万|百万|万|亿)?(?:元|吨|千瓦时|千瓦|平方米|平方公里|公里|亩|人次|人|家|个|户|项|名|座|所|条|台|套|辆|张)"
            + "|%|％|倍)";

    private static final GuardedPattern FIGURE = GuardedPattern.compile(
            "(?<capacity>(?:年产|年处理|年加工|年出栏|年吞吐|年发电|装机)(?:能力|容量)?(?:约|超过?|达)?)?"
                    + "(?<![\\d.第])" + NUMBER + "(?<approx>余|多)?" + UNIT
                    + "(?<grade>[" + ChineseNumber.NUMERALS + "万亿\\d]+级)?"
                    + "|百分之(?<pct>[" + ChineseNumber.NUMERALS + "\\d.]+)",
            "[年装0-9两二三四五六七八九十百千一]");

    /** What follows a project's capacity, up to its closing word or the end of the clause. */
    private static final Pattern PROJECT_SUBJECT = Pattern.compile("[^,，、。;；:：!！?？\\n等]{1,24}?(?:项目|生产线|基地|工厂)"
            + "|[^,，、。;；:：!！?？\\n等]{1,24}");

    private static final Pattern GOAL_BEFORE = Pattern.compile("(?:打造|建成|力争|达到|突破|培育|形成|目标|争创|新增|确保)[^,，。;；]{0,6}$");

    private static final int MAX_SUBJECT_CHARS = 4;

    public List<FigureMention> extract(String text) {
        List<FigureMention> figures = new ArrayList<>();
        GuardedPattern.Search m = FIGURE.search(text);
        while (m.find()) {
            FigureMention figure = m.group("pct") != null ? percentInWords(m.matcher()) : figure(text, m.matcher());
            if (figure != null) {
                figures.add(figure);
            }
        }
        return List.copyOf(figures);
    }

    private FigureMention percentInWords(Matcher m) {
        Double value = ChineseNumber.parse(m.group("pct"));
        return value == null ? null : new FigureMention(m.group(), value, "%", null, FigureMention.PERCENT);
    }

    private FigureMention figure(String text, Matcher m) {
        Double value = ChineseNumber.parse(m.group("num"));
        if (value == null) {
            return null;
        }
        String unit = m.group("unit");
        if (m.group("capacity") != null) {
            Matcher subject = PROJECT_SUBJECT.matcher(text).region(m.end(), text.length());
            String built = subject.lookingAt() ? subject.group().strip() : "";
            String phrase = m.group() + built;
            return new FigureMention(phrase, value, unit, built.isEmpty() ? null : built, FigureMention.PROJECT);
        }
        String subject = subjectAfter(text, m.end());
        if (subject == null && !Character.isDigit(m.group("num").charAt(0))) {
            return null; // 六个大幅跃升, 三个四: Chinese numerals without a counted noun are idioms or slogans
        }
        String phrase = m.group() + (subject == null ? "" : subject);
        return new FigureMention(phrase, value, unit, subject, kind(text, m, unit));
    }

    private static String kind(String text, Matcher m, String unit) {
        if (unit.endsWith("元")) {
            return FigureMention.MONEY;
        }
        if (unit.equals("%") || unit.equals("％")) {
            return FigureMention.PERCENT;
        }
        String before = text.substring(Math.max(0, m.start() - 12), m.start());
        if (m.group("grade") != null || GOAL_BEFORE.matcher(before).find()) {
            return FigureMention.TARGET;
        }
        return unit.length() == 1 && "家个户项名座所条台套辆张人".contains(unit) ? FigureMention.COUNT : FigureMention.OTHER;
    }

    /** The noun (or short noun compound) right after the unit: 企业 in 130余家企业负责人, 产业集群. */
    private static String subjectAfter(String text, int from) {
        int end = from;
        while (end < text.length() && end - from < 10 && Character.UnicodeScript.of(text.charAt(end)) == Character.UnicodeScript.HAN) {
            end++;
        }
        if (end == from) {
            return null;
        }
        StringBuilder subject = new StringBuilder();
        for (Term term : StandardTokenizer.segment(text.substring(from, end))) {
            String nature = term.nature == null ? "" : term.nature.toString();
            boolean noun = nature.startsWith("n") || nature.equals("vn");
            if (!noun || subject.length() + term.word.length() > MAX_SUBJECT_CHARS && subject.length() > 0) {
                break;
            }
            subject.append(term.word);
        }
        return subject.isEmpty() ? null : subject.toString();
    }
}
