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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The dry-run session's outcome: every goal's result, the decisions of its role, the risks and follow-ups the team
 * recorded, the day it judged and how its configuration weakened it.
 *
 * @param runtimeCutover     the consumer's runtime cutover; {@code null} for a producer's verdict
 * @param day                the day judged and the real day ({@code null}: the day of {@code generatedAt}, not rehearsed)
 * @param weakened           what of the configuration made this verdict judge less (excluded goals, warn-only, waivers,
 *                           a rehearsed day, another pin path), one entry each, for {@code verdict.md}'s "configuration
 *                           weakened"
 * @param role               whom the verdict judges ({@code null}: a consumer) and why
 * @param handoffPublication the producer's handoff publication; {@code null} for a consumer's verdict
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
        List<String> weakened,
        Judged role,
        Decision handoffPublication) {

    /** The role a verdict judges and why, e.g. {@code producer}, "inferred from openApiFile, canonicalDirectory". */
    public record Judged(Role role, String why) {

        /** A consumer's verdict, as every verdict was before roles. */
        public static final Judged CONSUMER = new Judged(Role.CONSUMER, "no producer input configured");
    }

    /** A verdict of {@code role} judged on {@code day}, with what weakened it. */
    public VerdictResult(Instant generatedAt, Mode mode, Baseline baseline, String targetServiceContract,
                         List<GoalResult> goals, Decision rehearsalContinuation, Decision runtimeCutover, List<String> risks,
                         List<FollowUp> followUps, BuildDay day, List<String> weakened) {
        this(generatedAt, mode, baseline, targetServiceContract, goals, rehearsalContinuation, runtimeCutover, risks,
                followUps, day, weakened, Judged.CONSUMER, null);
    }

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
        role = role == null ? Judged.CONSUMER : role;
    }

    /** The decisions of the verdict's role, in the order they are printed: each line with its decision. */
    public Map<VerdictLine, Decision> decisions() {
        Map<VerdictLine, Decision> decisions = new LinkedHashMap<>();
        decisions.put(VerdictLine.REHEARSAL_CONTINUATION, rehearsalContinuation);
        if (runtimeCutover != null) {
            decisions.put(VerdictLine.RUNTIME_CUTOVER, runtimeCutover);
        }
        if (handoffPublication != null) {
            decisions.put(VerdictLine.HANDOFF_PUBLICATION, handoffPublication);
        }
        return decisions;
    }

    /** Every breach of every goal, in goal order. */
    public List<Breach> breaches() {
        return goals.stream().flatMap(g -> g.breaches().stream()).toList();
    }

    /** This verdict with every breach downgraded to a warning (warn-only runs); the decisions stay as they are. */
    public VerdictResult asWarnings() {
        return new VerdictResult(generatedAt, mode, baseline, targetServiceContract,
                goals.stream().map(GoalResult::asWarnings).toList(), rehearsalContinuation, runtimeCutover, risks, followUps,
                day, weakened, role, handoffPublication);
    }

    /** This verdict with each goal's breaches listed up to {@code limit} ({@link BreachLimit#cut(GoalResult)}). */
    public VerdictResult cutBy(BreachLimit limit) {
        return new VerdictResult(generatedAt, mode, baseline, targetServiceContract, goals.stream().map(limit::cut).toList(),
                rehearsalContinuation, runtimeCutover, risks, followUps, day, weakened, role, handoffPublication);
    }

    /** This verdict with {@code how} added to what weakened it (e.g. warn-only, decided by the build, not the engine). */
    public VerdictResult weakenedBy(String how) {
        List<String> more = new java.util.ArrayList<>(weakened);
        more.add(how);
        return new VerdictResult(generatedAt, mode, baseline, targetServiceContract, goals, rehearsalContinuation,
                runtimeCutover, risks, followUps, day, more, role, handoffPublication);
    }

    /**
     * Why the build fails, or {@code null}: rehearsal continuation NO-GO, or in cutover mode a consumer's runtime cutover
     * NO-GO. A handoff publication NO-GO fails no build by itself: every breach behind it fails the rehearsal
     * continuation, and what is left (a publication goal not configured, in this module or any) is the publication's to
     * say; a multi-module producer's build judges it over all its modules ({@code verdict-aggregate}).
     */
    public String failure() {
        if (!rehearsalContinuation.go()) {
            return "Rehearsal continuation NO-GO: " + rehearsalContinuation.reason();
        }
        return mode == Mode.CUTOVER && runtimeCutover != null && !runtimeCutover.go()
                ? "Runtime cutover NO-GO: " + runtimeCutover.reason() : null;
    }

    /** The error-level breaches no waiver accepts. */
    public List<Breach> errors() {
        return breaches().stream().filter(Breach::fails).toList();
    }
}
