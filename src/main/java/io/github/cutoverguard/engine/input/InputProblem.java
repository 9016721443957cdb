package io.github.cutoverguard.engine.input;

/**
 * Why an input file could not be read: it is absent, not a regular file, unreadable, too large, a
 * symbolic link (never followed) or outside the project.
 * Checks turn it into a breach; it never escapes the engine.
 */
public final class InputProblem extends Exception {

    /** The kind of problem. */
    public enum Kind {
        MISSING,
        NOT_A_FILE,
        UNREADABLE,
        TOO_LARGE,
        /** A symbolic link, or a path through one: never followed (see {@link InsideProject}). */
        LINK_NOT_FOLLOWED,
        /** A path that resolves outside the project's work tree (see {@link InsideProject}). */
        OUTSIDE_PROJECT
    }

    private final Kind kind;

    public InputProblem(Kind kind, String message) {
        super(message, null, false, false);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
