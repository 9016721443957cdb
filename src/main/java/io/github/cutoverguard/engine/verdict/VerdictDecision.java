package io.github.cutoverguard.engine.verdict;

import io.github.cutoverguard.engine.Baseline;
import io.github.cutoverguard.engine.Breach;
import io.github.cutoverguard.engine.BuildDay;
import io.github.cutoverguard.engine.CheckResult;
import io.github.cutoverguard.engine.CheckStatus;
import io.github.cutoverguard.engine.GoalResult;
import io.github.cutoverguard.engine.Mode;
import io.github.cutoverguard.engine.Severity;
import io.github.cutoverguard.engine.cutover.CutoverApprovalHolds;
import io.github.cutoverguard.engine.cutover.Lifecycle;
import io.github.cutoverguard.engine.guard.FallbackTestsPass;
import io.github.cutoverguard.engine.guard.FallbackTestsPresent;

import io.github.cutoverguard.engine.alignment.CheckAlignment;
import io.github.cutoverguard.engine.handoff.ValidateHandoff;
import io.github.cutoverguard.engine.parity.VerifyParity;
import io.github.cutoverguard.engine.waiver.Waivers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Decides the two verdicts from the goals' results (DESIGN §4, {@code verdict}):
 * rehearsal continuation is GO without error-level breaches, and any fallback breach is an
 * immediate NO-GO; runtime cutover is always NO-GO in rehearsal mode, and in cutover mode GO only
 * with rehearsal GO, a valid joint approval (no {@code CUTOVER-APPROVAL} breach) and, when the validated handoff
 * states one, on or after its {@code cutover_not_before_utc_date}.
 */
public final class VerdictDecision {

    /** How many skipped checks the verdict line names; verdict.md lists all of them. */
    private static final int SKIPPED_LISTED = 8;

    private VerdictDecision() {
    }

    /**
     * Rehearsal continuation: every error-level breach except the cutover approval's counts; a fallback
     * regression is an immediate NO-GO, and so are fallback tests that did not run (the fallback is unproven).
     * The reason counts the checks that passed and lists the skipped ones with why.
     */
    public static Decision rehearsalContinuation(List<GoalResult> goals) {
        List<Breach> errors = goals.stream().flatMap(g -> g.errors().stream())
                .filter(b -> b.rule() != CutoverApprovalHolds.RULE).toList();
        if (errors.stream().anyMatch(b -> b.rule() == FallbackTestsPass.RULE)) {
            return Decision.noGo("fallback regression (" + FallbackTestsPass.RULE
                    + "): the consumer's deterministic fallback is broken, an immediate NO-GO");
        }
        if (errors.stream().anyMatch(b -> b.rule() == FallbackTestsPresent.RULE)) {
            return Decision.noGo("fallback tests did not run (" + FallbackTestsPresent.RULE
                    + "): the consumer's deterministic fallback is unproven, NO-GO until they run and pass");
        }
        if (!errors.isEmpty()) {
            long count = Breach.count(errors);
            return Decision.noGo(count + (count == 1 ? " error-level breach: " : " error-level breaches: ")
                    + String.join(", ", errors.stream().map(Breach::ruleId).distinct().toList()));
        }
        List<CheckResult> checks = goals.stream().flatMap(g -> g.checks().stream()).toList();
        List<CheckResult> skipped = checks.stream().filter(c -> c.status() == CheckStatus.SKIPPED).toList();
        List<Breach> breaches = goals.stream().flatMap(g -> g.breaches().stream()).toList();
        long warnings = Breach.count(breaches.stream().filter(b -> b.severity() == Severity.WARNING && b.waived() == null)
                .toList());
        List<Breach> waived = breaches.stream().filter(b -> b.waived() != null).toList();
        return Decision.go((checks.size() - skipped.size()) + " checks passed"
                + (warnings == 0 ? "" : " (" + warnings + (warnings == 1 ? " warning)" : " warnings)"))
                + (waived.isEmpty() ? "" : ", " + waivedList(waived))
                + (skipped.isEmpty() ? "" : ", " + skipped.size() + " skipped: " + listed(skipped)));
    }

    /** The goals a handoff publication needs to have run: the handoff itself, parity and alignment. */
    static final List<String> PUBLICATION_GOALS = List.of(ValidateHandoff.GOAL, VerifyParity.GOAL, CheckAlignment.GOAL);

    /**
     * The producer's handoff publication (DESIGN §4, "Roles"): GO when the candidate validates and is not stale, parity
     * and alignment hold, and every other check of the producer's goals passes. Fails closed: an error-level breach in
     * a producer's goal, a publication goal that did not run, a stale check not asked for ({@code checkStale}) or a waived
     * breach (waivers never buy a publication) is NO-GO, with what to do.
     */
    public static Decision handoffPublication(List<GoalResult> goals) {
        List<GoalResult> producers = goals.stream().filter(g -> Role.PRODUCER.goals().contains(g.goal())
                || g.goal().equals(Verdict.GOAL) || g.goal().equals(Waivers.CHECK)).toList();
        List<Breach> errors = producers.stream().flatMap(g -> g.errors().stream()).toList();
        if (!errors.isEmpty()) {
            long count = Breach.count(errors);
            return Decision.noGo(count + (count == 1 ? " error-level breach" : " error-level breaches") + " in the producer's "
                    + "checks: " + String.join(", ", errors.stream().map(Breach::ruleId).distinct().toList())
                    + "; fix them, and the handoff may be published");
        }
        List<String> unjudged = new ArrayList<>();
        for (String goal : PUBLICATION_GOALS) {
            // a multi-module producer's build: the goal's results of every module, one of which must have run it
            List<CheckResult> checks = producers.stream().filter(g -> g.goal().equals(goal))
                    .flatMap(g -> g.checks().stream()).toList();
            if (checks.stream().allMatch(c -> c.status() == CheckStatus.SKIPPED)) {
                unjudged.add(goal + " did not run (" + (checks.isEmpty() ? "not run" : String.join("; ",
                        checks.stream().map(CheckResult::detail).distinct().toList())) + ")");
            }
        }
        producers.stream().flatMap(g -> g.checks().stream())
                .filter(c -> c.id().equals(ValidateHandoff.STALE) && c.status() == CheckStatus.SKIPPED
                        && c.detail().equals(ValidateHandoff.STALE_NOT_ASKED))
                .findFirst().ifPresent(c -> unjudged.add("the candidate was not compared with the manifest it is "
                        + "generated from (" + ValidateHandoff.STALE_NOT_ASKED + ": set <checkStale>true</checkStale>)"));
        if (!unjudged.isEmpty()) {
            return Decision.noGo("not judged: " + String.join("; ", unjudged) + ". A handoff is published only when it "
                    + "validates, is not stale, and parity and alignment hold");
        }
        List<Breach> waived = producers.stream().flatMap(g -> g.breaches().stream()).filter(b -> b.waived() != null).toList();
        if (!waived.isEmpty()) {
            long count = Breach.count(waived);
            return Decision.noGo(count + (count == 1 ? " breach is" : " breaches are") + " waived ("
                    + String.join("; ", waived.stream().map(b -> b.ruleId() + " by " + b.waived().owner()).distinct().toList())
                    + "): waivers never buy a publication; fix the waived breaches first");
        }
        long passed = producers.stream().flatMap(g -> g.checks().stream()).filter(c -> c.status() != CheckStatus.SKIPPED)
                .count();
        return Decision.go("the handoff validates and is not stale, parity and alignment hold: " + passed
                + " producer checks passed");
    }

    /** E.g. "2 breaches waived: PIN-RELEASE-TAG by billing-team until 2027-01-31; …", as the verdict line and verdict.md say it. */
    static String waivedList(List<Breach> waived) {
        long count = Breach.count(waived);
        return count + (count == 1 ? " breach waived: " : " breaches waived: ") + String.join("; ",
                waived.stream().map(b -> b.ruleId() + " by " + b.waived().owner() + " until " + b.waived().expires())
                        .distinct().toList());
    }

    private static String listed(List<CheckResult> skipped) {
        List<String> shown = skipped.stream().limit(SKIPPED_LISTED).map(c -> c.id() + " — " + c.detail()).toList();
        return String.join("; ", shown) + (skipped.size() > SKIPPED_LISTED ? "; … (every skipped check in verdict.md)" : "");
    }

    /** E.g. "the joint cutover approval does not hold (1 CUTOVER-APPROVAL breach: approval.json: no consumer approval)". */
    private static String approvalBroken(GoalResult approval) {
        List<Breach> errors = approval == null ? List.of() : approval.errors();
        long count = Breach.count(errors);
        String first = errors.isEmpty() ? "" : ": " + (errors.get(0).file() == null ? "" : errors.get(0).file() + ": ")
                + errors.get(0).message();
        return "the joint cutover approval does not hold (" + count + " CUTOVER-APPROVAL breach" + (count == 1 ? "" : "es")
                + first + ")";
    }

    /** Runtime cutover of a session without waivers, judged on the real day {@code today}. */
    public static Decision runtimeCutover(Mode mode, Baseline baseline, Decision rehearsal, GoalResult approval,
                                          LocalDate today, LocalDate notBefore) {
        return runtimeCutover(mode, baseline, rehearsal, approval, List.of(), new BuildDay(today, today), notBefore);
    }

    /**
     * Runtime cutover where the integration stands: rolled back, it is NO-GO saying to which release, when and why (the
     * approval is spent); otherwise as {@link #runtimeCutover(Lifecycle.Phase, Mode, Baseline, Decision, GoalResult, List,
     * BuildDay, LocalDate)} decides it for the phase.
     */
    public static Decision runtimeCutover(Lifecycle lifecycle, Mode mode, Baseline baseline, Decision rehearsal,
                                          GoalResult approval, List<Breach> waived, BuildDay day, LocalDate notBefore) {
        if (lifecycle.phase() == Lifecycle.Phase.ROLLED_BACK) {
            Lifecycle.RolledBack back = lifecycle.rollback();
            return Decision.noGo("rolled back to " + back.to().tag() + " on " + back.day() + ": " + back.reason());
        }
        return runtimeCutover(lifecycle.phase(), mode, baseline, rehearsal, approval, waived, day, notBefore);
    }

    /**
     * Runtime cutover where the integration stands ({@link Lifecycle.Phase}): complete, it is GO with a rehearsal GO
     * and no waived breach (the approval record is history, its calendar passed with it); stable in rehearsal mode, it is
     * NO-GO with nothing rehearsed; otherwise as {@code mode} decides it.
     */
    public static Decision runtimeCutover(Lifecycle.Phase phase, Mode mode, Baseline baseline, Decision rehearsal,
                                          GoalResult approval, List<Breach> waived, BuildDay day, LocalDate notBefore) {
        String pinned = baseline.releaseTag() + " / " + baseline.serviceContract();
        if (phase == Lifecycle.Phase.COMPLETE) {
            if (!rehearsal.go()) {
                return Decision.noGo("rehearsal continuation is NO-GO: " + rehearsal.reason());
            }
            if (!waived.isEmpty()) {
                return Decision.noGo(waivedNoGo(waived));
            }
            return Decision.go("complete: the runtime is pinned to " + pinned + ", the approved release; the approval "
                    + "record is history, and naming the next <targetServiceContract> starts the next rehearsal");
        }
        if (phase == Lifecycle.Phase.STABLE && mode == Mode.REHEARSAL) {
            return Decision.noGo("stable: the runtime stays pinned to " + pinned + " and no other contract is rehearsed "
                    + "(name one in <targetServiceContract> to start a rehearsal)");
        }
        return runtimeCutover(mode, baseline, rehearsal, approval, waived, day, notBefore);
    }

    private static String waivedNoGo(List<Breach> waived) {
        long count = Breach.count(waived);
        return count + (count == 1 ? " breach is" : " breaches are") + " waived ("
                + String.join("; ", waived.stream().map(b -> b.ruleId() + " by " + b.waived().owner()).distinct().toList())
                + "): waivers never buy a runtime cutover; fix the waived breaches first";
    }

    /**
     * Runtime cutover, given the rehearsal decision, (in cutover mode) the approval goal's result, the waived breaches
     * and the calendar: waivers never buy a cutover (any waived breach keeps it NO-GO), a rehearsed later day never
     * decides one, and before the validated handoff's {@code cutover_not_before_utc_date} it is NO-GO.
     *
     * @param waived    the breaches a waiver accepted in this session
     * @param day       the day the verdict is decided ({@code -Dcutover.today}) and the real day
     * @param notBefore the handoff's earliest cutover date, or {@code null} when the validated handoff states none
     */
    public static Decision runtimeCutover(Mode mode, Baseline baseline, Decision rehearsal, GoalResult approval,
                                          List<Breach> waived, BuildDay day, LocalDate notBefore) {
        LocalDate today = day.day();
        if (mode == Mode.REHEARSAL) {
            return Decision.noGo("rehearsal mode: the runtime stays pinned to " + baseline.releaseTag() + " / "
                    + baseline.serviceContract() + " until the cutover gates pass and producer and consumer approve "
                    + "(mode=cutover with a cutover-approval.v1 record)");
        }
        if (approval == null || !approval.passed()) {
            // the record first: a broken record also fails the rehearsal (the pin moved without an approved move)
            return Decision.noGo(approvalBroken(approval)
                    + (rehearsal.go() ? "" : "; the rehearsal continuation is NO-GO too: " + rehearsal.reason()));
        }
        if (!rehearsal.go()) {
            return Decision.noGo("rehearsal continuation is NO-GO: " + rehearsal.reason());
        }
        if (!waived.isEmpty()) {
            return Decision.noGo(waivedNoGo(waived));
        }
        if (notBefore != null && today.isBefore(notBefore)) {
            return Decision.noGo("the handoff's cutover_not_before_utc_date is " + notBefore + ", today is " + today
                    + " (-Dcutover.today): the cutover waits for its calendar");
        }
        if (day.rehearsed()) {
            return Decision.noGo("decided on " + day.describe() + " (-Dcutover.today): a rehearsed day never decides a "
                    + "runtime cutover; on that day it would be GO (rehearsal GO and a joint approval of "
                    + baseline.releaseTag() + " / " + baseline.serviceContract() + " with every gate passed)");
        }
        return Decision.go("rehearsal GO and a joint approval of " + baseline.releaseTag() + " / "
                + baseline.serviceContract() + " with every gate passed"
                + (notBefore == null ? "" : "; on or after the handoff's cutover_not_before_utc_date " + notBefore));
    }
}
