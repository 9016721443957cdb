package io.github.cutoverguard.engine.repin;

import io.github.cutoverguard.engine.ConfigurationProblem;

/**
 * {@code repin} will not move the pin (a configuration error; nothing is written): a rehearsal, a cutover without an
 * approval of this move, or a new pin without its members.
 */
public final class RepinRefused extends ConfigurationProblem {

    private static final long serialVersionUID = 1L;

    public RepinRefused(String message) {
        super(message);
    }
}
