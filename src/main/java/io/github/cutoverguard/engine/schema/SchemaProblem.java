package io.github.cutoverguard.engine.schema;

import io.github.cutoverguard.engine.ConfigurationProblem;

/**
 * A schema that cannot be used: unreadable, not JSON, not a valid 2020-12 schema, or referring to a
 * remote document (which is refused, never fetched). A configuration error, not a breach.
 */
public final class SchemaProblem extends ConfigurationProblem {

    private static final long serialVersionUID = 1L;

    public SchemaProblem(String message) {
        super(message);
    }
}
