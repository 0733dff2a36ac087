package io.newsmonitor.local.compose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ComposeVariablesTest {

    private final ComposeVariables variables = new ComposeVariables(Map.of("NLP_REPLICAS", "2", "EMPTY", ""));

    @Test
    void doubleDollarIsALiteralDollarForTheShell() {
        assertThat(variables.interpolate("isr=$$(( RF > 1 ? 2 : 1 )); $$t --topic x"))
                .isEqualTo("isr=$(( RF > 1 ? 2 : 1 )); $t --topic x");
    }

    @Test
    void setVariableReplacesItsReferenceAndItsDefault() {
        assertThat(variables.interpolate("${NLP_REPLICAS:-3}")).isEqualTo("2");
        assertThat(variables.interpolate("n=$NLP_REPLICAS")).isEqualTo("n=2");
    }

    @Test
    void colonDashDefaultCoversUnsetAndEmptyWhileDashCoversUnsetOnly() {
        assertThat(variables.interpolate("${MISSING:-kafka:29092}")).isEqualTo("kafka:29092");
        assertThat(variables.interpolate("${EMPTY:-1}")).isEqualTo("1");
        assertThat(variables.interpolate("${EMPTY-1}")).isEmpty();
        assertThat(variables.interpolate("${MISSING}")).isEmpty();
    }

    @Test
    void unknownSyntaxIsRefusedWithTheText() {
        assertThatThrownBy(() -> variables.interpolate("${NLP_REPLICAS:?set it}"))
                .hasMessageContaining("${NLP_REPLICAS:?set it}");
    }
}
