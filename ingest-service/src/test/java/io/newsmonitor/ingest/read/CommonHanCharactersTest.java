package io.newsmonitor.ingest.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CommonHanCharactersTest {

    @Test
    void holdsTheMostFrequentSimplifiedAndTraditionalCharacters() {
        assertThat("的是在国会议".codePoints()).allMatch(CommonHanCharacters::contains);
        assertThat("國會議們".codePoints()).allMatch(CommonHanCharacters::contains);
    }

    @Test
    void leavesOutRareCharactersAndNonHan() {
        assertThat("鬻囹圄A，1".codePoints()).noneMatch(CommonHanCharacters::contains);
    }

    @Test
    void sharesCountOnlyHanCharacters() {
        assertThat(CommonHanCharacters.share("会议 2024 鬻")).isEqualTo(2.0 / 3);
        assertThat(CommonHanCharacters.share("2024-07-24")).isZero();
    }

    @Test
    void takesTheTop1024OfEachTableSimplifiedAndTraditionalOverlapping() {
        assertThat(CommonHanCharacters.size()).isEqualTo(1498);
    }
}
