package io.newsmonitor.nlp.figures;

import io.newsmonitor.nlp.text.GuardedPattern;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds named meetings with their qualifier: plenary sessions ({@code 市委八届六次全会},
 * {@code 十三届四次全会}) and party congresses ({@code 省第十二次党代会}) by their fixed form; numbered sessions ({@code 十四届县委常委会第67次会议}, {@code 第八次会议}),
 * standing-committee meetings ({@code 区委常委会会议}) and named conferences ending in 座谈会, 推进会,
 * 现场会, 大会 or 联席会议 ({@code 全市“六大突破”暨重大项目推进现场会}). The qualifier is read backwards
 * from the meeting word to the start of the clause or to a verb or particle that cannot be part of a
 * name (召开, 学习, 在, 的 …). A bare 会议 or 大会 without a qualifier is not a named meeting.
 * In order of first appearance, without repeats.
 */
public final class MeetingExtractor {

    private static final String NUMERAL = "[\\d一二三四五六七八九十百]+";

    /**
     * Plenary sessions and party congresses have a fixed form: an optional body, term and session
     * (市委八届六次全会, 十三届四次全会, 市委全会), or a level and number (省第十二次党代会).
     */
    private static final GuardedPattern SESSION = GuardedPattern.compile(
            "(?:[省市州县区]委)?(?:" + NUMERAL + "届" + NUMERAL + "次)?全(?:体会议|会)"
                    + "|[省市州县区]?第" + NUMERAL + "次(?:党代会|党员代表大会|人民代表大会)", "[省市州县区0-9一二三四五六七八九十百全第]");

    private static final String MEETING_WORDS = "联席会议|常务会议|会议|座谈会|推进会|现场会|推进大会|大会|工作会|专题会";

    private static final GuardedPattern MEETING_WORD = GuardedPattern.compile(
            "(?:" + MEETING_WORDS + ")(?![战堂场所])", GuardedPattern.firstCharacters(MEETING_WORDS));

    /** Characters a meeting name can contain. */
    private static final Pattern NAME_CHAR = Pattern.compile("[\\p{IsHan}\\d“”()（）·]");

    /** Words that end the qualifier: what stands before them is not part of the meeting's name. */
    private static final Pattern BOUNDARY = Pattern.compile(
            ".*(?:召开了?|举行|举办|出席|主持|参加|列席|传达|学习|贯彻|落实|研究|在|和|及|与|了|的|是|为|以|把|作为|将|于|由|对|上|次日|日)");

    /** A plain 会议 is a named meeting only with one of these in its qualifier. */
    private static final Pattern NAMED_SESSION = Pattern.compile("常委会|常务|第[\\d一二三四五六七八九十百]+次|届|党组|党工委|联席|专题|办公");

    private static final int MAX_NAME_CHARS = 32;
    private static final int MIN_QUALIFIER_CHARS = 2;

    /**
     * Whether the text holds a word every {@link #SESSION} ends with (全会, 全体会议, 党代会, …代表大会): most texts
     * hold none, and their many 市, 县, 一 and 十 would each start the expression.
     */
    private static boolean mayNameASession(String text) {
        return text.contains("全会") || text.contains("全体会议") || text.contains("代会") || text.contains("代表大会");
    }

    public List<String> extract(String text) {
        Map<Integer, String> byPosition = new TreeMap<>();
        if (mayNameASession(text)) {
            GuardedPattern.Search session = SESSION.search(text);
            while (session.find()) {
                if (session.group().length() > 2) {
                    byPosition.put(session.start(), session.group());
                }
            }
        }
        GuardedPattern.Search m = MEETING_WORD.search(text);
        while (m.find()) {
            String qualifier = qualifierBefore(text, m.start());
            if (qualifier.length() < MIN_QUALIFIER_CHARS) {
                continue;
            }
            if (m.group().equals("会议") && !NAMED_SESSION.matcher(qualifier).find()) {
                continue;
            }
            byPosition.put(m.start() - qualifier.length(), qualifier + m.group());
        }
        Set<String> meetings = new LinkedHashSet<>(byPosition.values());
        // 联席会议 inside 联席会议第八次会议: keep only the longer name.
        return meetings.stream().filter(name -> meetings.stream().noneMatch(other -> !other.equals(name) && other.contains(name)))
                .toList();
    }

    private static String qualifierBefore(String text, int end) {
        int start = end;
        while (start > 0 && end - start < MAX_NAME_CHARS && NAME_CHAR.matcher(text.substring(start - 1, start)).matches()) {
            start--;
        }
        String run = text.substring(start, end);
        Matcher boundary = BOUNDARY.matcher(run);
        if (boundary.lookingAt()) {
            run = run.substring(boundary.end());
        }
        return stripUnbalancedQuotes(run);
    }

    /** A run that starts inside a quotation (…”推进会) keeps no half-quote. */
    private static String stripUnbalancedQuotes(String run) {
        String s = run;
        while (!s.isEmpty() && (s.charAt(0) == '”' || s.charAt(0) == ')' || s.charAt(0) == '）')) {
            s = s.substring(1);
        }
        return s;
    }
}
