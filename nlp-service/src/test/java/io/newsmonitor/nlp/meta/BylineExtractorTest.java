package io.newsmonitor.nlp.meta;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BylineExtractorTest {

    private final BylineExtractor extractor = new BylineExtractor();

    @Test
    void readsAuthorsEditorAndPhotographerOfAWireStory() {
        Bylines found = extractor.extract("2024年10月17日 21:18 来源:中新网四川 编辑:尧欣雨\n作者 吴平华 李成\n"
                + "乐至县工业高质量发展大会现场。孙小红 摄");

        assertThat(found.authors()).containsExactly("吴平华", "李成");
        assertThat(found.editors()).containsExactly("尧欣雨");
        assertThat(found.photographers()).containsExactly("孙小红");
    }

    @Test
    void readsReportersInBracketsAndSkipsAnEmptyEditorField() {
        Bylines found = extractor.extract("2024-02-20 02:03:38来源:涪陵区融媒体中心编辑:雷舸责任编辑:\n"
                + "涪陵网讯(记者 吴芳 程淇 何乾健)2月19日,推进会召开。");

        assertThat(found.authors()).containsExactly("吴芳", "程淇", "何乾健");
        assertThat(found.editors()).containsExactly("雷舸");
        assertThat(found.photographers()).isEmpty();
    }

    @Test
    void readsNamesInTheSourceFieldAsAuthorsButNotAnOutlet() {
        assertThat(extractor.extract("时间:2022年07月24日来源:吴弢 吴定君阅读:").authors())
                .containsExactly("吴弢", "吴定君");
        assertThat(extractor.extract("来源:中新网四川 编辑:尧欣雨").authors()).isEmpty();
    }

    @Test
    void listsEachPersonOnceInOrderOfAppearance() {
        Bylines found = extractor.extract("责任编辑:雷舸\n图片。孙小红 摄\n图片。孙小红 摄\n编辑:雷舸");

        assertThat(found.editors()).containsExactly("雷舸");
        assertThat(found.photographers()).containsExactly("孙小红");
    }
}
