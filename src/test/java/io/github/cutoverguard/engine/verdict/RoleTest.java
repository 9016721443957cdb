package io.github.cutoverguard.engine.verdict;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RoleTest {

    private static final List<String> PIN = List.of("an integration pin (config/integration-pin.json)");
    private static final List<String> API = List.of("openApiFile", "canonicalDirectory");

    @Test
    void whatIsConfiguredSaysTheRole() {
        assertThat(Role.of(null, PIN, List.of())).isEqualTo(Role.CONSUMER);
        assertThat(Role.of(null, List.of(), API)).isEqualTo(Role.PRODUCER);
        assertThat(Role.of(null, PIN, API)).isEqualTo(Role.BOTH);
        assertThat(Role.why(null, PIN, API)).isEqualTo("inferred from an integration pin (config/integration-pin.json), "
                + "openApiFile, canonicalDirectory");
    }

    @Test
    void nothingConfiguredIsAConsumerUnlessTheRoleSaysOtherwise() {
        assertThat(Role.of(null, List.of(), List.of())).isEqualTo(Role.CONSUMER);
        assertThat(Role.why(null, List.of(), List.of())).contains("no producer input configured", "<role>");
        assertThat(Role.of(Role.PRODUCER, List.of(), API)).isEqualTo(Role.PRODUCER);
        assertThat(Role.why(Role.PRODUCER, List.of(), API)).isEqualTo("set by <role>");
        // a handoff alone is either side's: <role>producer</role> without a producer's input would only drop the guard
        assertThatThrownBy(() -> Role.of(Role.PRODUCER, List.of(), List.of()))
                .hasMessageStartingWith("<role>producer</role>, but none of a producer's inputs is configured");
    }

    @Test
    void aRoleThatWouldLeaveConfiguredInputsUnjudgedIsAConfigurationError() {
        assertThatThrownBy(() -> Role.of(Role.PRODUCER, PIN, API))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("<role>producer</role> contradicts what is configured: an integration pin")
                .hasMessageContaining("a consumer's input").hasMessageContaining("<role>both</role>");
        assertThatThrownBy(() -> Role.of(Role.CONSUMER, PIN, API))
                .hasMessageContaining("openApiFile, canonicalDirectory are a producer's inputs");
        assertThat(Role.of(Role.BOTH, PIN, List.of())).isEqualTo(Role.BOTH);
        assertThat(Role.of(Role.CONSUMER, PIN, List.of())).isEqualTo(Role.CONSUMER);
    }

    @Test
    void eachRoleRunsItsOwnGoalsAndMakesItsOwnDecisions() {
        assertThat(Role.CONSUMER.goals()).containsExactly("check-pin", "validate-handoff", "check-docs", "guard");
        assertThat(Role.PRODUCER.goals()).containsExactly("validate-handoff", "verify-parity", "check-alignment", "check-docs");
        assertThat(Role.BOTH.goals()).isEqualTo(Verdict.GOALS);
        assertThat(Role.CONSUMER.judgesConsumer()).isTrue();
        assertThat(Role.CONSUMER.judgesProducer()).isFalse();
        assertThat(Role.PRODUCER.judgesConsumer()).isFalse();
        assertThat(Role.PRODUCER.judgesProducer()).isTrue();
        assertThat(Role.BOTH.judgesConsumer()).isTrue();
        assertThat(Role.BOTH.judgesProducer()).isTrue();
    }

    @Test
    void parsesTheParameter() {
        assertThat(Role.parse(" Producer ")).isEqualTo(Role.PRODUCER);
        assertThat(Role.parse(null)).isNull();
        assertThat(Role.parse(" ")).isNull();
        assertThatThrownBy(() -> Role.parse("publisher")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("<role> must be consumer, producer or both, was 'publisher'");
    }

    @Test
    void decisionLinesNameTheirMembers() {
        assertThat(VerdictLine.HANDOFF_PUBLICATION.member()).isEqualTo("handoff_publication");
        assertThat(VerdictLine.HANDOFF_PUBLICATION.camelCase()).isEqualTo("handoffPublication");
        assertThat(VerdictLine.REHEARSAL_CONTINUATION.camelCase()).isEqualTo("rehearsalContinuation");
        assertThat(VerdictLine.RUNTIME_CUTOVER.title()).isEqualTo("Runtime cutover");
    }
}
