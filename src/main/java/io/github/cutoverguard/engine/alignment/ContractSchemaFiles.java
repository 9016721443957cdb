package io.github.cutoverguard.engine.alignment;

import io.github.cutoverguard.engine.Breach;
import io.github.cutoverguard.engine.input.FileTree;
import io.github.cutoverguard.engine.input.GlobSelection;
import io.github.cutoverguard.engine.input.ProjectFiles;
import io.github.cutoverguard.engine.input.TreeEntry;
import io.github.cutoverguard.engine.input.UnreadableInput;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The contract JSON Schemas below the contract schemas directory: every {@code *.json} file, listed
 * by the engine's one walker ({@link FileTree}; links are followed only inside the directory). A
 * path that is not followed (a link leaving the directory, a broken link, a cycle, an unreadable
 * directory, a special file) is a {@link UnreadableInput#FILE_MISSING} breach, never skipped silently.
 *
 * @param files    the schema files, as paths below the directory, sorted by relative path
 * @param problems one breach per selected path that was not followed
 */
record ContractSchemaFiles(List<Path> files, List<Breach> problems) {

    /** The schema files: {@code *.json} at any depth. */
    private static final List<String> JSON = List.of("**/*.json");

    /** Lists the existing directory {@code directory} (resolved against the project). */
    static ContractSchemaFiles list(ProjectFiles project, Path directory) {
        List<Path> files = new ArrayList<>();
        List<Breach> problems = new ArrayList<>();
        for (TreeEntry entry : new FileTree(project, new GlobSelection(JSON, List.of())).walk(directory)) {
            Path path = directory.resolve(entry.relativePath());
            if (entry instanceof TreeEntry.RegularFile) {
                files.add(path);
            } else if (entry instanceof TreeEntry.Unfollowed unfollowed) {
                String display = project.display(path);
                problems.add(UnreadableInput.breach(unfollowed, display, UnreadableInput.CONFIGURED));
            }
        }
        return new ContractSchemaFiles(List.copyOf(files), List.copyOf(problems));
    }
}
