package io.github.cutoverguard.engine.input;

/**
 * Why an input file could not be read: it is absent, not a regular file, unreadable, too large, or a
 * symbolic link a walk did not follow.
 * Checks turn it into a breach; it never escapes the engine.
 */
public final class InputProblem extends Exception {

    /** The kind of problem. */
    public enum Kind {
        MISSING,
        NOT_A_FILE,
        UNREADABLE,
        TOO_LARGE,
        /** A symbolic link that leaves its tree, is broken or loops (see {@link FileTree}). */
        LINK_NOT_FOLLOWED
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
