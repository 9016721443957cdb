package io.github.cutoverguard.engine;

import io.github.cutoverguard.engine.schema.SchemaProblem;

import java.time.Clock;

/**
 * What one goal is asked to check, able to run itself: the {@code verdict} runs a list of these in a loop,
 * and a goal's Mojo runs its own. Each goal's request record implements it.
 */
public interface GoalRequest {

    /** The goal's name, as in {@code mvn cutover:<goal>} and in the reports. */
    String goal();

    /**
     * Runs the goal's checks.
     *
     * @throws SchemaProblem when a configured schema is unusable (a configuration error)
     */
    GoalResult run(Clock clock) throws SchemaProblem;
}
