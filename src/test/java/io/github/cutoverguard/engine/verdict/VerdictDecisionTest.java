package io.github.cutoverguard.engine.verdict;

import io.github.cutoverguard.engine.GoalResult;
import io.github.cutoverguard.engine.Mode;
import io.github.cutoverguard.engine.testing.Docs;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.github.cutoverguard.engine.verdict.VerdictTestData.breach;
import static io.github.cutoverguard.engine.verdict.VerdictTestData.goal;
import static io.github.cutoverguard.engine.verdict.VerdictTestData.passingPin;
import static org.assertj.core.api.Assertions.assertThat;

class VerdictDecisionTest {

    @Test
    void greenRehearsalIsGoButRuntimeCutoverStaysNoGo() {
        Decision rehearsal = VerdictDecision.rehearsalContinuation(List.of(passingPin()));
        assertThat(rehearsal.label()).isEqualTo("GO");
        Decision runtime = VerdictDecision.runtimeCutover(Mode.REHEARSAL, Docs.REHEARSAL_BASELINE, rehearsal, null);
        assertThat(runtime.label()).isEqualTo("NO-GO");
        assertThat(runtime.reason()).startsWith("rehearsal mode: the runtime stays pinned to v0.3.2 / service.v2");
    }

    @Test
    void anyErrorBreachIsNoGo() {
        Decision d = VerdictDecision.rehearsalContinuation(List.of(passingPin(),
                goal("check-pin", "pin.baseline", breach("PIN-RELEASE-TAG", "pin.json", 3, 18))));
        assertThat(d.go()).isFalse();
        assertThat(d.reason()).isEqualTo("1 error-level breach: PIN-RELEASE-TAG");
    }

    @Test
    void warningsAloneKeepTheRehearsalGoing() {
        GoalResult warned = goal("check-pin", "pin.baseline", breach("PIN-RELEASE-TAG", "pin.json", 3, 18)).asWarnings();
        assertThat(VerdictDecision.rehearsalContinuation(List.of(warned)).reason()).contains("(1 warning)");
    }

    @Test
    void fallbackRegressionIsAnImmediateNoGoWhateverElseHappened() {
        Decision d = VerdictDecision.rehearsalContinuation(List.of(
                goal("check-pin", "pin.baseline", breach("PIN-RELEASE-TAG", "pin.json", 3, 18)),
                goal("guard", "guard.fallback", breach("GUARD-FALLBACK-REGRESSION", "target/surefire-reports/TEST-x.xml", 0, 0))));
        assertThat(d.go()).isFalse();
        assertThat(d.reason()).startsWith("fallback regression (GUARD-FALLBACK-REGRESSION)");
    }

    @Test
    void cutoverNeedsRehearsalGoAndAValidApproval() {
        Decision go = Decision.go("fine");
        GoalResult approved = goal("cutover-approval", "cutover.approval");
        GoalResult refused = goal("cutover-approval", "cutover.approval", breach("CUTOVER-APPROVAL", "approval.json", 0, 0));
        assertThat(VerdictDecision.runtimeCutover(Mode.CUTOVER, Docs.REHEARSAL_BASELINE, go, approved).go()).isTrue();
        assertThat(VerdictDecision.runtimeCutover(Mode.CUTOVER, Docs.REHEARSAL_BASELINE, go, refused).reason())
                .isEqualTo("the joint cutover approval does not hold (1 CUTOVER-APPROVAL breach)");
        assertThat(VerdictDecision.runtimeCutover(Mode.CUTOVER, Docs.REHEARSAL_BASELINE, Decision.noGo("x"), approved).go()).isFalse();
        assertThat(VerdictDecision.runtimeCutover(Mode.CUTOVER, Docs.REHEARSAL_BASELINE, go, null).go()).isFalse();
    }

    @Test
    void approvalBreachesDoNotStopTheRehearsal() {
        assertThat(VerdictDecision.rehearsalContinuation(List.of(passingPin(),
                goal("cutover-approval", "cutover.approval", breach("CUTOVER-APPROVAL", "approval.json", 0, 0)))).go()).isTrue();
    }
}
