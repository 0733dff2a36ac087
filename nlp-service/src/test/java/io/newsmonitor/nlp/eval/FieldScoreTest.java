package io.newsmonitor.nlp.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FieldScoreTest {

    @Test
    void countsExactMatchesAndListsTheRest() {
        FieldScore score = new FieldScore();

        score.add("001 title", null, null);
        score.add("002 authors", List.of("吴芳", "程淇"), List.of("吴芳", "程淇"));
        score.add("003 outlet", "中新网四川", "中新网");

        assertThat(score.matched()).isEqualTo(2);
        assertThat(score.total()).isEqualTo(3);
        assertThat(score).hasToString("0.67 (2/3)");
        assertThat(score.mismatches()).containsExactly("003 outlet: expected 中新网四川, got 中新网");
    }
}
