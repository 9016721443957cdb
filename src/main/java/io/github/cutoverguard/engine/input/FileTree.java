package io.github.cutoverguard.engine.input;

import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

/**
 * The one directory-tree walker of the engine: lists the files a {@link GlobSelection} selects under
 * a root, without reading them (the callers stream or read each file afterwards, so a tree of tens
 * of thousands of files costs a list of paths).
 *
 * <p>Link policy, the one rule for every input ({@link InsideProject}): a symbolic link is never
 * followed, wherever it points. The root must lie inside the project's work tree and be reached
 * through no link, else it is one {@link TreeEntry.Reason#OUTSIDE_PROJECT} or
 * {@link TreeEntry.Reason#SYMBOLIC_LINK} entry. Below it, a selected link (to a file the selection
 * names, or to a directory it would enter) is listed as {@link TreeEntry.Reason#SYMBOLIC_LINK}, so a
 * walk never loops and never leaves the tree. Special files and unreadable directories are listed
 * too, so nothing selected is skipped silently: the caller decides what each unfollowed entry means.
 */
public final class FileTree {

    private final ProjectFiles files;
    private final GlobSelection selection;

    /**
     * @param files     the project, whose work tree the roots must lie in
     * @param selection which files are listed and which directories are entered
     */
    public FileTree(ProjectFiles files, GlobSelection selection) {
        this.files = files;
        this.selection = selection;
    }

    /** The selected entries under the existing directory {@code root}, sorted by relative path. */
    public List<TreeEntry> walk(Path root) {
        Optional<InsideProject.Refusal> refused = InsideProject.of(files).refusal(root);
        if (refused.isPresent()) {
            return List.of(new TreeEntry.Unfollowed("", root, refused.get().kind() == InputProblem.Kind.OUTSIDE_PROJECT
                    ? TreeEntry.Reason.OUTSIDE_PROJECT : TreeEntry.Reason.SYMBOLIC_LINK, refused.get().detail()));
        }
        Path start = files.resolve(root);
        List<TreeEntry> entries = new ArrayList<>();
        try {
            Files.walkFileTree(start, EnumSet.noneOf(FileVisitOption.class), Integer.MAX_VALUE, new Visitor(start, entries));
        } catch (IOException e) {
            entries.add(new TreeEntry.Unfollowed("", root, TreeEntry.Reason.UNREADABLE, "cannot be read: " + describe(e)));
        }
        entries.sort(Comparator.comparing(TreeEntry::relativePath));
        return entries;
    }

    /** The exception as {@link ProjectFiles#describe} shows it, e.g. {@code AccessDeniedException}. */
    public static String describe(Exception e) {
        return ProjectFiles.describe(e);
    }

    /** One root's walk, which the JDK never lets follow a link ({@code FOLLOW_LINKS} is not given). */
    private final class Visitor extends SimpleFileVisitor<Path> {
        private final Path start;
        private final List<TreeEntry> entries;

        Visitor(Path start, List<TreeEntry> entries) {
            this.start = start;
            this.entries = entries;
        }

        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
            return dir.equals(start) || selection.entersDirectory(relative(dir))
                    ? FileVisitResult.CONTINUE : FileVisitResult.SKIP_SUBTREE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            String rel = relative(file);
            if (attrs.isSymbolicLink()) {
                // the target's type is asked only to know whether the selection names it; it is never opened
                boolean selected = Files.isDirectory(file) ? selection.entersDirectory(rel) : selection.selectsFile(rel);
                if (selected) {
                    entries.add(new TreeEntry.Unfollowed(rel, file, TreeEntry.Reason.SYMBOLIC_LINK,
                            InsideProject.linkDetail(file)));
                }
            } else if (selection.selectsFile(rel)) {
                entries.add(attrs.isRegularFile() ? new TreeEntry.RegularFile(rel, file) : notAFile(rel, file));
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
            String rel = relative(file);
            boolean directory = Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS);
            if (file.equals(start) || (directory ? selection.entersDirectory(rel) : selection.selectsFile(rel))) {
                entries.add(new TreeEntry.Unfollowed(rel, file, TreeEntry.Reason.UNREADABLE, "cannot be read: " + describe(e)));
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult postVisitDirectory(Path dir, IOException e) {
            if (e != null) {
                entries.add(new TreeEntry.Unfollowed(relative(dir), dir, TreeEntry.Reason.UNREADABLE,
                        "cannot be listed: " + describe(e)));
            }
            return FileVisitResult.CONTINUE;
        }

        private String relative(Path path) {
            return start.relativize(path).toString().replace('\\', '/');
        }
    }

    private static TreeEntry notAFile(String rel, Path path) {
        return new TreeEntry.Unfollowed(rel, path, TreeEntry.Reason.NOT_A_FILE,
                "is not a regular file (a FIFO, socket or device); it is not opened");
    }
}
