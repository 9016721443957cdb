package io.github.cutoverguard.engine.verdict;

import io.github.cutoverguard.engine.GoalResult;
import io.github.cutoverguard.engine.Mode;
import io.github.cutoverguard.engine.cutover.Lifecycle;
import io.github.cutoverguard.engine.testing.Docs;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static io.github.cutoverguard.engine.verdict.VerdictTestData.DAY;
import static io.github.cutoverguard.engine.verdict.VerdictTestData.breach;
import static io.github.cutoverguard.engine.verdict.VerdictTestData.goal;
import static io.github.cutoverguard.engine.verdict.VerdictTestData.passingPin;
import static org.assertj.core.api.Assertions.assertThat;

class VerdictDecisionTest {

    @Test
    void greenRehearsalIsGoButRuntimeCutoverStaysNoGo() {
        Decision rehearsal = VerdictDecision.rehearsalContinuation(List.of(passingPin()));
        assertThat(rehearsal.label()).isEqualTo("GO");
        Decision runtime = VerdictDecision.runtimeCutover(Mode.REHEARSAL, Docs.REHEARSAL_BASELINE, rehearsal, null, DAY, null);
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
    void aBrokenApprovalRecordIsNamedBeforeThePinMoveItLeavesUnapproved() {
        Decision rehearsal = VerdictDecision.rehearsalContinuation(List.of(
                goal("guard", "guard.pin", breach("GUARD-PIN-CHANGED", "config/integration-pin.json", 3, 18))));
        GoalResult refused = goal("cutover-approval", "cutover.approval",
                breach("CUTOVER-APPROVAL", "config/stock-cutover-approval.json", 0, 0));
        Decision cutover = VerdictDecision.runtimeCutover(Mode.CUTOVER, Docs.REHEARSAL_BASELINE, rehearsal, refused, DAY, null);
        assertThat(cutover.go()).isFalse();
        assertThat(cutover.reason()).startsWith("the joint cutover approval does not hold (1 CUTOVER-APPROVAL breach: "
                        + "config/stock-cutover-approval.json: ")
                .endsWith("; the rehearsal continuation is NO-GO too: 1 error-level breach: GUARD-PIN-CHANGED");
    }

    @Test
    void cutoverNeedsRehearsalGoAndAValidApproval() {
        Decision go = Decision.go("fine");
        GoalResult approved = goal("cutover-approval", "cutover.approval");
        GoalResult refused = goal("cutover-approval", "cutover.approval", breach("CUTOVER-APPROVAL", "approval.json", 0, 0));
        assertThat(VerdictDecision.runtimeCutover(Mode.CUTOVER, Docs.REHEARSAL_BASELINE, go, approved, DAY, null).go()).isTrue();
        assertThat(VerdictDecision.runtimeCutover(Mode.CUTOVER, Docs.REHEARSAL_BASELINE, go, refused, DAY, null).reason())
                .isEqualTo("the joint cutover approval does not hold (1 CUTOVER-APPROVAL breach: approval.json: "
                        + "something \"quoted\" & <odd> broke)");
        assertThat(VerdictDecision.runtimeCutover(Mode.CUTOVER, Docs.REHEARSAL_BASELINE, Decision.noGo("x"), approved, DAY, null).go()).isFalse();
        assertThat(VerdictDecision.runtimeCutover(Mode.CUTOVER, Docs.REHEARSAL_BASELINE, go, null, DAY, null).go()).isFalse();
    }

    @Test
    void theFilesPhaseDecidesCompleteAndStable() {
        Decision go = Decision.go("fine");
        io.github.cutoverguard.engine.BuildDay day = new io.github.cutoverguard.engine.BuildDay(DAY, DAY);
        // complete: GO whatever the mode, no approval judged and no calendar (the cutover happened)
        Decision complete = VerdictDecision.runtimeCutover(Lifecycle.Phase.COMPLETE, Mode.CUTOVER, Docs.REHEARSAL_BASELINE,
                go, null, List.of(), day, DAY.plusDays(30));
        assertThat(complete.go()).isTrue();
        assertThat(complete.reason()).startsWith("complete: the runtime is pinned to " + Docs.REHEARSAL_BASELINE.releaseTag());
        assertThat(VerdictDecision.runtimeCutover(Lifecycle.Phase.COMPLETE, Mode.REHEARSAL, Docs.REHEARSAL_BASELINE,
                Decision.noGo("1 error-level breach: PIN-RELEASE-TAG"), null, List.of(), day, null).reason())
                .isEqualTo("rehearsal continuation is NO-GO: 1 error-level breach: PIN-RELEASE-TAG");
        // stable, in rehearsal mode: nothing is rehearsed
        Decision stable = VerdictDecision.runtimeCutover(Lifecycle.Phase.STABLE, Mode.REHEARSAL, Docs.REHEARSAL_BASELINE,
                go, null, List.of(), day, null);
        assertThat(stable.go()).isFalse();
        assertThat(stable.reason()).startsWith("stable: the runtime stays pinned to").endsWith(
                "and no other contract is rehearsed (name one in <targetServiceContract> to start a rehearsal)");
        // a rehearsal and an undetermined phase are decided by the mode, as before
        assertThat(VerdictDecision.runtimeCutover(Lifecycle.Phase.REHEARSAL, Mode.REHEARSAL, Docs.REHEARSAL_BASELINE,
                go, null, List.of(), day, null).reason()).startsWith("rehearsal mode: the runtime stays pinned to");
        assertThat(VerdictDecision.runtimeCutover(Lifecycle.Phase.UNDETERMINED, Mode.CUTOVER, Docs.REHEARSAL_BASELINE,
                go, null, List.of(), day, null).go()).isFalse();
        // rolled back: to which release, when and why
        Lifecycle.Release v5 = new Lifecycle.Release("v5.2.0", "5".repeat(40));
        Lifecycle rolledBack = new Lifecycle(Lifecycle.Phase.ROLLED_BACK, v5, null, new Lifecycle.Names("pin", "approval"),
                new Lifecycle.RolledBack(v5, "2026-12-07", "5xx on stock lookups", "cutover-rollback.json"));
        assertThat(VerdictDecision.runtimeCutover(rolledBack, Mode.REHEARSAL, Docs.REHEARSAL_BASELINE, go, null, List.of(),
                day, null)).isEqualTo(Decision.noGo("rolled back to v5.2.0 on 2026-12-07: 5xx on stock lookups"));
    }

    /** Issue #24: waived PIN-RELEASE-TAG, MANIFEST-ALIGNMENT, GIT-TAG-SHA and GUARD-PIN-CHANGED gave runtime GO. */
    @Test
    void waiversNeverBuyARuntimeCutover() {
        Decision go = Decision.go("fine");
        GoalResult approved = goal("cutover-approval", "cutover.approval");
        List<io.github.cutoverguard.engine.Breach> waived = List.of(
                breach("PIN-RELEASE-TAG", "pin.json", 3, 18).waivedBy(new io.github.cutoverguard.engine.Breach.Waived(
                        "billing-team", LocalDate.of(2026, 12, 20), "tag not pushed yet", "config/cutover-waivers.json:4:5")),
                breach("GUARD-PIN-CHANGED", "pin.json", 3, 1).waivedBy(new io.github.cutoverguard.engine.Breach.Waived(
                        "billing-team", LocalDate.of(2026, 12, 20), "moved early", "config/cutover-waivers.json:5:5")));
        Decision runtime = VerdictDecision.runtimeCutover(Mode.CUTOVER, Docs.REHEARSAL_BASELINE, go, approved, waived,
                new io.github.cutoverguard.engine.BuildDay(DAY, DAY), null);
        assertThat(runtime.go()).isFalse();
        assertThat(runtime.reason()).isEqualTo("2 breaches are waived (PIN-RELEASE-TAG by billing-team; GUARD-PIN-CHANGED by "
                + "billing-team): waivers never buy a runtime cutover; fix the waived breaches first");
        assertThat(VerdictDecision.runtimeCutover(Mode.CUTOVER, Docs.REHEARSAL_BASELINE, go, approved, List.of(),
                new io.github.cutoverguard.engine.BuildDay(DAY, DAY), null).go()).isTrue();
    }

    /** Issue #24: a later day may be rehearsed, but it never decides a runtime cutover. */
    @Test
    void aRehearsedDayNeverDecidesARuntimeCutover() {
        Decision runtime = VerdictDecision.runtimeCutover(Mode.CUTOVER, Docs.REHEARSAL_BASELINE, Decision.go("fine"),
                goal("cutover-approval", "cutover.approval"), List.of(),
                new io.github.cutoverguard.engine.BuildDay(LocalDate.of(2027, 3, 1), DAY), LocalDate.of(2027, 2, 1));
        assertThat(runtime.go()).isFalse();
        assertThat(runtime.reason()).startsWith("decided on the rehearsed day 2027-03-01 (today is 2026-11-29) "
                + "(-Dcutover.today): a rehearsed day never decides a runtime cutover; on that day it would be GO");
    }

    @Test
    void cutoverWaitsForTheHandoffsCalendar() {
        Decision go = Decision.go("fine");
        GoalResult approved = goal("cutover-approval", "cutover.approval");
        Decision early = VerdictDecision.runtimeCutover(Mode.CUTOVER, Docs.REHEARSAL_BASELINE, go, approved,
                LocalDate.of(2026, 2, 21), LocalDate.of(2026, 2, 22));
        assertThat(early.go()).isFalse();
        assertThat(early.reason()).isEqualTo("the handoff's cutover_not_before_utc_date is 2026-02-22, today is 2026-02-21 "
                + "(-Dcutover.today): the cutover waits for its calendar");
        Decision onTheDay = VerdictDecision.runtimeCutover(Mode.CUTOVER, Docs.REHEARSAL_BASELINE, go, approved,
                LocalDate.of(2026, 2, 22), LocalDate.of(2026, 2, 22));
        assertThat(onTheDay.go()).isTrue();
        assertThat(onTheDay.reason()).endsWith("; on or after the handoff's cutover_not_before_utc_date 2026-02-22");
        assertThat(VerdictDecision.runtimeCutover(Mode.CUTOVER, Docs.REHEARSAL_BASELINE, go, approved,
                LocalDate.of(2026, 2, 23), LocalDate.of(2026, 2, 22)).go()).isTrue();
        assertThat(VerdictDecision.runtimeCutover(Mode.REHEARSAL, Docs.REHEARSAL_BASELINE, go, approved,
                LocalDate.of(2026, 3, 1), LocalDate.of(2026, 2, 22)).go()).isFalse();
    }

    @Test
    void approvalBreachesDoNotStopTheRehearsal() {
        assertThat(VerdictDecision.rehearsalContinuation(List.of(passingPin(),
                goal("cutover-approval", "cutover.approval", breach("CUTOVER-APPROVAL", "approval.json", 0, 0)))).go()).isTrue();
    }
}
