package io.github.cutoverguard.engine.parity;

import io.github.cutoverguard.engine.GoalResult;
import io.github.cutoverguard.engine.GoalRequest;
import io.github.cutoverguard.engine.RunContext;
import io.github.cutoverguard.engine.input.GlobSelection;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What {@link VerifyParity} compares: a canonical contract pack and the mirrors that must hold
 * byte-identical copies of it.
 *
 * @param context                 the project, mode, baseline, target, limits and clock of this run
 * @param canonicalDirectory    the canonical contract pack (required)
 * @param mirrors               directories that must mirror it; may be empty
 * @param selection             which files take part (includes/excludes; {@code null}: {@link #DEFAULT_INCLUDES})
 * @param allowMissingMirrors   whether an absent mirror directory is only a warning
 * @param parallelism           how many files are hashed at the same time (at least 1)
 */
public record VerifyParityRequest(
        RunContext context,
        Path canonicalDirectory,
        List<Path> mirrors,
        GlobSelection selection,
        boolean allowMissingMirrors,
        int parallelism) implements GoalRequest {

    /** The files compared when no includes are configured: JSON at every depth, the top level included. */
    public static final List<String> DEFAULT_INCLUDES = List.of("**/*.json");

    /** The selection of the configured globs; no includes means {@link #DEFAULT_INCLUDES}. */
    public static GlobSelection selection(List<String> includes, List<String> excludes) {
        return GlobSelection.orDefault(includes, excludes, DEFAULT_INCLUDES);
    }

    public VerifyParityRequest {
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(canonicalDirectory, "canonicalDirectory");
        mirrors = mirrors == null ? List.of() : List.copyOf(mirrors);
        selection = selection == null ? selection(null, null) : selection;
        if (parallelism < 1) {
            throw new IllegalArgumentException("parallelism must be at least 1, was " + parallelism);
        }
    }

    @Override
    public String goal() {
        return VerifyParity.GOAL;
    }

    @Override
    public GoalResult run() {
        return VerifyParity.run(this);
    }
}
