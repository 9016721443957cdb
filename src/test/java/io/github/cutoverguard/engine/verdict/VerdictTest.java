package io.github.cutoverguard.engine.verdict;

import io.github.cutoverguard.engine.testing.HandoffRequests;
import io.github.cutoverguard.engine.RunContext;
import io.github.cutoverguard.engine.Baseline;
import io.github.cutoverguard.engine.Breach;
import io.github.cutoverguard.engine.CheckResult;
import io.github.cutoverguard.engine.CheckStatus;
import io.github.cutoverguard.engine.GoalResult;
import io.github.cutoverguard.engine.Mode;
import io.github.cutoverguard.engine.Rule;
import io.github.cutoverguard.engine.Severity;
import io.github.cutoverguard.engine.input.InputReader;
import io.github.cutoverguard.engine.input.ProjectFiles;
import io.github.cutoverguard.engine.input.InputLimits;
import io.github.cutoverguard.engine.pin.CheckPinRequest;
import io.github.cutoverguard.engine.testing.Docs;
import io.github.cutoverguard.engine.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The {@code verdict} goal: the configured goals, the approval in cutover mode, and both decisions. */
class VerdictTest {

    private static final Instant NOW = Instant.parse("2026-11-22T06:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final Baseline CUTOVER_BASELINE = new Baseline("v0.4.0", "7e4806a34b98e6c06ee33fa9f11499a975e7b922",
            "service.v3", "api.v1", "integration/v1");
    private static final String PIN = "config/integration-pin.json";
    private static final List<String> RISKS = List.of("producer may slip");
    private static final List<FollowUp> FOLLOW_UPS = List.of(new FollowUp("consumer-team", "add a test", "2026-12-01"));

    @TempDir
    Path project;

    private VerdictResult run(Mode mode, Baseline baseline, CheckPinRequest pin, Path approval) throws Exception {
        return Verdict.run(new VerdictRequest(new RunContext(new ProjectFiles(project), mode, baseline, "service.v3",
                null, CLOCK, null), pin == null ? List.of() : List.of(pin), null, approval, RISKS, FOLLOW_UPS, null, null, null));
    }

    private CheckPinRequest pin(Baseline baseline, Mode mode) {
        return new CheckPinRequest(new RunContext(new ProjectFiles(project), mode, baseline, null, null, CLOCK, null),
                Path.of(PIN), null, null, List.of(), null, null, null);
    }

    private void rehearsalPin() {
        Fixtures.write(project, PIN, Fixtures.referenceText(Docs.REHEARSAL_PIN));
    }

    private Path approvalRecord() throws Exception {
        return Fixtures.write(project, "cutover-approval.json",
                Files.readString(Path.of("schemas/examples/cutover-approval.v1.example.json")));
    }

    @Test
    void aRehearsalRunsOnlyTheConfiguredGoals() throws Exception {
        rehearsalPin();

        VerdictResult verdict = run(Mode.REHEARSAL, Docs.REHEARSAL_BASELINE, pin(Docs.REHEARSAL_BASELINE, Mode.REHEARSAL), null);

        assertThat(verdict.generatedAt()).isEqualTo(NOW);
        assertThat(verdict.mode()).isEqualTo(Mode.REHEARSAL);
        assertThat(verdict.baseline()).isEqualTo(Docs.REHEARSAL_BASELINE);
        assertThat(verdict.targetServiceContract()).isEqualTo("service.v3");
        assertThat(verdict.goals()).extracting(GoalResult::goal).containsExactly("check-pin");
        assertThat(verdict.goals().get(0).passed()).isTrue();
        assertThat(verdict.rehearsalContinuation().go()).isTrue();
        assertThat(verdict.runtimeCutover().go()).isFalse();
        assertThat(verdict.runtimeCutover().reason()).startsWith("rehearsal mode: the runtime stays pinned to v0.3.2");
        assertThat(verdict.risks()).isEqualTo(RISKS);
        assertThat(verdict.followUps()).isEqualTo(FOLLOW_UPS);
    }

    @Test
    void withoutAnyGoalTheRehearsalIsGoOnNothing() throws Exception {
        VerdictResult verdict = run(Mode.REHEARSAL, Docs.REHEARSAL_BASELINE, null, null);
        assertThat(verdict.goals()).isEmpty();
        assertThat(verdict.rehearsalContinuation()).isEqualTo(Decision.go("0 checks passed"));
        assertThat(verdict.breaches()).isEmpty();
    }

    @Test
    void cutoverWithAValidJointApprovalIsGo() throws Exception {
        Path approval = approvalRecord();

        VerdictResult verdict = run(Mode.CUTOVER, CUTOVER_BASELINE, null, Path.of("cutover-approval.json"));

        assertThat(verdict.goals()).singleElement().satisfies(g -> {
            assertThat(g.goal()).isEqualTo(Verdict.APPROVAL_GOAL);
            assertThat(g.generatedAt()).isEqualTo(NOW);
            assertThat(g.mode()).isEqualTo(Mode.CUTOVER);
            assertThat(g.passed()).isTrue();
            assertThat(g.checks()).singleElement().satisfies(c -> assertThat(c.id()).isEqualTo("cutover.approval"));
            assertThat(g.inputs()).singleElement().satisfies(i -> {
                assertThat(i.path()).isEqualTo("cutover-approval.json");
                assertThat(i.sha256()).isEqualTo(InputReader.sha256Hex(Files.readAllBytes(approval)));
            });
        });
        assertThat(verdict.runtimeCutover().go()).isTrue();
        assertThat(verdict.runtimeCutover().reason()).isEqualTo("rehearsal GO and a joint approval of v0.4.0 / service.v3 "
                + "with every gate passed");
    }

    @Test
    void cutoverWithoutAnApprovalRecordIsNoGo() throws Exception {
        VerdictResult verdict = run(Mode.CUTOVER, CUTOVER_BASELINE, null, null);

        assertThat(verdict.goals()).singleElement().satisfies(g -> {
            assertThat(g.goal()).isEqualTo("cutover-approval");
            assertThat(g.inputs()).isEmpty();
            assertThat(g.failedRuleIds()).containsExactly("CUTOVER-APPROVAL");
        });
        // the approval's own breach does not stop the rehearsal
        assertThat(verdict.rehearsalContinuation().go()).isTrue();
        assertThat(verdict.runtimeCutover().reason())
                .isEqualTo("the joint cutover approval does not hold (1 CUTOVER-APPROVAL breach: no cutoverApprovalFile is "
                        + "configured: runtime cutover needs a joint approval record)");
    }

    @Test
    void cutoverAfterAFailedGoalIsNoGoWhateverTheApproval() throws Exception {
        rehearsalPin();
        approvalRecord();

        VerdictResult verdict = run(Mode.CUTOVER, CUTOVER_BASELINE, pin(CUTOVER_BASELINE, Mode.CUTOVER),
                Path.of("cutover-approval.json"));

        assertThat(verdict.goals()).extracting(GoalResult::goal).containsExactly("check-pin", "cutover-approval");
        assertThat(verdict.rehearsalContinuation().go()).isFalse();
        assertThat(verdict.runtimeCutover().go()).isFalse();
        assertThat(verdict.runtimeCutover().reason()).startsWith("rehearsal continuation is NO-GO: ");
        assertThat(verdict.errors()).isNotEmpty().allSatisfy(b -> assertThat(b.severity()).isEqualTo(Severity.ERROR));
    }

    @Test
    void errorsLeaveWarningsOut() {
        Breach error = VerdictTestData.breach("PIN-RELEASE-TAG", "pin.json", 3, 18);
        GoalResult failing = VerdictTestData.goal("check-pin", "pin.baseline", error);
        GoalResult warned = VerdictTestData.goal("guard", "guard.pin", VerdictTestData.breach("GUARD-PIN-CHANGED", "pin.json", 1, 1))
                .asWarnings();
        VerdictResult verdict = VerdictTestData.verdict(Mode.REHEARSAL, List.of(warned, failing));
        assertThat(verdict.breaches()).hasSize(2);
        assertThat(verdict.errors()).containsExactly(error);
    }

    @Test
    void requestDefaultsAreTheDefaultLimitsAndNoRisksOrFollowUps() {
        VerdictRequest request = new VerdictRequest(new RunContext(new ProjectFiles(project), Mode.REHEARSAL,
                Docs.REHEARSAL_BASELINE, null, null, CLOCK, null), null, null, null, null, null, null, null, null);
        assertThat(request.context().limits()).isEqualTo(InputLimits.DEFAULT);
        assertThat(request.risks()).isEmpty();
        assertThat(request.followUps()).isEmpty();

        InputLimits small = new InputLimits(1000, 10, 1000, 1000);
        VerdictRequest given = new VerdictRequest(new RunContext(new ProjectFiles(project), Mode.REHEARSAL,
                Docs.REHEARSAL_BASELINE, null, small, CLOCK, null), null, null, null, RISKS, FOLLOW_UPS, null, null, null);
        assertThat(given.context().limits()).isSameAs(small);
        assertThat(given.risks()).isEqualTo(RISKS);
        assertThat(given.followUps()).isEqualTo(FOLLOW_UPS);
    }

    private VerdictResult runWith(Map<String, String> notRun, List<String> required) throws Exception {
        return Verdict.run(new VerdictRequest(new RunContext(new ProjectFiles(project), Mode.REHEARSAL,
                Docs.REHEARSAL_BASELINE, "billing.v8", null, CLOCK, null), List.of(pin(Docs.REHEARSAL_BASELINE,
                Mode.REHEARSAL)), notRun, null, null, null, required, null, null));
    }

    @Test
    void goalsThatDoNotRunAreSkippedChecksInGoalOrderAndCountedInTheGoLine() throws Exception {
        rehearsalPin();
        VerdictResult verdict = runWith(Map.of("check-docs", "no documents configured",
                "verify-parity", "no canonicalDirectory configured"), List.of());
        assertThat(verdict.goals()).extracting(GoalResult::goal).containsExactly("check-pin", "verify-parity", "check-docs");
        assertThat(verdict.goals().get(1).checks()).containsExactly(
                CheckResult.skipped("verify-parity", "no canonicalDirectory configured"));
        assertThat(verdict.rehearsalContinuation().go()).isTrue();
        // the line names the first eight skipped checks; verdict.md lists all of them
        assertThat(verdict.rehearsalContinuation().reason()).startsWith("4 checks passed, 13 skipped: pin.target-contract — "
                + "no targetServiceContract configured; manifest.read — no producerManifestFile configured;")
                .endsWith("; matrix.approved-row — no compatibilityMatrixFile configured; … (every skipped check in verdict.md)");
    }

    @Test
    void aRequiredGoalOrCheckThatDidNotRunIsVerdictIncompleteAndNoGo() throws Exception {
        rehearsalPin();
        VerdictResult verdict = runWith(Map.of("guard", "not requested"),
                List.of("check-pin", "pin.baseline", "guard", "git.tag-sha", "guard.fallbak"));
        GoalResult required = verdict.goals().get(verdict.goals().size() - 1);
        assertThat(required.goal()).isEqualTo("verdict");
        assertThat(required.checks()).singleElement().satisfies(c -> {
            assertThat(c.id()).isEqualTo(Verdict.REQUIRED_CHECKS);
            assertThat(c.status()).isEqualTo(CheckStatus.FAIL);
        });
        assertThat(required.errors()).extracting(Breach::message).containsExactly(
                "required check guard did not run (goal guard ran no check: not requested)",
                "required check git.tag-sha did not run (check git.tag-sha was skipped: no producerRepository configured)",
                "required check guard.fallbak did not run (no goal that ran has a check guard.fallbak)");
        assertThat(required.errors()).allSatisfy(b -> assertThat(b.rule()).isEqualTo(Rule.VERDICT_INCOMPLETE));
        assertThat(verdict.rehearsalContinuation().go()).isFalse();
        assertThat(verdict.rehearsalContinuation().reason()).isEqualTo("3 error-level breaches: VERDICT-INCOMPLETE");
    }

    /** Issue #18: the verdict judges every waiver; a waived breach keeps it GO, an expired waiver makes it NO-GO. */
    @Test
    void theVerdictAppliesTheWaiversAndJudgesThemAll() throws Exception {
        Fixtures.write(project, PIN, Fixtures.referenceText(Docs.REHEARSAL_PIN).replace("\"default_timeout_ms\": 2500",
                "\"default_timeout_ms\": 0"));
        String waiver = "{\"schema_version\": \"cutover-waivers.v1\", \"waivers\": [\n"
                + "  {\"rule\": \"JSON-SCHEMA\", \"file\": \"./config\\\\integration-pin.json\", \"pointer\": \"/default_timeout_ms\", "
                + "\"reason\": \"the client sets its own timeout\", \"owner\": \"invoicing-team\", \"expires\": \"@@DAY@@\"},\n"
                + "  {\"rule\": \"GUARD-RUNTIME-SWITCH\", \"reason\": \"staging\", \"owner\": \"billing-team\", \"expires\": \"2027-01-31\"}]}\n";
        for (String day : List.of("2026-11-29", "2026-11-28")) {
            Fixtures.write(project, "config/cutover-waivers.json", waiver.replace("@@DAY@@", day));
            io.github.cutoverguard.engine.waiver.Waivers waivers = io.github.cutoverguard.engine.waiver.Waivers.read(
                    new io.github.cutoverguard.engine.json.InputLoader(new ProjectFiles(project), InputLimits.DEFAULT), null, 14, 90, VerdictTestData.DAY);
            VerdictResult verdict = Verdict.run(new VerdictRequest(new RunContext(new ProjectFiles(project), Mode.REHEARSAL,
                    Docs.REHEARSAL_BASELINE, null, null, CLOCK, null), List.of(pin(Docs.REHEARSAL_BASELINE, Mode.REHEARSAL)),
                    null, null, null, null, null, VerdictTestData.DAY, waivers));
            GoalResult judged = verdict.goals().get(verdict.goals().size() - 1);
            assertThat(judged.goal()).isEqualTo("waivers");
            assertThat(judged.inputs()).extracting(i -> i.path()).containsExactly("config/cutover-waivers.json");
            Breach timeout = verdict.goals().get(0).breaches().get(0);
            assertThat(timeout.rule()).isEqualTo(Rule.JSON_SCHEMA);
            if (day.equals("2026-11-29")) {
                assertThat(timeout.waived().owner()).isEqualTo("invoicing-team");
                assertThat(verdict.rehearsalContinuation().go()).as(verdict.rehearsalContinuation().reason()).isTrue();
                assertThat(judged.breaches()).extracting(Breach::rule, Breach::severity).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Rule.WAIVER_EXPIRED, Severity.WARNING),
                        org.assertj.core.groups.Tuple.tuple(Rule.WAIVER_UNUSED, Severity.WARNING));
            } else {
                assertThat(timeout.fails()).isTrue();
                assertThat(verdict.rehearsalContinuation().reason())
                        .isEqualTo("2 error-level breaches: JSON-SCHEMA, WAIVER-EXPIRED");
            }
        }
    }

    @Test
    void requiredChecksThatRanKeepTheVerdictGo() throws Exception {
        rehearsalPin();
        VerdictResult verdict = runWith(Map.of(), List.of("check-pin", "pin.baseline", " "));
        assertThat(verdict.goals().get(verdict.goals().size() - 1).checks()).singleElement()
                .satisfies(c -> assertThat(c.status()).isEqualTo(CheckStatus.PASS));
        assertThat(verdict.rehearsalContinuation().go()).isTrue();
    }

    @Test
    void aRequestRunsEachGoalAtMostOnce() {
        CheckPinRequest pin = pin(Docs.REHEARSAL_BASELINE, Mode.REHEARSAL);
        assertThatThrownBy(() -> new VerdictRequest(new RunContext(new ProjectFiles(project), Mode.REHEARSAL,
                Docs.REHEARSAL_BASELINE, null, null, CLOCK, null), List.of(pin, pin), null, null, null, null, null, null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at most once");
    }

    /** The cutover judged on {@code today}, the real day (the clock only moves forward), approved two days before. */
    private VerdictResult cutoverWithTheRehearsedHandoff(java.time.LocalDate today) throws Exception {
        Fixtures.write(project, "cutover-approval.json", Files.readString(Path.of("schemas/examples/cutover-approval.v1.example.json"))
                .replace("2026-02-22T09:", "2026-02-20T09:"));
        Fixtures.write(project, "handoff.json", Fixtures.referenceText("producer/SERVICE_V3_REHEARSAL_HANDOFF_CANDIDATE.json"));
        RunContext context = new RunContext(new ProjectFiles(project), Mode.CUTOVER, CUTOVER_BASELINE, null, null,
                Clock.fixed(today.atTime(12, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC), null);
        io.github.cutoverguard.engine.handoff.ValidateHandoffRequest handoff =
                HandoffRequests.validate(context, Path.of("handoff.json")).minimumOverlapDays(14).build();
        return Verdict.run(new VerdictRequest(context, List.of(handoff), null, Path.of("cutover-approval.json"), RISKS,
                FOLLOW_UPS, null, today, null));
    }

    @Test
    void aCutoverWaitsForTheRehearsedHandoffsCalendar() throws Exception {
        VerdictResult early = cutoverWithTheRehearsedHandoff(java.time.LocalDate.of(2026, 2, 21));
        assertThat(early.rehearsalContinuation().go()).isTrue();
        GoalResult handoff = early.goals().get(0);
        assertThat(handoff.goal()).isEqualTo("validate-handoff");
        assertThat(handoff.checks()).filteredOn(c -> c.id().equals("handoff.baseline")).singleElement()
                .satisfies(c -> assertThat(c.detail()).isEqualTo("cutover mode: the rehearsed target contract is "
                        + "<baseline>'s service.v3"));
        assertThat(handoff.acceptance().cutoverNotBefore()).isEqualTo("2026-02-22");
        assertThat(early.runtimeCutover().go()).isFalse();
        assertThat(early.runtimeCutover().reason()).isEqualTo("the handoff's cutover_not_before_utc_date is 2026-02-22, "
                + "today is 2026-02-21 (-Dcutover.today): the cutover waits for its calendar");

        VerdictResult onTheDay = cutoverWithTheRehearsedHandoff(java.time.LocalDate.of(2026, 2, 22));
        assertThat(onTheDay.runtimeCutover().go()).isTrue();
    }

    @Test
    void aCutoverToAContractThatWasNotRehearsedIsAHandoffBaselineBreach() throws Exception {
        approvalRecord();
        Fixtures.write(project, "handoff.json", Fixtures.referenceText("producer/SERVICE_V3_REHEARSAL_HANDOFF_CANDIDATE.json"));
        Baseline v4 = new Baseline("v0.5.0", CUTOVER_BASELINE.commitSha(), "service.v4", "api.v1", "integration/v1");
        RunContext context = new RunContext(new ProjectFiles(project), Mode.CUTOVER, v4, null, null, CLOCK, null);
        GoalResult result = HandoffRequests.validate(context, Path.of("handoff.json")).minimumOverlapDays(14).run();
        assertThat(result.failedRuleIds()).containsExactly("HANDOFF-BASELINE");
        assertThat(result.errors().get(0).message()).isEqualTo("the handoff rehearsed \"service.v3\", <baseline> cuts over "
                + "to \"service.v4\"");
    }
}
