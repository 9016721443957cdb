package io.github.cutoverguard.maven;

import io.github.cutoverguard.engine.git.WorkTreeSource;
import org.apache.maven.plugin.MojoExecutionException;

/**
 * Starts what a goal prepares ahead as it starts, unless it is skipped: its {@link AbstractCutoverMojo#preload()}, and,
 * for a goal that writes no file but its evidence report, the work tree's source (JGit's status) for that report, which
 * {@link InterruptedWrite} discards when it ends an interrupted write (the tree changed).
 */
final class Preparation {

    private Preparation() {
    }

    /**
     * Starts {@code mojo}'s preparation; a goal whose request cannot be built yet prepares nothing and meets that error
     * where it builds the request.
     */
    static void startFor(AbstractCutoverMojo mojo) {
        if (mojo.skip) {
            return;
        }
        if (mojo.conclusion != BuildOutcome.Conclusion.VERDICT && mojo.written().files().isEmpty()) {
            mojo.sourceAhead = WorkTreeSource.readAhead(mojo.basedir.toPath());
        }
        try {
            mojo.preload().start();
        } catch (MojoExecutionException | RuntimeException e) {
            mojo.getLog().debug("nothing prepared ahead: " + e.getMessage());
        }
    }
}
