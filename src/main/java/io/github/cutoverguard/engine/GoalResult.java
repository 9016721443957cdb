package io.github.cutoverguard.engine;

import java.time.Instant;
import java.util.List;

/**
 * Everything a goal found: which inputs it read, each check's result and, derived from those, its
 * breaches and status; {@code acceptance} names the handoff payload a {@code validate-handoff} run
 * judged (else {@code null}).
 */
public record GoalResult(
        String goal,
        Instant generatedAt,
        Mode mode,
        Baseline baseline,
        String targetServiceContract,
        List<InputFile> inputs,
        List<CheckResult> checks,
        Acceptance acceptance) {

    /**
     * The payload a handoff validation judged, identified by the SHA-256 of its bytes; accepted when
     * it raised no error-level breach (decided before a warn-only run downgrades breaches);
     * {@code cutoverNotBefore} is the payload's {@code cutover_not_before_utc_date} as written, or {@code null}.
     */
    public record Acceptance(String payload, String sha256, String kind, boolean accepted, String cutoverNotBefore) {
    }

    public GoalResult {
        inputs = List.copyOf(inputs);
        checks = List.copyOf(checks);
    }

    /** A result without an acceptance record. */
    public GoalResult(String goal, Instant generatedAt, Mode mode, Baseline baseline, String targetServiceContract,
                      List<InputFile> inputs, List<CheckResult> checks) {
        this(goal, generatedAt, mode, baseline, targetServiceContract, inputs, checks, null);
    }

    /** All breaches, in check order. */
    public List<Breach> breaches() {
        return checks.stream().flatMap(c -> c.breaches().stream()).toList();
    }

    /** How many breaches the checks found, those a {@link BreachLimit} does not list included. */
    public long breachCount() {
        return Breach.count(breaches());
    }

    /** Error-level breaches no waiver accepts: the ones that fail the build. */
    public List<Breach> errors() {
        return breaches().stream().filter(Breach::fails).toList();
    }

    /** Whether no check raised an error-level breach that no waiver accepts. */
    public boolean passed() {
        return errors().isEmpty();
    }

    /** The rule IDs of the error-level breaches, without repeats, in order. */
    public List<String> failedRuleIds() {
        return errors().stream().map(Breach::ruleId).distinct().toList();
    }

    /** This result with other inputs, checks and acceptance (the rest as it is). */
    public GoalResult with(List<InputFile> newInputs, List<CheckResult> newChecks, Acceptance newAcceptance) {
        return new GoalResult(goal, generatedAt, mode, baseline, targetServiceContract, newInputs, newChecks, newAcceptance);
    }

    /** This result with every error downgraded to a warning (warn-only runs). */
    public GoalResult asWarnings() {
        List<CheckResult> downgraded = checks.stream()
                .map(c -> new CheckResult(c.id(), c.status(), c.detail(),
                        c.breaches().stream().map(b -> b.withSeverity(Severity.WARNING)).toList()))
                .toList();
        return with(inputs, downgraded, acceptance);
    }
}
