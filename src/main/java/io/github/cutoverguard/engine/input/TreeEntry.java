package io.github.cutoverguard.engine.input;

import java.nio.file.Path;

/** One selected path found by {@link FileTree} under a root, relative to that root with {@code /} separators. */
public sealed interface TreeEntry permits TreeEntry.RegularFile, TreeEntry.Unfollowed {

    /** The path relative to the root, e.g. {@code schemas/error-envelope.schema.json}. */
    String relativePath();

    /**
     * A regular file to hash.
     *
     * @param relativePath the path relative to the root
     * @param file         where to read it: the file itself (never a link)
     */
    record RegularFile(String relativePath, Path file) implements TreeEntry {
    }

    /**
     * A selected path that is not read, and why.
     *
     * @param relativePath the path relative to the root
     * @param path         the path itself (for a link: the link, not its target)
     * @param reason       why it is not read
     * @param detail       a sentence fragment for the breach, e.g. "is a symbolic link to /etc/passwd; inputs must be …"
     */
    record Unfollowed(String relativePath, Path path, Reason reason, String detail) implements TreeEntry {

        /** This entry as the problem of an input shown as {@code display}: "{@code display} {@code detail}". */
        public InputProblem problem(String display) {
            return new InputProblem(switch (reason) {
                case NOT_A_FILE -> InputProblem.Kind.NOT_A_FILE;
                case UNREADABLE -> InputProblem.Kind.UNREADABLE;
                case SYMBOLIC_LINK -> InputProblem.Kind.LINK_NOT_FOLLOWED;
                case OUTSIDE_PROJECT -> InputProblem.Kind.OUTSIDE_PROJECT;
            }, display + " " + detail);
        }
    }

    /** Why a path is not read. */
    enum Reason {
        /** A symbolic link, wherever it points, or a root reached through one: never followed ({@link InsideProject}). */
        SYMBOLIC_LINK,
        /** A root that lies outside the project's work tree ({@link InsideProject}). */
        OUTSIDE_PROJECT,
        /** A FIFO, socket or device: opening it could block, so it is never opened. */
        NOT_A_FILE,
        /** A file or directory the build user cannot read. */
        UNREADABLE
    }
}
