package io.github.cutoverguard.engine.schema;

/**
 * A schema that cannot be used: unreadable, not JSON, not a valid 2020-12 schema, or referring to a
 * remote document (which is refused, never fetched). A configuration error, not a breach.
 */
public final class SchemaProblem extends Exception {

    public SchemaProblem(String message) {
        super(message, null, false, false);
    }
}
