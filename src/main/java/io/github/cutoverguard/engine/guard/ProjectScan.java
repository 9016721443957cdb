package io.github.cutoverguard.engine.guard;

import io.github.cutoverguard.engine.input.ProjectFiles;
import io.github.cutoverguard.engine.input.GlobSelection;

import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/**
 * Lists the project files selected by include/exclude globs (matched against paths relative to the
 * project directory), without reading them. Directories no include can reach are not entered,
 * {@code .git} never is, and links to directories are not followed (links to files are read through).
 *
 * @param files      the selected regular files, relative to the project, sorted
 * @param unreadable selected files or reachable directories that could not be visited
 */
record ProjectScan(List<String> files, List<String> unreadable) {

    static ProjectScan of(ProjectFiles project, GlobSelection selection) {
        Path root = project.basedir();
        List<String> selected = new ArrayList<>();
        List<String> unreadable = new ArrayList<>();
        if (!Files.isDirectory(root)) {
            return new ProjectScan(List.of(), List.of());
        }
        try {
            Files.walkFileTree(root, EnumSet.noneOf(FileVisitOption.class), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    if (dir.equals(root)) {
                        return FileVisitResult.CONTINUE;
                    }
                    return dir.getFileName().toString().equals(".git") || !selection.entersDirectory(relative(root, dir))
                            ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path path, BasicFileAttributes attrs) {
                    String rel = relative(root, path);
                    // a link to a regular file is read through (a linked config must not hide a switch)
                    boolean file = attrs.isRegularFile() || (attrs.isSymbolicLink() && Files.isRegularFile(path));
                    if (file && selection.selectsFile(rel)) {
                        selected.add(rel);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    String rel = relative(root, file);
                    if (selection.selectsFile(rel) || selection.entersDirectory(rel)) {
                        unreadable.add(rel);
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            unreadable.add(".");
        }
        selected.sort(null);
        unreadable.sort(null);
        return new ProjectScan(List.copyOf(selected), List.copyOf(unreadable));
    }

    private static String relative(Path root, Path path) {
        return root.relativize(path).toString().replace('\\', '/');
    }
}
