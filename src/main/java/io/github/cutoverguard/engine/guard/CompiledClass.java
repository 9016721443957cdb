package io.github.cutoverguard.engine.guard;

import io.github.cutoverguard.engine.input.FileTree;
import io.github.cutoverguard.engine.input.GlobSelection;
import io.github.cutoverguard.engine.input.ProjectFiles;
import io.github.cutoverguard.engine.input.TreeEntry;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;

/**
 * A compiled class ({@code *.class}) and when it was written: the newest of a build's class directories is what a
 * test report must be at least as new as, or it tested other classes than these.
 *
 * @param file    the class file, as shown to the user
 * @param written its last-modified time
 */
record CompiledClass(String file, FileTime written) {

    /** The newest class file under {@code directories} (absent ones are fine), or {@code null} when there is none. */
    static CompiledClass newest(ProjectFiles files, List<Path> directories) {
        CompiledClass newest = null;
        GlobSelection classes = new GlobSelection(List.of("**/*.class"), List.of());
        for (Path directory : directories) {
            Path dir = files.resolve(directory);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            for (TreeEntry entry : new FileTree(files, classes).walk(dir)) {
                if (entry instanceof TreeEntry.RegularFile file) {
                    FileTime written = modified(file.file());
                    if (written != null && (newest == null || written.compareTo(newest.written) > 0)) {
                        newest = new CompiledClass(files.display(dir.resolve(file.relativePath())), written);
                    }
                }
            }
        }
        return newest;
    }

    private static FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            return null;
        }
    }
}
