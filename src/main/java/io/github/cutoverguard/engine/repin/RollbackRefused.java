package io.github.cutoverguard.engine.repin;

import io.github.cutoverguard.engine.ConfigurationProblem;

/**
 * {@code rollback} will not move the pin back (a configuration error; nothing is written): no reason, an approval record
 * that does not hold its schema or names no {@code previous_baseline}, or a pin that is not the approval's
 * {@code baseline} (no cutover to roll back).
 */
public final class RollbackRefused extends ConfigurationProblem {

    private static final long serialVersionUID = 1L;

    public RollbackRefused(String message) {
        super(message);
    }
}
