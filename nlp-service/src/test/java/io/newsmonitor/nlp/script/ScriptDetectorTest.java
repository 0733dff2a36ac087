package io.newsmonitor.nlp.script;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsmonitor.nlp.clean.PinyinAnnotationStripper;
import io.newsmonitor.nlp.support.Seeds;
import org.junit.jupiter.api.Test;

class ScriptDetectorTest {

    private final ScriptDetector detector = new ScriptDetector();
    private final PinyinAnnotationStripper pinyin = new PinyinAnnotationStripper();

    @Test
    void detectsSimplifiedSeed() {
        assertThat(detector.detect(Seeds.text("000"))).isEqualTo(Script.SIMPLIFIED);
        assertThat(detector.detect(Seeds.text("001"))).isEqualTo(Script.SIMPLIFIED);
    }

    @Test
    void detectsTraditionalSeeds() {
        assertThat(detector.detect(pinyin.strip(Seeds.text("002")))).isEqualTo(Script.TRADITIONAL);
        assertThat(detector.detect(pinyin.strip(Seeds.text("003")))).isEqualTo(Script.TRADITIONAL);
        assertThat(detector.detect(pinyin.strip(Seeds.text("004")))).isEqualTo(Script.TRADITIONAL);
    }

    @Test
    void detectsMixedWhenBothScriptsAreCommon() {
        assertThat(detector.detect("这是简体中文的句子。這是繁體中文的句子。")).isEqualTo(Script.MIXED);
    }

    @Test
    void treatsTextWithoutDistinctiveCharactersAsSimplified() {
        assertThat(detector.detect("中国人民 2024")).isEqualTo(Script.SIMPLIFIED);
    }

    @Test
    void labelsScriptsInLowerCase() {
        assertThat(Script.TRADITIONAL.label()).isEqualTo("traditional");
    }
}
