package io.newsmonitor.nlp.keywords;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StopWordsTest {

    private final StopWords stopWords = StopWords.load();

    @Test
    void holdsTheGenericWordsOfPolicyNews() {
        assertThat(stopWords.contains("发展")).isTrue();
        assertThat(stopWords.contains("建设")).isTrue();
        assertThat(stopWords.contains("推动")).isTrue();
        assertThat(stopWords.contains("工作")).isTrue();
        assertThat(stopWords.contains("全市")).isTrue();
    }

    @Test
    void keepsModifiersOfTopicPhrasesAndSkipsComments() {
        assertThat(stopWords.contains("重大")).isFalse(); // 重大项目 is a topic
        assertThat(stopWords.contains("铝基新材料")).isFalse();
        assertThat(stopWords.contains("# policy verbs and their objects")).isFalse();
        assertThat(stopWords.size()).isEqualTo(184);
    }
}
