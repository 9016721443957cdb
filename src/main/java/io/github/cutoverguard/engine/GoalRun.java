package io.github.cutoverguard.engine;

import io.github.cutoverguard.engine.json.InputLoader;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Collects one goal's run, the same way for every goal: each check as it ran (passed or failed by its breaches) or
 * was skipped with why, and each input read; {@link #result()} turns them into the goal's {@link GoalResult}. The run
 * reads its inputs through its one {@link #inputs() loader}, under the context's limits.
 */
public final class GoalRun {

    private final String goal;
    private final RunContext context;
    private final List<InputFile> inputs = new ArrayList<>();
    private final List<CheckResult> checks = new ArrayList<>();
    private final InputLoader loader;

    public GoalRun(String goal, RunContext context) {
        this.goal = goal;
        this.context = context;
        this.loader = new InputLoader(context.files(), context.limits());
    }

    /** The run's input loader: the project's files under the context's limits. */
    public InputLoader inputs() {
        return loader;
    }

    /** Records a check that ran: it passed when {@code breaches} holds no error. */
    public void ran(String id, String detail, List<Breach> breaches) {
        checks.add(CheckResult.ran(id, detail, breaches));
    }

    /** Records a check's result as it is. */
    public void add(CheckResult check) {
        checks.add(check);
    }

    /** Whether no check recorded so far failed. */
    public boolean noneFailed() {
        return checks.stream().allMatch(c -> c.status() != CheckStatus.FAIL);
    }

    /** Records a check that did not run, with why (a skipped check never counts as passed). */
    public void skipped(String id, String why) {
        checks.add(CheckResult.skipped(id, why));
    }

    /** Records each of {@code ids} as skipped, for one reason. */
    public void skipped(List<String> ids, String why) {
        ids.forEach(id -> skipped(id, why));
    }

    /** Records an input read. */
    public void read(InputFile input) {
        inputs.add(input);
    }

    /** Records inputs read. */
    public void read(Collection<InputFile> read) {
        inputs.addAll(read);
    }

    /** The goal's result, stamped now by the context's clock. */
    public GoalResult result() {
        return result(null);
    }

    /** The goal's result with the handoff acceptance it decided. */
    public GoalResult result(GoalResult.Acceptance acceptance) {
        return new GoalResult(goal, context.clock().instant(), context.mode(), context.baseline(),
                context.targetServiceContract(), inputs, checks, acceptance);
    }
}
