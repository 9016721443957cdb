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
     * @param file         where to read it: the file itself, or the target of a link that stays inside the root
     */
    record RegularFile(String relativePath, Path file) implements TreeEntry {
    }

    /**
     * A selected path that is not read, and why.
     *
     * @param relativePath the path relative to the root
     * @param path         the path itself (for a link: the link, not its target)
     * @param reason       why it is not read
     * @param detail       a sentence fragment for the breach, e.g. "is a symbolic link to /etc/passwd, outside mirrors/a"
     */
    record Unfollowed(String relativePath, Path path, Reason reason, String detail) implements TreeEntry {

        /** This entry as the problem of an input shown as {@code display}: "{@code display} {@code detail}". */
        public InputProblem problem(String display) {
            return new InputProblem(switch (reason) {
                case NOT_A_FILE -> InputProblem.Kind.NOT_A_FILE;
                case UNREADABLE -> InputProblem.Kind.UNREADABLE;
                case LEAVES_TREE, BROKEN_LINK, CYCLE, LINKED_DIRECTORY -> InputProblem.Kind.LINK_NOT_FOLLOWED;
            }, display + " " + detail);
        }
    }

    /** Why a path is not read. */
    enum Reason {
        /** A symbolic link that resolves outside its root: never followed. */
        LEAVES_TREE,
        /** A symbolic link whose target does not exist. */
        BROKEN_LINK,
        /** A symbolic link back into a directory that is being scanned (it would never end). */
        CYCLE,
        /**
         * A symbolic link to a directory inside the root, not walked because the walk's
         * {@link FileTree.LinkPolicy} is {@link FileTree.LinkPolicy#FILES_ONLY}.
         */
        LINKED_DIRECTORY,
        /** A FIFO, socket or device: opening it could block, so it is never opened. */
        NOT_A_FILE,
        /** A file or directory the build user cannot read. */
        UNREADABLE
    }
}
