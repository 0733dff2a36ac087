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

    @Test
    void neverReadsARoleLabelAsAName() {
        assertThat(extractor.extract("（记者 李晓燕 通讯员 赵强）3月11日，会议召开。").authors())
                .containsExactly("李晓燕", "赵强");
    }

    @Test
    void readsReporterLabelsWithAnOutletBeforeThem() {
        assertThat(extractor.extract("本报记者 唐甜 通讯员 胡晓东 钟丽\n9月5日，招聘会举行。").authors())
                .containsExactly("唐甜", "胡晓东", "钟丽");
        assertThat(extractor.extract("（四川日报记者 陈小楠）2月17日，推进会召开。").authors()).containsExactly("陈小楠");
        assertThat(extractor.extract("（融媒体记者 杜鹃 实习记者 杨柳）3月31日").authors()).containsExactly("杜鹃", "杨柳");
    }

    @Test
    void givesEachNameTheRoleOfTheLabelBeforeIt() {
        Bylines found = extractor.extract("本报讯（记者 何静 摄影 罗彬）5月18日上午，演练举行。");

        assertThat(found.authors()).containsExactly("何静");
        assertThat(found.photographers()).containsExactly("罗彬");
    }

    @Test
    void creditsTheWriterWhoTookThePhotosAsBoth() {
        Bylines found = extractor.extract("大竹县开展农资市场专项检查\n文/图 刘思远\n近日，检查组深入门店。");

        assertThat(found.authors()).containsExactly("刘思远");
        assertThat(found.photographers()).containsExactly("刘思远");
    }

    @Test
    void countsReviewersAndProofreadersAsEditorsNotAuthors() {
        Bylines found = extractor.extract("作者：陈静　摄影：林伟\n正文。\n责任编辑：刘倩　校对：马骏\n编辑：罗丹　审核：张伟");

        assertThat(found.authors()).containsExactly("陈静");
        assertThat(found.editors()).containsExactly("刘倩", "马骏", "罗丹", "张伟");
        assertThat(found.photographers()).containsExactly("林伟");
    }

    @Test
    void passesOverTheUnitBeforeACorrespondentsName() {
        assertThat(extractor.extract("（通讯员 县应急局 孙丽）7月1日，会议召开。").authors()).containsExactly("孙丽");
        assertThat(extractor.extract("作者：四川日报 张敏\n正文。").authors()).containsExactly("张敏");
    }

    @Test
    void stopsAtTheNextFieldAndAtTheWordReport() {
        assertThat(extractor.extract("时间：2025-04-01 来源：达州日报 作者：王敏 唐小川 点击数：356").authors())
                .containsExactly("王敏", "唐小川");
        assertThat(extractor.extract("本报记者 王芳 报道\n正文。").authors()).containsExactly("王芳");
    }

    @Test
    void findsNoBylineInASentenceAboutReporters() {
        Bylines found = extractor.extract("记者从会上获悉，今年将新建改造农村公路5000公里。接受记者采访时，他说。");

        assertThat(found.authors()).isEmpty();
        assertThat(found.editors()).isEmpty();
    }

    @Test
    void readsAPhotographerNamedInBracketsBeforeTheMark() {
        assertThat(extractor.extract("演练现场（罗彬 摄）\n正文。").photographers()).containsExactly("罗彬");
    }

    @Test
    void readsARoleWrittenAfterEachNameAndStopsAtTheSourceField() {
        Bylines found = extractor.extract("作者：王琳/文 李强/图　来源：合江县融媒体中心　发布时间：2025-07-02");

        assertThat(found.authors()).containsExactly("王琳");
        assertThat(found.photographers()).containsExactly("李强");
    }
}
