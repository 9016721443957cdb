package io.github.cutoverguard.engine;

/**
 * A run the engine will not start because of how it is configured (an unusable schema, a refused repin): a
 * configuration error whose message says what to change, never a breach. The Maven layer reports its message as it is.
 */
public abstract class ConfigurationProblem extends Exception {

    private static final long serialVersionUID = 1L;

    protected ConfigurationProblem(String message) {
        super(message, null, false, false);
    }
}
