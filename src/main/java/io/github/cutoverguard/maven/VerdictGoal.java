package io.github.cutoverguard.maven;

import io.github.cutoverguard.engine.GoalRequest;
import org.apache.maven.plugin.MojoExecutionException;

/**
 * A goal the {@code verdict} runs: its Mojo, configured from the verdict's configuration, says whether its
 * inputs are configured and turns its parameters into its engine request (the same request it runs alone).
 */
interface VerdictGoal {

    /** Why the verdict does not run this goal, or {@code null} when its inputs are configured. */
    String notConfigured();

    /** The engine request for the goal's parameters; misconfiguration is an execution error. */
    GoalRequest request() throws MojoExecutionException;
}
