package io.github.cutoverguard.engine.parity;

import java.time.Clock;
import io.github.cutoverguard.engine.GoalResult;
import io.github.cutoverguard.engine.GoalRequest;
import io.github.cutoverguard.engine.input.GlobSelection;
import io.github.cutoverguard.engine.Baseline;
import io.github.cutoverguard.engine.Mode;
import io.github.cutoverguard.engine.input.ProjectFiles;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What {@link VerifyParity} compares: a canonical contract pack and the mirrors that must hold
 * byte-identical copies of it.
 *
 * @param files                 the project directory, for resolving and naming paths
 * @param canonicalDirectory    the canonical contract pack (required)
 * @param mirrors               directories that must mirror it; may be empty
 * @param selection             which files take part (includes/excludes; {@code null}: {@link #DEFAULT_INCLUDES})
 * @param allowMissingMirrors   whether an absent mirror directory is only a warning
 * @param parallelism           how many files are hashed at the same time (at least 1)
 * @param baseline              the configured baseline, for the report; its fields may be {@code null}
 * @param targetServiceContract the contract being rehearsed, or {@code null}
 * @param mode                  rehearsal or cutover, for the report
 */
public record VerifyParityRequest(
        ProjectFiles files,
        Path canonicalDirectory,
        List<Path> mirrors,
        GlobSelection selection,
        boolean allowMissingMirrors,
        int parallelism,
        Baseline baseline,
        String targetServiceContract,
        Mode mode) implements GoalRequest {

    /** The files compared when no includes are configured: JSON at every depth, the top level included. */
    public static final List<String> DEFAULT_INCLUDES = List.of("**/*.json");

    /** The selection of the configured globs; no includes means {@link #DEFAULT_INCLUDES}. */
    public static GlobSelection selection(List<String> includes, List<String> excludes) {
        return GlobSelection.orDefault(includes, excludes, DEFAULT_INCLUDES);
    }

    public VerifyParityRequest {
        Objects.requireNonNull(files, "files");
        Objects.requireNonNull(canonicalDirectory, "canonicalDirectory");
        mirrors = mirrors == null ? List.of() : List.copyOf(mirrors);
        selection = selection == null ? selection(null, null) : selection;
        if (parallelism < 1) {
            throw new IllegalArgumentException("parallelism must be at least 1, was " + parallelism);
        }
        baseline = baseline == null ? Baseline.NONE : baseline;
        mode = mode == null ? Mode.REHEARSAL : mode;
    }

    @Override
    public String goal() {
        return VerifyParity.GOAL;
    }

    @Override
    public GoalResult run(Clock clock) {
        return new VerifyParity(clock).run(this);
    }
}
