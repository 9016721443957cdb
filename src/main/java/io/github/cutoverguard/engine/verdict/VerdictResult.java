package io.github.cutoverguard.engine.verdict;

import io.github.cutoverguard.engine.Baseline;
import io.github.cutoverguard.engine.Breach;
import io.github.cutoverguard.engine.BreachLimit;
import io.github.cutoverguard.engine.BuildDay;
import io.github.cutoverguard.engine.GoalResult;
import io.github.cutoverguard.engine.Mode;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The dry-run session's outcome: every goal's result, the two decisions, the risks and follow-ups the team recorded,
 * the day it judged and how its configuration weakened it.
 *
 * @param day      the day judged and the real day ({@code null}: the day of {@code generatedAt}, not rehearsed)
 * @param weakened what of the configuration made this verdict judge less (excluded goals, warn-only, waivers, a
 *                 rehearsed day, another pin path), one entry each, for {@code verdict.md}'s "configuration weakened"
 */
public record VerdictResult(
        Instant generatedAt,
        Mode mode,
        Baseline baseline,
        String targetServiceContract,
        List<GoalResult> goals,
        Decision rehearsalContinuation,
        Decision runtimeCutover,
        List<String> risks,
        List<FollowUp> followUps,
        BuildDay day,
        List<String> weakened) {

    /** A verdict judged on the day it was generated, nothing weakened. */
    public VerdictResult(Instant generatedAt, Mode mode, Baseline baseline, String targetServiceContract,
                         List<GoalResult> goals, Decision rehearsalContinuation, Decision runtimeCutover, List<String> risks,
                         List<FollowUp> followUps) {
        this(generatedAt, mode, baseline, targetServiceContract, goals, rehearsalContinuation, runtimeCutover, risks,
                followUps, null, List.of());
    }

    public VerdictResult {
        goals = List.copyOf(goals);
        LocalDate generated = LocalDate.ofInstant(generatedAt, ZoneOffset.UTC);
        day = day == null ? new BuildDay(generated, generated) : day;
        weakened = weakened == null ? List.of() : List.copyOf(weakened);
        risks = List.copyOf(risks);
        followUps = List.copyOf(followUps);
    }

    /** Every breach of every goal, in goal order. */
    public List<Breach> breaches() {
        return goals.stream().flatMap(g -> g.breaches().stream()).toList();
    }

    /** This verdict with every breach downgraded to a warning (warn-only runs); the decisions stay as they are. */
    public VerdictResult asWarnings() {
        return new VerdictResult(generatedAt, mode, baseline, targetServiceContract,
                goals.stream().map(GoalResult::asWarnings).toList(), rehearsalContinuation, runtimeCutover, risks, followUps,
                day, weakened);
    }

    /** This verdict with each goal's breaches listed up to {@code limit} ({@link BreachLimit#cut(GoalResult)}). */
    public VerdictResult cutBy(BreachLimit limit) {
        return new VerdictResult(generatedAt, mode, baseline, targetServiceContract, goals.stream().map(limit::cut).toList(),
                rehearsalContinuation, runtimeCutover, risks, followUps, day, weakened);
    }

    /** This verdict with {@code how} added to what weakened it (e.g. warn-only, decided by the build, not the engine). */
    public VerdictResult weakenedBy(String how) {
        List<String> more = new java.util.ArrayList<>(weakened);
        more.add(how);
        return new VerdictResult(generatedAt, mode, baseline, targetServiceContract, goals, rehearsalContinuation,
                runtimeCutover, risks, followUps, day, more);
    }

    /**
     * Why the build fails, or {@code null}: rehearsal continuation NO-GO, or in cutover mode runtime cutover NO-GO.
     */
    public String failure() {
        if (!rehearsalContinuation.go()) {
            return "Rehearsal continuation NO-GO: " + rehearsalContinuation.reason();
        }
        return mode == Mode.CUTOVER && !runtimeCutover.go() ? "Runtime cutover NO-GO: " + runtimeCutover.reason() : null;
    }

    /** The error-level breaches no waiver accepts. */
    public List<Breach> errors() {
        return breaches().stream().filter(Breach::fails).toList();
    }
}
