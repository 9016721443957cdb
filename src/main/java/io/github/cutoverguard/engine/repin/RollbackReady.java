package io.github.cutoverguard.engine.repin;

import io.github.cutoverguard.engine.Baseline;
import io.github.cutoverguard.engine.Breach;
import io.github.cutoverguard.engine.BuildDay;
import io.github.cutoverguard.engine.Check;
import io.github.cutoverguard.engine.GoalRun;
import io.github.cutoverguard.engine.Location;
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
     * @param file    the file that names it (the pin, or the approval record), where a breach about it points
     * @param at      where in that file
     */
    public record ReturnTo(JsonDocument pin, Baseline release, String whence, String file, Location at) {

        /** The release the pin names, at the pin's {@code release_tag}. */
        public static ReturnTo pinned(JsonDocument pin, Baseline release) {
            return new ReturnTo(pin, release, "the pinned release", pin.displayName(),
                    pin.locate(JsonDocument.pointerOf("release_tag")));
        }
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
                    .file(returnTo.file()).at(returnTo.at()).build());
        }
        // a breach about the release (GIT-TAG-SHA points at the pin) points where the release to return to is named;
        // the hint is the readiness rule's: the fix is to keep that release, not to change the pin
        String pinFile = returnTo.pin().displayName();
        return dryRun.result().breaches().stream().filter(Breach::fails).map(b -> {
            boolean atPin = pinFile.equals(b.file()) && b.jsonPointer() == null;
            return new Breach(RULE, b.severity(), atPin ? returnTo.file() : b.file(), atPin ? returnTo.at() : b.location(),
                    b.jsonPointer(), b.expected(), b.actual(), "a rollback to " + to + " would fail: " + b.message(),
                    RULE.hint(), b.details());
        }).toList();
    }
}
