package io.github.cutoverguard.engine.verdict;

import io.github.cutoverguard.engine.Baseline;
import io.github.cutoverguard.engine.Breach;
import io.github.cutoverguard.engine.GoalResult;
import io.github.cutoverguard.engine.Mode;

import java.time.Instant;
import java.util.List;

/**
 * The dry-run session's outcome: every goal's result, the two decisions, and the risks and
 * follow-ups the team recorded.
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
        List<FollowUp> followUps) {

    public VerdictResult {
        goals = List.copyOf(goals);
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
                goals.stream().map(GoalResult::asWarnings).toList(), rehearsalContinuation, runtimeCutover, risks, followUps);
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
