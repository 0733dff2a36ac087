package io.newsmonitor.nlp.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class PersonContextTest {

    @Test
    void acceptsAListOfNamesWhenOneOfThemIsFollowedByAPersonWord() {
        String text = "区领导陈建国、刘晓梅、赵永强等出席。";

        assertThat(PersonContext.supported(Set.of("陈建国", "刘晓梅", "赵永强"), Set.of(), text))
                .containsExactlyInAnyOrder("陈建国", "刘晓梅", "赵永强");
    }

    @Test
    void acceptsANameBeforeAWordThatOnlyFollowsPersons() {
        assertThat(PersonContext.supported(Set.of("朱德"), Set.of(), "红军长征途经此地,朱德故居游人如织。"))
                .containsExactly("朱德");
    }

    @Test
    void rejectsWordsWithoutPersonEvidence() {
        String text = "会议要求,要聚焦关键点、抓实着力点,推动西部陆海新通道建设,以艾比酷等为重点发展电子信息产业。";

        assertThat(PersonContext.supported(Set.of("关键点", "陆海新", "艾比"), Set.of(), text)).isEmpty();
    }

    @Test
    void acceptsANameListedWithAKnownName() {
        assertThat(PersonContext.supported(Set.of("孟庆红"), Set.of("周建华"), "周建华、孟庆红一同调研。"))
                .containsExactly("孟庆红");
    }
}
