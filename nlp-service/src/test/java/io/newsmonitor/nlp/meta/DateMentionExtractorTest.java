package io.newsmonitor.nlp.meta;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsmonitor.events.DateMention;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DateMentionExtractorTest {

    private final DateMentionExtractor extractor = new DateMentionExtractor();

    @Test
    void resolvesMonthDayRangeAgainstThePublicationYear() {
        assertThat(extractor.extract("7月18日至20日,全市“六大突破”暨重大项目推进现场会召开。", LocalDate.of(2020, 7, 21)))
                .containsExactly(new DateMention("7月18日至20日", "2020-07-18", "2020-07-20"));
    }

    @Test
    void resolvesDayRangeWithoutMonthAgainstThePublicationMonth() {
        assertThat(extractor.extract("18日至20日上午,与会代表分成两组。在20日下午举行的大会上,", LocalDate.of(2020, 7, 21)))
                .containsExactly(
                        new DateMention("18日至20日", "2020-07-18", "2020-07-20"),
                        new DateMention("20日", "2020-07-20", "2020-07-20"));
    }

    @Test
    void resolvesBareDayAndWireDateline() {
        assertThat(extractor.extract("中新网四川新闻10月17日电 题:帅乡工业\n近年来,帅乡陈毅故里发展迅猛。17日,四川乐至县举行工业高质量发展大会,",
                LocalDate.of(2024, 10, 17)))
                .containsExactly(
                        new DateMention("10月17日", "2024-10-17", "2024-10-17"),
                        new DateMention("17日", "2024-10-17", "2024-10-17"));
    }

    @Test
    void takesTheMonthBeforeForADayLaterThanPublication() {
        assertThat(extractor.extract("28日,市政府召开常务会议。", LocalDate.of(2024, 3, 2)))
                .containsExactly(new DateMention("28日", "2024-02-28", "2024-02-28"));
    }

    @Test
    void takesTheYearBeforeForAMonthFarAfterPublication() {
        assertThat(extractor.extract("去年12月5日开工的项目,于1月20日完成主体。", LocalDate.of(2024, 1, 25)))
                .containsExactly(
                        new DateMention("去年12月5日", "2023-12-05", "2023-12-05"),
                        new DateMention("1月20日", "2024-01-20", "2024-01-20"));
        assertThat(extractor.extract("12月5日开工。", LocalDate.of(2024, 1, 25)))
                .containsExactly(new DateMention("12月5日", "2023-12-05", "2023-12-05"));
    }

    @Test
    void resolvesRelativeDaysAndMonths() {
        assertThat(extractor.extract("昨天,绵阳市举行科技城招商推介会。今年3月,项目签约;明天将开工。", LocalDate.of(2023, 6, 9)))
                .containsExactly(
                        new DateMention("昨天", "2023-06-08", "2023-06-08"),
                        new DateMention("今年3月", "2023-03-01", "2023-03-31"),
                        new DateMention("明天", "2023-06-10", "2023-06-10"));
    }

    @Test
    void resolvesFullDatesAndCrossMonthRanges() {
        assertThat(extractor.extract("展会于2024年9月28日至10月3日在宜宾举办,2023年2月签约。", null))
                .containsExactly(
                        new DateMention("2024年9月28日至10月3日", "2024-09-28", "2024-10-03"),
                        new DateMention("2023年2月", "2023-02-01", "2023-02-28"));
    }

    @Test
    void readsTheRangeOfASeedWithWrittenToForm() {
        assertThat(extractor.extract("   7月22日到23日,县级领导干部和正科级主要负责同志读书班举行,", LocalDate.of(2022, 7, 24)))
                .containsExactly(new DateMention("7月22日到23日", "2022-07-22", "2022-07-23"));
    }

    @Test
    void skipsTheDatelineDurationsAndBareYears() {
        String text = "2024年10月17日 21:18 来源:中新网四川 编辑:尧欣雨\n时间:2022年07月24日来源:吴弢\n"
                + "请在30日内进行。到2027年,实现工业产值翻番;2023年第14次党工委会议。";
        assertThat(extractor.extract(text, LocalDate.of(2024, 10, 17))).isEmpty();
    }

    @Test
    void leavesRelativeDatesUnresolvedWithoutAPublicationDate() {
        assertThat(extractor.extract("18日至20日上午,昨天,7月18日。", null)).isEmpty();
    }

    @Test
    void skipsImpossibleDates() {
        assertThat(extractor.extract("2月30日,13月1日,2月29日。", LocalDate.of(2023, 3, 1))).isEmpty();
    }
}
