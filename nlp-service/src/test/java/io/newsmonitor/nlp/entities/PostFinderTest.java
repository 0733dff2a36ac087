package io.newsmonitor.nlp.entities;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PostFinderTest {

    private final PostFinder posts = new PostFinder();

    @Test
    void findsPostWithOrganisationPrefixBeforeName() {
        assertThat(posts.find("李余良", "县委书记李余良在开班式上作主题报告。")).containsExactly("县委书记");
        assertThat(posts.find("王志杰", "区委书记王志杰参加会议并讲话。")).containsExactly("区委书记");
    }

    @Test
    void findsEveryPostOfAChainSeparatedByEnumerationCommas() {
        assertThat(posts.find("何平", "市委副书记、市长何平主持会议。")).containsExactly("市委副书记", "市长");
        assertThat(posts.find("陶斌", "市委常委、市委秘书长、市直工委书记陶斌通报情况。"))
                .containsExactly("市委常委", "市委秘书长", "市直工委书记");
    }

    @Test
    void takesOnlyThePostOfTheNameInAListOfTitledNames() {
        String text = "市人大常委会主任魏文通、市政协主席朱冬出席会议。";

        assertThat(posts.find("朱冬", text)).containsExactly("市政协主席");
        assertThat(posts.find("魏文通", text)).containsExactly("市人大常委会主任");
    }

    @Test
    void dropsABareTitleThatALongerPostEndsWith() {
        assertThat(posts.find("张廷发", "县人大常委会主任张廷发出席。主任张廷发指出,要实干。"))
                .containsExactly("县人大常委会主任");
    }

    @Test
    void readsTheEditorsFieldAsAPost() {
        assertThat(posts.find("尧欣雨", "来源:中新网四川 编辑:尧欣雨")).containsExactly("编辑");
    }

    @Test
    void findsNoPostForANameWithoutTitle() {
        assertThat(posts.find("吴智明", "县领导吴智明、王家术等出席。")).isEmpty();
    }

    @Test
    void readsAPostWrittenAtTheEndOfThePreviousLine() {
        assertThat(posts.find("李余良", "县委书记\n李余良在开班式上作主题报告。")).containsExactly("县委书记");
        assertThat(posts.find("尧欣雨", "责任编辑：\r\n尧欣雨")).containsExactly("责任编辑");
    }
}
