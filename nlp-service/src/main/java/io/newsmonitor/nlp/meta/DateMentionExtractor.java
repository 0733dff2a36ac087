package io.newsmonitor.nlp.meta;

import io.newsmonitor.events.DateMention;
import io.newsmonitor.nlp.text.GuardedPattern;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/**
 * Finds the dates and date ranges a text mentions and resolves them against the publication date:
 * {@code 2024年7月18日}, {@code 7月18日至20日}, {@code 18日至20日上午}, {@code 17日}, {@code 昨天},
 * {@code 今年3月} (the whole month), {@code 2023年5月} (the whole month). A month and day without a year
 * take the publication year, or the year before when that would put them more than six months after
 * publication; a day alone takes the publication month, or the month before when the day is later than
 * the publication day. Without a publication date only dates that state their year are resolved.
 *
 * <p>The dateline of the page ({@code 2024年10月17日 21:18 来源:…}, {@code 时间:2022年07月24日}) is
 * publication metadata, not a mention, and is skipped; so are durations ({@code 30日内}) and bare years
 * ({@code 到2027年}), which are targets rather than dates.
 */
public final class DateMentionExtractor {

    private static final String RANGE = "\\s*(?:至|到|—|-|~|－)\\s*";

    private static final GuardedPattern MENTION = GuardedPattern.compile(
            "(?<![\\d.:])(?:(?<year>(?:19|20)\\d{2})\\s*年|(?<rel>今年|去年|明年))?\\s*"
                    + "(?:(?<month>\\d{1,2})\\s*月(?:份)?\\s*(?:(?<day>\\d{1,2})\\s*[日号])?|(?<dayOnly>\\d{1,2})\\s*[日号])"
                    + "(?:" + RANGE + "(?:(?<month2>\\d{1,2})\\s*月\\s*)?(?<day2>\\d{1,2})\\s*[日号])?"
                    + "(?!\\s*(?:内|以内|之内|后|以后|前|以前|左右|起))"
                    + "|(?<word>前天|昨天|昨日|今天|今日|明天|明日)(?!头条)",
            "[0-9今去明前昨\\s]");

    /** A line that states the page's own publication time. */
    private static final GuardedPattern DATELINE = GuardedPattern.compile(
            "(?:19|20)\\d{2}\\s*(?:年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日|-\\d{1,2}-\\d{1,2})\\s*(?:\\d{1,2}[:：]\\d{2}|$)"
                    + "|时间\\s*[:：]|来源\\s*[:：]|发布\\s*[:：]|发布时间", "[12时来发]");

    /** Months of this many or more after publication are taken to be last year's. */
    private static final int MONTHS_AHEAD_MEANS_LAST_YEAR = 6;

    /**
     * @param text clean Simplified text
     * @param published the publication date, or null when unknown
     * @return mentions in order of appearance
     */
    public List<DateMention> extract(String text, LocalDate published) {
        List<DateMention> mentions = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (DATELINE.search(line).found()) {
                continue;
            }
            GuardedPattern.Search m = MENTION.search(line);
            while (m.find()) {
                DateMention mention = resolve(m.matcher(), published);
                if (mention != null) {
                    mentions.add(mention);
                }
            }
        }
        return List.copyOf(mentions);
    }

    private static DateMention resolve(Matcher m, LocalDate published) {
        String text = m.group().strip();
        try {
            if (m.group("word") != null) {
                return published == null ? null : single(text, published.plusDays(offset(m.group("word"))));
            }
            if (m.group("dayOnly") != null) {
                return dayOfMonth(text, m, published);
            }
            Integer year = year(m, published);
            int month = Integer.parseInt(m.group("month"));
            if (year == null) {
                if (published == null) {
                    return null;
                }
                year = yearOfMonth(month, published);
            }
            if (m.group("day") == null) {
                YearMonth whole = YearMonth.of(year, month);
                return new DateMention(text, whole.atDay(1).toString(), whole.atEndOfMonth().toString());
            }
            LocalDate start = LocalDate.of(year, month, Integer.parseInt(m.group("day")));
            return range(text, start, m);
        } catch (DateTimeException notADate) {
            return null;
        }
    }

    private static DateMention dayOfMonth(String text, Matcher m, LocalDate published) {
        if (published == null) {
            return null;
        }
        int day = Integer.parseInt(m.group("dayOnly"));
        YearMonth month = YearMonth.from(published);
        if (day > published.getDayOfMonth()) {
            month = month.minusMonths(1);
        }
        return range(text, month.atDay(day), m);
    }

    private static DateMention range(String text, LocalDate start, Matcher m) {
        if (m.group("day2") == null) {
            return single(text, start);
        }
        int endMonth = m.group("month2") == null ? start.getMonthValue() : Integer.parseInt(m.group("month2"));
        LocalDate end = LocalDate.of(start.getYear(), endMonth, Integer.parseInt(m.group("day2")));
        if (end.isBefore(start)) {
            end = end.plusYears(1);
        }
        return new DateMention(text, start.toString(), end.toString());
    }

    private static Integer year(Matcher m, LocalDate published) {
        if (m.group("year") != null) {
            return Integer.parseInt(m.group("year"));
        }
        if (m.group("rel") == null || published == null) {
            return null;
        }
        return switch (m.group("rel")) {
            case "去年" -> published.getYear() - 1;
            case "明年" -> published.getYear() + 1;
            default -> published.getYear();
        };
    }

    private static int yearOfMonth(int month, LocalDate published) {
        int monthsAhead = month - published.getMonthValue();
        return monthsAhead >= MONTHS_AHEAD_MEANS_LAST_YEAR ? published.getYear() - 1 : published.getYear();
    }

    private static long offset(String word) {
        return switch (word) {
            case "前天" -> -2;
            case "昨天", "昨日" -> -1;
            case "明天", "明日" -> 1;
            default -> 0;
        };
    }

    private static DateMention single(String text, LocalDate day) {
        return new DateMention(text, day.toString(), day.toString());
    }
}
