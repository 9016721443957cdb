package io.github.cutoverguard.maven;

import org.apache.maven.plugin.MojoExecutionException;

/** Starts what a goal prepares ahead ({@link AbstractCutoverMojo#preload()}) as the goal starts, unless it is skipped. */
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
        try {
            mojo.preload().start();
        } catch (MojoExecutionException | RuntimeException e) {
            mojo.getLog().debug("nothing prepared ahead: " + e.getMessage());
        }
    }
}
