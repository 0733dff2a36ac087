package io.newsmonitor.nlp.meta;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;

class DateExtractorTest {

    private final DateExtractor extractor = new DateExtractor();

    @Test
    void readsChineseDateWithHoursAndMinutes() {
        assertThat(extractor.extract("标题\n2024年10月17日 21:18 来源:中新网四川 编辑:尧欣雨"))
                .isEqualTo("2024-10-17T21:18:00+08:00");
    }

    @Test
    void readsIsoLikeDateWithSeconds() {
        assertThat(extractor.extract("2024-02-20 02:03:38来源:涪陵区融媒体中心编辑:雷舸"))
                .isEqualTo("2024-02-20T02:03:38+08:00");
    }

    @Test
    void readsLabelledDateWithoutTimeAsMidnight() {
        assertThat(extractor.extract("时间:2022年07月24日来源:吴弢 吴定君阅读:"))
                .isEqualTo("2022-07-24T00:00:00+08:00");
    }

    @Test
    void skipsImpossibleDates() {
        assertThat(extractor.extract("编号2024-13-45,发布于2023年2月1日")).isEqualTo("2023-02-01T00:00:00+08:00");
    }

    @Test
    void ignoresYearsInsideLongerNumbers() {
        assertThat(extractor.extract("电话:17780758009-12-1")).isNull();
    }

    @Test
    void returnsNullWhenTheTextStatesNoDate() {
        assertThat(extractor.extract("到2027年,实现工业产值翻番;7月22日到23日举行读书班。")).isNull();
    }

    @Test
    void readsDatesWrittenWithSlashesOrDots() {
        assertThat(extractor.extract("发布时间：2025/09/06 11:05:00　来源：永川日报")).isEqualTo("2025-09-06T11:05:00+08:00");
        assertThat(extractor.extract("日期：2025.05.06　来源：江津日报")).isEqualTo("2025-05-06T00:00:00+08:00");
    }

    @Test
    void readsTheTimeAfterAWeekday() {
        assertThat(extractor.extract("2025年4月1日 星期二 15:30 来源：通川区应急管理局"))
                .isEqualTo("2025-04-01T15:30:00+08:00");
    }

    @Test
    void readsHoursAndMinutesWrittenInChinese() {
        assertThat(extractor.extract("发布时间：2025年3月12日 9时30分")).isEqualTo("2025-03-12T09:30:00+08:00");
    }

    @Test
    void prefersTheDateAFieldLabels() {
        assertThat(extractor.extract("2025-04-03\n平昌县召开安全生产工作专题会议\n发布日期：2025-04-01"))
                .isEqualTo("2025-04-01T00:00:00+08:00");
    }

    @Test
    void ignoresDatesInsideSentences() {
        assertThat(extractor.extract("演练模拟2025年5月18日凌晨州河上游普降暴雨的情况。该市于2024年12月31日前完成除险加固。"))
                .isNull();
    }

    @Test
    void prefersThePublicationDateOverTheDateADocumentWasSigned() {
        assertThat(extractor.extract("发文字号：达市府发〔2025〕8号　成文日期：2025年03月05日　发布日期：2025年03月10日"))
                .isEqualTo("2025-03-10T00:00:00+08:00");
    }

    @Test
    void writesEveryTimeItCanReadAsTheIsoFormatterWritesItInChinaStandardTime() {
        DateTimeFormatter formatter = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");
        for (LocalDateTime time = LocalDateTime.of(1900, 1, 1, 0, 0, 0); time.getYear() < 2100;
                time = time.plusHours(7).plusMinutes(13).plusSeconds(29)) {
            assertThat(DateExtractor.iso(time)).isEqualTo(time.atOffset(ZoneOffset.ofHours(8)).format(formatter));
        }
    }
}
