package io.github.cutoverguard.engine.verdict;

import io.github.cutoverguard.engine.Mode;
import io.github.cutoverguard.engine.Severity;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.github.cutoverguard.engine.verdict.VerdictTestData.breach;
import static io.github.cutoverguard.engine.verdict.VerdictTestData.goal;
import static io.github.cutoverguard.engine.verdict.VerdictTestData.passingPin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What the verdict goal prints and whether it fails the build, decided in the engine. */
class VerdictOutcomeTest {

    @Test
    void decisionsPrintAsTheBuildLogShowsThem() {
        assertThat(Decision.go("27 checks passed")).hasToString("GO (27 checks passed)");
        assertThat(Decision.noGo("1 error-level breach: PIN-FORMAT")).hasToString("NO-GO (1 error-level breach: PIN-FORMAT)");
    }

    @Test
    void aRehearsalNoGoFailsTheBuildInEitherMode() {
        VerdictResult rehearsal = VerdictTestData.verdict(Mode.REHEARSAL,
                List.of(goal("check-pin", "pin.format", breach("PIN-FORMAT", "config/pin.json", 3, 18))));
        assertThat(rehearsal.failure()).isEqualTo("Rehearsal continuation NO-GO: 1 error-level breach: PIN-FORMAT");
        VerdictResult cutover = VerdictTestData.verdict(Mode.CUTOVER,
                List.of(goal("check-pin", "pin.format", breach("PIN-FORMAT", "config/pin.json", 3, 18))));
        assertThat(cutover.failure()).startsWith("Rehearsal continuation NO-GO: ");
    }

    @Test
    void runtimeCutoverNoGoFailsTheBuildOnlyInCutoverMode() {
        assertThat(VerdictTestData.verdict(Mode.REHEARSAL, List.of(passingPin())).failure()).isNull();
        assertThat(VerdictTestData.verdict(Mode.CUTOVER, List.of(passingPin())).failure())
                .startsWith("Runtime cutover NO-GO: the joint cutover approval does not hold");
    }

    @Test
    void warnOnlyVerdictsKeepTheirDecisionsAndDowngradeEveryBreach() {
        VerdictResult verdict = VerdictTestData.verdict(Mode.REHEARSAL,
                List.of(goal("check-pin", "pin.format", breach("PIN-FORMAT", "config/pin.json", 3, 18))));
        VerdictResult warned = verdict.asWarnings();
        assertThat(warned.breaches()).singleElement().satisfies(b -> {
            assertThat(b.severity()).isEqualTo(Severity.WARNING);
            assertThat(b.ruleId()).isEqualTo("PIN-FORMAT");
        });
        assertThat(warned.rehearsalContinuation()).isEqualTo(verdict.rehearsalContinuation());
        assertThat(warned.runtimeCutover()).isEqualTo(verdict.runtimeCutover());
        assertThat(warned.risks()).isEqualTo(verdict.risks());
        assertThat(warned.followUps()).isEqualTo(verdict.followUps());
        assertThat(warned.errors()).isEmpty();
    }

    @Test
    void verdictChecksSelectGoalsInGoalOrderAndRejectUnknownOnes() {
        assertThat(Verdict.selected(null)).isEqualTo(Verdict.GOALS);
        assertThat(Verdict.selected(List.of())).isEqualTo(Verdict.GOALS);
        assertThat(Verdict.selected(List.of("guard", "check-pin"))).containsExactly("check-pin", "guard");
        assertThatThrownBy(() -> Verdict.selected(List.of("check-pins"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Unknown <verdictChecks> entry 'check-pins': one of check-pin, validate-handoff, verify-parity, "
                        + "check-alignment, check-docs, guard");
    }
}
