package io.github.cutoverguard.engine.parity;

import io.github.cutoverguard.engine.input.GlobSelection;
import io.github.cutoverguard.engine.input.ProjectFiles;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.FileVisitResult;
import java.nio.file.FileVisitOption;
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

/**
 * Lists the selected files of one contract-pack root without reading them.
 *
 * <p>The walk never lets the JDK follow symbolic links ({@link Files#walkFileTree} without
 * {@code FOLLOW_LINKS}); each link is resolved here instead: a link that resolves outside the root
 * is never followed and is listed as {@link TreeEntry.Reason#LEAVES_TREE}; a link to a file inside
 * the root is read through its target; a link to a directory inside the root is walked under the
 * link's own path unless that directory is already being walked (a cycle, listed as
 * {@link TreeEntry.Reason#CYCLE}), so link loops always end. Broken links, special files and
 * unreadable directories are listed too, so nothing selected is skipped silently.
 */
final class TreeScan {

    private final ProjectFiles files;
    private final GlobSelection selection;

    TreeScan(ProjectFiles files, GlobSelection selection) {
        this.files = files;
        this.selection = selection;
    }

    /** The selected entries under the existing directory {@code root}, sorted by relative path. */
    List<TreeEntry> scan(Path root) {
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

    static String describe(IOException e) {
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " " + e.getMessage());
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
                boolean loop = e.getReason() != null && e.getReason().toLowerCase(java.util.Locale.ROOT).contains("symbolic link");
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
                Path parent = link.getParent();
                if (parent.startsWith(real) || chain.stream().anyMatch(dir -> dir.startsWith(real))) {
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
            } else if (Files.isRegularFile(real)) {
                entries.add(new TreeEntry.RegularFile(rel, real));
            } else {
                entries.add(notAFile(rel, link));
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
