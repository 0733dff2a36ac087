package io.newsmonitor.nlp.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EntityScoreTest {

    @Test
    void scoresSurfaceFormsIgnoredNamesAndFurniture() {
        EntityScore score = new EntityScore();
        List<List<String>> gold = List.of(List.of("苍溪县", "苍溪"), List.of("成都市"), List.of("方营路"), List.of("长江"));

        score.add("009", gold, Set.of("中国"), Set.of("方营路"), List.of("苍溪", "中国", "双城"));

        assertThat(score.precision()).isCloseTo(0.5, within(1e-9));
        assertThat(score.recall()).isCloseTo(1.0 / 3, within(1e-9));
        assertThat(score.f1()).isCloseTo(0.4, within(1e-9));
        assertThat(score.falsePositives()).containsExactly("009 双城");
        assertThat(score.misses()).containsExactly("009 成都市", "009 长江");
        assertThat(score.furnitureMisses()).containsExactly("009 方营路");
        assertThat(score).hasToString("P 0.50 (1/2)  R 0.33 (1/3)  F1 0.40");
    }

    @Test
    void isZeroWhenNothingIsPredicted() {
        EntityScore score = new EntityScore();

        score.add("009", List.of(List.of("李成")), Set.of(), Set.of(), List.of());

        assertThat(score.precision()).isZero();
        assertThat(score.f1()).isZero();
        assertThat(score.misses()).containsExactly("009 李成");
    }
}
