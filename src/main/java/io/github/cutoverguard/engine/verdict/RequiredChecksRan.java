package io.github.cutoverguard.engine.verdict;

import io.github.cutoverguard.engine.Breach;
import io.github.cutoverguard.engine.Check;
import io.github.cutoverguard.engine.CheckResult;
import io.github.cutoverguard.engine.CheckStatus;
import io.github.cutoverguard.engine.GoalResult;
import io.github.cutoverguard.engine.Rule;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Raises {@link #RULE} for each {@code requiredChecks} entry that did not run in the verdict: a goal
 * name whose goal ran no check (its inputs are not configured), or a check ID that was skipped or that
 * no goal that ran has (a misspelt entry fails too, never passes).
 */
public final class RequiredChecksRan implements Check<List<GoalResult>> {

    public static final Rule RULE = Rule.VERDICT_INCOMPLETE;

    private final List<String> required;
    private final Role role;

    RequiredChecksRan(List<String> required) {
        this(required, Role.BOTH);
    }

    /** @param role whom the verdict judges: a required goal of another role is named as such */
    RequiredChecksRan(List<String> required, Role role) {
        this.required = required;
        this.role = role;
    }

    @Override
    public Set<Rule> rules() {
        return Set.of(RULE);
    }

    @Override
    public List<Breach> check(List<GoalResult> goals) {
        List<Breach> breaches = new ArrayList<>();
        for (String entry : required) {
            Optional<GoalResult> goal = goals.stream().filter(g -> g.goal().equals(entry)).findFirst();
            String problem;
            String hint = "configure the inputs " + entry + " needs, or correct requiredChecks (a goal name such as "
                    + "check-pin, or a check ID from verdict.md)";
            if (goal.isPresent()) {
                List<CheckResult> skipped = goal.get().checks().stream()
                        .filter(c -> c.status() == CheckStatus.SKIPPED).toList();
                problem = skipped.size() < goal.get().checks().size() ? null
                        : "goal " + entry + " ran no check: " + reasons(skipped);
            } else {
                Optional<GoalResult> owner = goals.stream()
                        .filter(g -> g.checks().stream().anyMatch(c -> c.id().equals(entry))).findFirst();
                Optional<CheckResult> check = owner.flatMap(g -> g.checks().stream()
                        .filter(c -> c.id().equals(entry)).findFirst());
                problem = check.isEmpty() && Verdict.GOALS.contains(entry) && !role.goals().contains(entry)
                        ? "goal " + entry + " is not run by a " + role.id() + "'s verdict"
                        : check.isEmpty() ? "no goal that ran has a check " + entry
                        : check.get().status() == CheckStatus.SKIPPED ? "check " + entry + " was skipped: " + check.get().detail()
                        : null;
                if (problem != null && check.isPresent()) {
                    hint = failedFirst(owner.get(), entry).orElse(hint);
                } else if (problem != null && Verdict.GOALS.contains(entry) && !role.goals().contains(entry)) {
                    hint = "set <role>both</role> to judge the producer and the consumer in one verdict, or remove " + entry
                            + " from requiredChecks";
                }
            }
            if (problem != null) {
                breaches.add(Breach.error(RULE, "required check " + entry + " did not run (" + problem + ")")
                        .expected(entry + " ran")
                        .actual("not run")
                        .hint(hint)
                        .build());
            }
        }
        return breaches;
    }

    /**
     * When a check of the skipped one's goal failed before it, that failure is what to fix first: a check is skipped
     * when one it needs failed (the pin unreadable, the release not in the producer's history).
     */
    private static Optional<String> failedFirst(GoalResult goal, String skipped) {
        return goal.checks().stream().takeWhile(c -> !c.id().equals(skipped))
                .filter(c -> c.status() == CheckStatus.FAIL).findFirst()
                .map(failed -> "check " + failed.id() + " failed first (" + String.join(", ", failed.breaches().stream()
                        .filter(Breach::fails).map(Breach::ruleId).distinct().toList()) + "): fix it and " + skipped
                        + " runs; if it is still skipped, configure what its reason names");
    }

    private static String reasons(List<CheckResult> skipped) {
        return String.join("; ", skipped.stream().map(CheckResult::detail).distinct().toList());
    }
}
