package io.github.cutoverguard.engine.verdict;

import io.github.cutoverguard.engine.Breach;
import io.github.cutoverguard.engine.CheckResult;
import io.github.cutoverguard.engine.GoalResult;
import io.github.cutoverguard.engine.Mode;
import io.github.cutoverguard.engine.Rule;
import io.github.cutoverguard.engine.testing.Docs;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class HandoffPublicationTest {

    private static GoalResult goal(String goal, CheckResult... checks) {
        return new GoalResult(goal, VerdictTestData.AT, Mode.REHEARSAL, Docs.REHEARSAL_BASELINE, "stock.v6", List.of(),
                List.of(checks));
    }

    private static GoalResult handoff(boolean staleAsked) {
        return goal("validate-handoff", CheckResult.ran("handoff.schema", "schema", List.of()),
                staleAsked ? CheckResult.ran("handoff.stale", "regenerated", List.of())
                        : CheckResult.skipped("handoff.stale", "checkStale is false"));
    }

    private static List<GoalResult> green() {
        return new ArrayList<>(List.of(handoff(true),
                goal("verify-parity", CheckResult.ran("parity.files", "3 files", List.of())),
                goal("check-alignment", CheckResult.ran("alignment.service-version", "stock.v6", List.of()))));
    }

    @Test
    void goWhenTheCandidateValidatesIsNotStaleAndParityAndAlignmentHold() {
        Decision decision = VerdictDecision.handoffPublication(green());
        assertThat(decision.go()).isTrue();
        assertThat(decision.reason()).isEqualTo("the handoff validates and is not stale, parity and alignment hold: 4 "
                + "producer checks passed");
    }

    @Test
    void everyErrorOfTheProducersGoalsIsNamed() {
        List<GoalResult> goals = green();
        goals.set(1, goal("verify-parity", CheckResult.ran("parity.files", "3 files",
                List.of(Breach.error(Rule.PARITY_DIFFERENT, "differs").file("a.json").build()))));
        goals.set(2, goal("check-alignment", CheckResult.ran("alignment.service-version", "stock.v6",
                List.of(Breach.error(Rule.ALIGN_SERVICE_VERSION, "v5").build()))));
        Decision decision = VerdictDecision.handoffPublication(goals);
        assertThat(decision.go()).isFalse();
        assertThat(decision.reason()).isEqualTo("2 error-level breaches in the producer's checks: PARITY-DIFFERENT, "
                + "ALIGN-SERVICE-VERSION; fix them, and the handoff may be published");
    }

    @Test
    void aConsumersBreachIsNotThePublicationsBusiness() {
        List<GoalResult> goals = green();
        goals.add(goal("guard", CheckResult.ran("guard.runtime-switch", "no switch",
                List.of(Breach.error(Rule.GUARD_RUNTIME_SWITCH, "switched").build()))));
        assertThat(VerdictDecision.handoffPublication(goals).go()).isTrue();
    }

    @Test
    void aPublicationGoalThatDidNotRunOrAStaleCheckNotAskedForIsNoGo() {
        List<GoalResult> goals = green();
        goals.set(0, handoff(false));
        goals.set(1, goal("verify-parity", CheckResult.skipped("verify-parity", "no canonicalDirectory configured")));
        Decision decision = VerdictDecision.handoffPublication(goals);
        assertThat(decision.go()).isFalse();
        assertThat(decision.reason()).isEqualTo("not judged: verify-parity did not run (no canonicalDirectory configured); "
                + "the candidate was not compared with the manifest it is generated from (checkStale is false: set "
                + "<checkStale>true</checkStale>). A handoff is published only when it validates, is not stale, and parity "
                + "and alignment hold");
        goals.remove(2);
        assertThat(VerdictDecision.handoffPublication(goals).reason()).contains("check-alignment did not run (not run)");
    }

    @Test
    void aWaivedBreachNeverBuysAPublication() {
        List<GoalResult> goals = green();
        Breach waived = Breach.error(Rule.ALIGN_SCHEMA_ID, "no $id").build()
                .waivedBy(new Breach.Waived("inventory-team", LocalDate.of(2026, 12, 31), "tracked", "config/w.json"));
        goals.set(2, goal("check-alignment", CheckResult.ran("alignment.schema-id", "ids", List.of(waived))));
        Decision decision = VerdictDecision.handoffPublication(goals);
        assertThat(decision.go()).isFalse();
        assertThat(decision.reason()).startsWith("1 breach is waived (ALIGN-SCHEMA-ID by inventory-team): waivers never buy "
                + "a publication");
    }

    @Test
    void aProducersVerdictHasNoRuntimeLineAndAPublicationNoGoAloneFailsNoBuild() {
        List<GoalResult> goals = green();
        goals.set(0, handoff(false));
        Decision rehearsal = VerdictDecision.rehearsalContinuation(goals);
        VerdictResult verdict = new VerdictResult(VerdictTestData.AT, Mode.REHEARSAL, Docs.REHEARSAL_BASELINE, "stock.v6",
                goals, rehearsal, null, List.of(), List.of(), null, List.of(),
                new VerdictResult.Judged(Role.PRODUCER, "inferred from openApiFile"),
                VerdictDecision.handoffPublication(goals));
        assertThat(verdict.decisions()).containsOnlyKeys(VerdictLine.REHEARSAL_CONTINUATION, VerdictLine.HANDOFF_PUBLICATION);
        assertThat(verdict.handoffPublication().go()).isFalse();
        assertThat(verdict.failure()).isNull();
    }
}
