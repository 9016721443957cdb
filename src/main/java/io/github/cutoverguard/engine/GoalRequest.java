package io.github.cutoverguard.engine;

import io.github.cutoverguard.engine.schema.SchemaProblem;

/**
 * What one goal is asked to check, able to run itself: the {@code verdict} runs a list of these in a loop,
 * and a goal's Mojo runs its own. Each goal's request record implements it, holding the shared
 * {@link RunContext} and only the inputs that are the goal's own.
 */
public interface GoalRequest {

    /** The goal's name, as in {@code mvn cutover:<goal>} and in the reports. */
    String goal();

    /** The project, mode, baseline, target, limits and clock of this run. */
    RunContext context();

    /**
     * Runs the goal's checks.
     *
     * @throws SchemaProblem when a configured schema is unusable (a configuration error)
     */
    GoalResult run() throws SchemaProblem;

    /** What the run will read that is worth preparing ahead ({@link Preload}); default nothing. */
    default Preload preload() {
        return Preload.NONE;
    }
}
