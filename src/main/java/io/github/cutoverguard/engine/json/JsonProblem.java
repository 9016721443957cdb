package io.github.cutoverguard.engine.json;

import io.github.cutoverguard.engine.Location;

/** Why an input is not strict JSON, where, and how to fix it. */
public final class JsonProblem extends Exception {

    private final Location location;
    private final String hint;

    public JsonProblem(String message, Location location, String hint) {
        super(message, null, false, false);
        this.location = location;
        this.hint = hint;
    }

    public Location location() {
        return location;
    }

    public String hint() {
        return hint;
    }
}
