package io.github.cutoverguard.engine.cutover;

import io.github.cutoverguard.engine.ConfigurationProblem;

/** The configuration disagrees with the files about where the integration stands ({@link Lifecycle}). */
public final class LifecycleDisagrees extends ConfigurationProblem {

    private static final long serialVersionUID = 1L;

    LifecycleDisagrees(String message) {
        super(message);
    }
}
