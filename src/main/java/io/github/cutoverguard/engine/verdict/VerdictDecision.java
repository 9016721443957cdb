package io.github.cutoverguard.engine.verdict;

import io.github.cutoverguard.engine.Baseline;
import io.github.cutoverguard.engine.Breach;
import io.github.cutoverguard.engine.GoalResult;
import io.github.cutoverguard.engine.Mode;
import io.github.cutoverguard.engine.Severity;
import io.github.cutoverguard.engine.cutover.CutoverApprovalHolds;

import java.util.List;

/**
 * Decides the two verdicts from the goals' results (DESIGN §4, {@code verdict}):
 * rehearsal continuation is GO without error-level breaches, and any fallback breach is an
 * immediate NO-GO; runtime cutover is always NO-GO in rehearsal mode, and in cutover mode GO only
 * with rehearsal GO and a valid joint approval (no {@code CUTOVER-APPROVAL} breach).
 */
public final class VerdictDecision {

    private static final List<String> FALLBACK_RULES = List.of("GUARD-FALLBACK-REGRESSION", "GUARD-FALLBACK-MISSING");

    private VerdictDecision() {
    }

    /** Rehearsal continuation: every error-level breach except the cutover approval's counts. */
    public static Decision rehearsalContinuation(List<GoalResult> goals) {
        List<Breach> errors = goals.stream().flatMap(g -> g.errors().stream())
                .filter(b -> !b.ruleId().equals(CutoverApprovalHolds.RULE)).toList();
        List<String> fallback = errors.stream().map(Breach::ruleId).filter(FALLBACK_RULES::contains).distinct().toList();
        if (!fallback.isEmpty()) {
            return Decision.noGo("fallback regression (" + String.join(", ", fallback)
                    + "): the consumer's deterministic fallback is broken, an immediate NO-GO");
        }
        if (!errors.isEmpty()) {
            return Decision.noGo(errors.size() + (errors.size() == 1 ? " error-level breach: " : " error-level breaches: ")
                    + String.join(", ", errors.stream().map(Breach::ruleId).distinct().toList()));
        }
        long checks = goals.stream().mapToLong(g -> g.checks().size()).sum();
        long warnings = goals.stream().flatMap(g -> g.breaches().stream()).filter(b -> b.severity() == Severity.WARNING).count();
        return Decision.go("no error-level breach in " + checks + " checks of " + goals.size() + " goals"
                + (warnings == 0 ? "" : " (" + warnings + (warnings == 1 ? " warning)" : " warnings)")));
    }

    /** Runtime cutover, given the rehearsal decision and (in cutover mode) the approval goal's result. */
    public static Decision runtimeCutover(Mode mode, Baseline baseline, Decision rehearsal, GoalResult approval) {
        if (mode == Mode.REHEARSAL) {
            return Decision.noGo("rehearsal mode: the runtime stays pinned to " + baseline.releaseTag() + " / "
                    + baseline.serviceContract() + " until the cutover gates pass and producer and consumer approve "
                    + "(mode=cutover with a cutover-approval.v1 record)");
        }
        if (!rehearsal.go()) {
            return Decision.noGo("rehearsal continuation is NO-GO: " + rehearsal.reason());
        }
        if (approval == null || !approval.passed()) {
            int count = approval == null ? 0 : approval.errors().size();
            return Decision.noGo("the joint cutover approval does not hold (" + count + " CUTOVER-APPROVAL breach"
                    + (count == 1 ? ")" : "es)"));
        }
        return Decision.go("rehearsal GO and a joint approval of " + baseline.releaseTag() + " / "
                + baseline.serviceContract() + " with every gate passed");
    }
}
