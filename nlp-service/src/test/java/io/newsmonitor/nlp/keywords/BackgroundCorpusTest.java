package io.newsmonitor.nlp.keywords;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsmonitor.nlp.clean.FurnitureRemover;
import io.newsmonitor.nlp.clean.MojibakeRemover;
import io.newsmonitor.nlp.clean.PinyinAnnotationStripper;
import io.newsmonitor.nlp.clean.Removals;
import io.newsmonitor.nlp.script.ScriptConverter;
import io.newsmonitor.nlp.segment.SegmentedText;
import io.newsmonitor.nlp.support.Seeds;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The background corpus behind keyword IDF: the five seeds (cleaned as the pipeline cleans them) and
 * the paragraphs in {@code src/test/resources/keywords/background-paragraphs.txt}. The shipped
 * {@code keywords/document-frequencies.tsv} must be what this corpus gives; after changing the corpus,
 * the candidate rules or the stop-words, rebuild it with {@code -Dbackground.update=true}.
 */
class BackgroundCorpusTest {

    private static final Path PARAGRAPHS = Path.of("src", "test", "resources", "keywords", "background-paragraphs.txt");
    private static final Path FREQUENCIES = Path.of("src", "main", "resources", "keywords", "document-frequencies.tsv");

    @Test
    void shippedDocumentFrequenciesAreThoseOfTheCorpus() throws IOException {
        List<String> documents = new ArrayList<>();
        Seeds.names().forEach(name -> documents.add(clean(Seeds.text(name.substring(0, 3)))));
        documents.addAll(paragraphs());
        KeywordCandidates candidates = new KeywordCandidates(StopWords.load());
        List<Set<String>> perDocument = documents.stream()
                .map(text -> candidates.count(SegmentedText.of(text)).keySet())
                .toList();
        String rebuilt = DocumentFrequencies.of(perDocument).toTsv();

        if (Boolean.getBoolean("background.update")) {
            Files.writeString(FREQUENCIES, rebuilt, StandardCharsets.UTF_8);
        }
        assertThat(documents).hasSize(41);
        assertThat(Files.readString(FREQUENCIES, StandardCharsets.UTF_8))
                .as("%s is stale: rebuild it with -Dbackground.update=true and review the diff", FREQUENCIES)
                .isEqualTo(rebuilt);
    }

    @Test
    void rareTopicTermsWeighMoreThanCommonOnes() {
        DocumentFrequencies frequencies = DocumentFrequencies.load();

        assertThat(frequencies.documents()).isEqualTo(41);
        assertThat(frequencies.idf("铝基新材料")).isGreaterThan(frequencies.idf("企业"));
        assertThat(frequencies.idf("从未出现的词")).isGreaterThan(frequencies.idf("铝基新材料"));
    }

    private static List<String> paragraphs() throws IOException {
        String all = Files.readString(PARAGRAPHS, StandardCharsets.UTF_8);
        return Arrays.stream(all.split("\\n\\s*\\n"))
                .map(block -> block.lines().filter(line -> !line.startsWith("#")).reduce("", (a, b) -> a + b + "\n").strip())
                .filter(block -> !block.isEmpty())
                .toList();
    }

    /** The cleaning steps of the pipeline, without the pipeline (which needs the frequencies being built). */
    private static String clean(String raw) {
        Removals removed = new Removals();
        String text = new MojibakeRemover().remove(new PinyinAnnotationStripper().strip(raw, removed), removed);
        return new FurnitureRemover().remove(new ScriptConverter().toSimplified(text), removed);
    }
}
