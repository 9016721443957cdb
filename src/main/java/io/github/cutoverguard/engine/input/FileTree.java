package io.github.cutoverguard.engine.input;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

/**
 * The one directory-tree walker of the engine: lists the files a {@link GlobSelection} selects under
 * a root, without reading them (the callers stream or read each file afterwards, so a tree of tens
 * of thousands of files costs a list of paths).
 *
 * <p>Link policy: the walk never lets the JDK follow symbolic links ({@link Files#walkFileTree}
 * without {@code FOLLOW_LINKS}); each link is resolved here instead. A link that resolves outside
 * the root is never followed and is listed as {@link TreeEntry.Reason#LEAVES_TREE}; a broken link
 * as {@link TreeEntry.Reason#BROKEN_LINK}; a link loop as {@link TreeEntry.Reason#CYCLE}. A link to
 * a file inside the root is read through its target. A link to a directory inside the root is, by
 * {@link LinkPolicy}, either walked under the link's own path unless that directory is already
 * being walked (a cycle), so link loops always end, or listed as
 * {@link TreeEntry.Reason#LINKED_DIRECTORY}. Special files and unreadable directories are listed
 * too, so nothing selected is skipped silently: the caller decides what each unfollowed entry means.
 */
public final class FileTree {

    /** What the walk does with a symbolic link to a directory inside the root. */
    public enum LinkPolicy {
        /** Walk it under the link's own path (contract packs: a linked directory is part of the pack). */
        FOLLOW_INSIDE_ROOT,
        /** Do not walk it; list it as {@link TreeEntry.Reason#LINKED_DIRECTORY} (the guard's project scans). */
        FILES_ONLY
    }

    private final ProjectFiles files;
    private final GlobSelection selection;
    private final LinkPolicy links;

    /**
     * @param files     the project, to name link targets and roots in the entries' details
     * @param selection which files are listed and which directories are entered
     * @param links     what to do with links to directories inside the root
     */
    public FileTree(ProjectFiles files, GlobSelection selection, LinkPolicy links) {
        this.files = files;
        this.selection = selection;
        this.links = links;
    }

    /** The selected entries under the existing directory {@code root}, sorted by relative path. */
    public List<TreeEntry> walk(Path root) {
        List<TreeEntry> entries = new ArrayList<>();
        try {
            Path realRoot = root.toRealPath();
            new Walk(root, realRoot, entries).walk(realRoot, "", List.of(realRoot));
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

    /** One root's walk; {@code chain} holds the real directories whose walks are in progress. */
    private final class Walk {
        private final Path root;
        private final Path realRoot;
        private final List<TreeEntry> entries;

        Walk(Path root, Path realRoot, List<TreeEntry> entries) {
            this.root = root;
            this.realRoot = realRoot;
            this.entries = entries;
        }

        void walk(Path start, String prefix, List<Path> chain) throws IOException {
            Files.walkFileTree(start, EnumSet.noneOf(FileVisitOption.class), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    return dir.equals(start) || selection.entersDirectory(relative(start, prefix, dir))
                            ? FileVisitResult.CONTINUE : FileVisitResult.SKIP_SUBTREE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    String rel = relative(start, prefix, file);
                    if (attrs.isSymbolicLink()) {
                        link(file, rel, chain);
                    } else if (attrs.isRegularFile()) {
                        if (selection.selectsFile(rel)) {
                            entries.add(new TreeEntry.RegularFile(rel, file));
                        }
                    } else if (selection.selectsFile(rel)) {
                        entries.add(notAFile(rel, file));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    String rel = relative(start, prefix, file);
                    boolean directory = Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS);
                    if (directory ? selection.entersDirectory(rel) : selection.selectsFile(rel)) {
                        entries.add(new TreeEntry.Unfollowed(rel, file, TreeEntry.Reason.UNREADABLE,
                                "cannot be read: " + describe(e)));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException e) {
                    if (e != null) {
                        entries.add(new TreeEntry.Unfollowed(relative(start, prefix, dir), dir,
                                TreeEntry.Reason.UNREADABLE, "cannot be listed: " + describe(e)));
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        }

        private void link(Path link, String rel, List<Path> chain) {
            String target = linkText(link);
            Path real;
            try {
                real = link.toRealPath();
            } catch (NoSuchFileException e) {
                add(rel, selection.selectsFile(rel), new TreeEntry.Unfollowed(rel, link, TreeEntry.Reason.BROKEN_LINK,
                        "is a symbolic link to " + target + ", which does not exist"));
                return;
            } catch (FileSystemException e) {
                boolean loop = e.getReason() != null && e.getReason().toLowerCase(Locale.ROOT).contains("symbolic link");
                add(rel, selection.selectsFile(rel) || selection.entersDirectory(rel), loop
                        ? new TreeEntry.Unfollowed(rel, link, TreeEntry.Reason.CYCLE,
                                "is a symbolic link to " + target + " that loops back on itself; it is not followed")
                        : new TreeEntry.Unfollowed(rel, link, TreeEntry.Reason.UNREADABLE,
                                "is a symbolic link to " + target + " that cannot be resolved: " + describe(e)));
                return;
            } catch (IOException e) {
                add(rel, selection.selectsFile(rel), new TreeEntry.Unfollowed(rel, link, TreeEntry.Reason.UNREADABLE,
                        "is a symbolic link to " + target + " that cannot be resolved: " + describe(e)));
                return;
            }
            boolean directory = Files.isDirectory(real);
            boolean selected = directory ? selection.entersDirectory(rel) : selection.selectsFile(rel);
            if (!selected) {
                return;
            }
            if (!real.startsWith(realRoot)) {
                entries.add(new TreeEntry.Unfollowed(rel, link, TreeEntry.Reason.LEAVES_TREE,
                        "is a symbolic link to " + target + " (" + files.display(real) + "), outside "
                                + files.display(root) + "; links that leave the tree are not followed"));
            } else if (directory) {
                directoryLink(link, rel, target, real, chain);
            } else if (Files.isRegularFile(real)) {
                entries.add(new TreeEntry.RegularFile(rel, real));
            } else {
                entries.add(notAFile(rel, link));
            }
        }

        private void directoryLink(Path link, String rel, String target, Path real, List<Path> chain) {
            if (links == LinkPolicy.FILES_ONLY) {
                entries.add(new TreeEntry.Unfollowed(rel, link, TreeEntry.Reason.LINKED_DIRECTORY,
                        "is a symbolic link to the directory " + target + "; linked directories are not walked"));
                return;
            }
            if (link.getParent().startsWith(real) || chain.stream().anyMatch(dir -> dir.startsWith(real))) {
                entries.add(new TreeEntry.Unfollowed(rel, link, TreeEntry.Reason.CYCLE,
                        "is a symbolic link to " + target + ", a directory that contains it or is already "
                                + "being scanned (a cycle); it is not followed"));
                return;
            }
            List<Path> deeper = new ArrayList<>(chain);
            deeper.add(real);
            try {
                walk(real, rel + "/", List.copyOf(deeper));
            } catch (IOException e) {
                entries.add(new TreeEntry.Unfollowed(rel, link, TreeEntry.Reason.UNREADABLE,
                        "is a symbolic link to " + target + " that cannot be read: " + describe(e)));
            }
        }

        private void add(String rel, boolean selected, TreeEntry entry) {
            if (selected) {
                entries.add(entry);
            }
        }
    }

    private static TreeEntry notAFile(String rel, Path path) {
        return new TreeEntry.Unfollowed(rel, path, TreeEntry.Reason.NOT_A_FILE,
                "is not a regular file (a FIFO, socket or device); it is not opened");
    }

    private static String linkText(Path link) {
        try {
            return Files.readSymbolicLink(link).toString().replace('\\', '/');
        } catch (IOException | UnsupportedOperationException e) {
            return "an unreadable target";
        }
    }

    private static String relative(Path start, String prefix, Path path) {
        String rel = start.relativize(path).toString().replace('\\', '/');
        if (rel.isEmpty()) {
            return prefix.endsWith("/") ? prefix.substring(0, prefix.length() - 1) : prefix;
        }
        return prefix + rel;
    }
}
