package io.newsmonitor.nlp.figures;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MeetingExtractorTest {

    private final MeetingExtractor extractor = new MeetingExtractor();

    @Test
    void findsPlenaryAndStandingCommitteeSessionsOfSeed000() {
        assertThat(extractor.extract("苍溪县召开十四届县委常委会第67次会议,传达学习市委八届六次全会精神,研究贯彻落实意见。"
                + "会议指出,将深入贯彻落实。\n旺苍县委召开十三届四次全会,传达学习市委八届六次全会精神。"))
                .containsExactly("十四届县委常委会第67次会议", "市委八届六次全会", "十三届四次全会");
    }

    @Test
    void findsNamedConferencesWithTheirQualifier() {
        assertThat(extractor.extract("罗增斌在全市“六大突破”暨重大项目推进现场会上强调\n"
                + "7月18日至20日,全市“六大突破”暨重大项目推进现场会召开。要深入贯彻党中央决策部署和全省抓项目促投资现场会精神。"
                + "在20日下午举行的大会上,大会以视频会议形式召开。"))
                .containsExactly("全市“六大突破”暨重大项目推进现场会", "全省抓项目促投资现场会");
    }

    @Test
    void keepsTheLongerNameOfANumberedJointMeeting() {
        assertThat(extractor.extract("会议传达学习推动成渝地区双城经济圈建设重庆四川党政联席会议第八次会议和重庆市建设成渝地区双城经济圈工作推进大会精神。"))
                .containsExactly("推动成渝地区双城经济圈建设重庆四川党政联席会议第八次会议", "重庆市建设成渝地区双城经济圈工作推进大会");
    }

    @Test
    void findsMeetingsOfOtherPlaces() {
        assertThat(extractor.extract("4日,绵阳市政府召开第52次常务会议。南充市召开民营企业家座谈会,顺庆区举行招商引资项目推进会。"))
                .containsExactly("第52次常务会议", "民营企业家座谈会", "招商引资项目推进会");
    }

    @Test
    void skipsBareMeetingsAndWordsEndingInMeetingCharacters() {
        assertThat(extractor.extract("会议要求,全县上下要深入实施第三轮交通大会战。会议以视频方式举行,设分会场。")).isEmpty();
    }
}
