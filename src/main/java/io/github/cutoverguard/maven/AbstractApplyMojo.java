package io.github.cutoverguard.maven;

import io.github.cutoverguard.engine.repin.Repin;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Parameter;

import java.nio.file.Path;
import java.util.List;

/**
 * A goal that applies a move of the pin, the mirror and the matrix rather than checking them: {@code repin} and its
 * inverse {@code rollback}. Both log each changed file's diff and write every file or none.
 */
public abstract class AbstractApplyMojo extends AbstractReleaseMojo {

    /** Logs the diffs and writes nothing. */
    @Parameter(property = "cutover.dryRun", defaultValue = "false")
    protected boolean dryRun;

    protected AbstractApplyMojo(BuildOutcome.Conclusion conclusion, BaselineUse baselineUse) {
        super(conclusion, baselineUse);
    }

    /** The producer clone the release is read from: required, {@code what} the goal reads there. */
    protected Path producerClone(String what) throws MojoExecutionException {
        if (producerRepository == null) {
            throw new MojoExecutionException(goal() + " reads " + what + " from the producer: set <producerRepository> to "
                    + "a local clone of the producer");
        }
        return producerRepository.toPath();
    }

    /** Logs each change as a unified diff: changed, or what a dry run would change. */
    protected void logChanges(List<Repin.FileChange> changes, boolean written) {
        for (Repin.FileChange change : changes) {
            getLog().info((written ? "Changed " : "Would change (dry run) ") + change.display() + ":\n" + change.diff());
        }
    }

    /**
     * Whether a goal that moves the pin on demand ({@code repin}, {@code rollback}) runs in this project: not in an
     * aggregator POM, nor, in a multi-module build, in a module that holds no pin ({@link PinModule}); when it does not,
     * an info line says why and what to run instead.
     */
    protected final boolean movesThePinHere() {
        int projects = session == null || session.getProjects() == null ? 1 : session.getProjects().size();
        java.util.Optional<String> skip = PinModule.skipReason(goal(), project, projects, pinFile.toPath(),
                files().display(pinFile.toPath()));
        skip.ifPresent(getLog()::info);
        return skip.isEmpty();
    }
}
