package io.github.cutoverguard.engine.repin;

import io.github.cutoverguard.engine.Baseline;
import io.github.cutoverguard.engine.Breach;
import io.github.cutoverguard.engine.BuildDay;
import io.github.cutoverguard.engine.Check;
import io.github.cutoverguard.engine.GoalRun;
import io.github.cutoverguard.engine.Rule;
import io.github.cutoverguard.engine.RunContext;
import io.github.cutoverguard.engine.json.JsonDocument;

import java.io.IOException;
import java.util.List;
import java.util.Set;

/**
 * Raises {@link #RULE} unless a rollback to the release to return to would work now: its tag still holds its commit in
 * the producer's clone, its manifest is readable at the tag and names it, and the rollback's pin, mirror and matrix can
 * be computed ({@link Rollback#plan}, in memory: nothing is written). Each reason a dry run would fail is one breach,
 * at the file and location the rollback found it.
 */
public final class RollbackReady implements Check<RollbackReady.ReturnTo> {

    public static final Rule RULE = Rule.ROLLBACK_READINESS;
    /** The check's ID in reports. */
    public static final String ID = "cutover.rollback-ready";

    private final RunContext context;
    private final RollbackRequest.ReleaseFilesRequest paths;

    /**
     * @param context the run (its project, limits and clock)
     * @param paths   the pin, mirror, matrix and producer clone a rollback would use
     */
    public RollbackReady(RunContext context, RollbackRequest.ReleaseFilesRequest paths) {
        this.context = context;
        this.paths = paths;
    }

    /**
     * The rollback to check.
     *
     * @param pin     the current pin, as read
     * @param release the release to return to (its tag and commit)
     * @param whence  where that release comes from, e.g. {@code the pinned release}
     */
    public record ReturnTo(JsonDocument pin, Baseline release, String whence) {
    }

    @Override
    public Set<Rule> rules() {
        return Set.of(RULE);
    }

    @Override
    public List<Breach> check(ReturnTo returnTo) {
        String to = returnTo.release().releaseTag() + " (" + returnTo.whence() + ")";
        GoalRun dryRun = new GoalRun(Rollback.GOAL, context);
        try {
            Rollback.plan(context, paths, returnTo.pin(), returnTo.release(), BuildDay.utcDay(context.clock()), dryRun);
        } catch (RollbackRefused | IOException e) {
            return List.of(Breach.error(RULE, "a rollback to " + to + " would fail: " + e.getMessage())
                    .file(returnTo.pin().displayName()).hint(RULE.hint()).build());
        }
        return dryRun.result().breaches().stream().filter(Breach::fails).map(b -> new Breach(RULE, b.severity(),
                b.file(), b.location(), b.jsonPointer(), b.expected(), b.actual(), "a rollback to " + to
                + " would fail: " + b.message(), b.hint() == null ? RULE.hint() : b.hint(), b.details())).toList();
    }
}
