package io.newsmonitor.nlp.segment;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsmonitor.events.RawArticle;
import io.newsmonitor.nlp.pipeline.EnrichmentPipeline;
import io.newsmonitor.nlp.support.Seeds;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SegmentedTextTest {

    private static final Pattern SENTENCE = Pattern.compile("[^。！？!?\\n]+[。！？!?]*");

    private static final ArticleSegmenter SEGMENTER = ArticleSegmenter.shared();

    static Stream<Path> articles() throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path folder : List.of(Seeds.FOLDER, Path.of("src", "test", "resources", "unseen"))) {
            try (Stream<Path> listed = Files.list(folder)) {
                listed.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(files::add);
            }
        }
        return files.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("articles")
    void givesEachSentenceOfAnArticleTheWordsItHasWhenSegmentedAlone(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        String clean = EnrichmentPipeline.withDefaults()
                .enrich(RawArticle.of(file.getFileName().toString(), text.length(), Seeds.RECEIVED_AT, text)).text();

        for (String version : List.of(text, clean)) {
            assertThat(describe(SegmentedText.of(version))).isEqualTo(describe(sentenceBySentence(version)));
        }
    }

    @Test
    void cutsAtFinalPunctuationAndAtLineBreaks() {
        SegmentedText segmented = SegmentedText.of("　　巴中市召开工业大会\n市委书记出席会议并讲话。他说：“好。”会议结束！\n\n  。散会");

        assertThat(segmented.sentences()).extracting(SegmentedText.Sentence::text)
                .containsExactly("巴中市召开工业大会", "市委书记出席会议并讲话。", "他说：“好。", "”会议结束！", "。", "散会");
        assertThat(segmented.sentences().get(0).terms()).extracting(term -> term.word)
                .containsExactly("巴中市", "召开", "工业", "大会");
    }

    @Test
    void segmentsTheSentencesOfALineAloneWhenAWordCrossesTheirEdge() {
        // HanLP makes one word of "!," although a sentence ends after the "!".
        assertThat(SEGMENTER.words("大家说好!,然后走了")).extracting(term -> term.word).contains("!,");

        SegmentedText segmented = SegmentedText.of("大家说好!,然后走了");

        assertThat(segmented.sentences()).extracting(SegmentedText.Sentence::text).containsExactly("大家说好!", ",然后走了");
        assertThat(segmented.sentences().get(0).terms()).extracting(term -> term.word)
                .containsExactly("大家", "说", "好", "!");
        assertThat(segmented.sentences().get(1).terms()).extracting(term -> term.word)
                .containsExactly(",", "然后", "走", "了");
    }

    @Test
    void reportsTheWordsTheDictionaryTagsAsOrganisations() {
        SegmentedText.Sentence sentence = SegmentedText.of("国务院召开常务会议。").sentences().get(0);

        assertThat(sentence.organizations()).containsExactly("国务院");
        assertThat(sentence.terms()).extracting(term -> term.word).containsExactly("国务院", "召开", "常务", "会议", "。");
    }

    private static SegmentedText sentenceBySentence(String text) {
        List<SegmentedText.Sentence> sentences = new ArrayList<>();
        Matcher m = SENTENCE.matcher(text);
        while (m.find()) {
            String sentence = m.group().strip();
            if (!sentence.isEmpty()) {
                sentences.add(SEGMENTER.segment(sentence));
            }
        }
        return new SegmentedText(sentences);
    }

    private static List<String> describe(SegmentedText segmented) {
        return segmented.sentences().stream()
                .map(s -> s.text() + " | " + s.terms().stream().map(t -> t.word + "/" + t.nature).toList()
                        + " | " + s.organizations())
                .toList();
    }
}
