package io.github.cutoverguard.engine.alignment;

import io.github.cutoverguard.engine.Rule;
import io.github.cutoverguard.engine.Breach;
import io.github.cutoverguard.engine.json.JsonDocument;

/**
 * A {@code $ref} that cannot be followed: remote (anything not starting with {@code #}: never
 * fetched), dangling (names nothing in the document), malformed, or part of a cycle. The check that
 * followed it reports it under its own rule.
 *
 * @param kind       what is wrong
 * @param refPointer JSON Pointer of the {@code $ref} value
 * @param ref        the {@code $ref} text as written
 */
public record RefProblem(Kind kind, String refPointer, String ref) {

    /** Why a {@code $ref} cannot be followed. */
    public enum Kind {
        REMOTE,
        DANGLING,
        MALFORMED,
        CYCLE
    }

    /** The problem as a breach of {@code rule}, located at the {@code $ref} in {@code document}. */
    public Breach toBreach(Rule rule, JsonDocument document, String purpose) {
        String message = switch (kind) {
            case REMOTE -> "$ref \"" + ref + "\" is remote: " + purpose + " follows only local references (#/...) "
                    + "and never fetches a document";
            case DANGLING -> "$ref \"" + ref + "\" names nothing in " + document.displayName() + ", so " + purpose
                    + " cannot follow it";
            case MALFORMED -> "$ref \"" + ref + "\" is not a JSON Pointer fragment (#/components/...), so " + purpose
                    + " cannot follow it";
            case CYCLE -> "$ref \"" + ref + "\" leads back to a schema it started from (a $ref cycle), so " + purpose
                    + " cannot resolve it";
        };
        String hint = switch (kind) {
            case REMOTE -> "inline the referenced definition under #/components and refer to it locally";
            case DANGLING -> "define the referenced component or correct the $ref";
            case MALFORMED -> "write the $ref as '#/components/<kind>/<Name>'";
            case CYCLE -> "break the cycle: a schema cannot be defined only as itself";
        };
        return document.breachAt(rule, refPointer, message).actual(ref).hint(hint).build();
    }
}
