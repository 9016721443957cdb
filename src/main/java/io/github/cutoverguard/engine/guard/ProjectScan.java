package io.github.cutoverguard.engine.guard;

import io.github.cutoverguard.engine.Breach;
import io.github.cutoverguard.engine.input.FileTree;
import io.github.cutoverguard.engine.input.GlobSelection;
import io.github.cutoverguard.engine.input.InputProblem;
import io.github.cutoverguard.engine.input.ProjectFiles;
import io.github.cutoverguard.engine.input.TreeEntry;
import io.github.cutoverguard.engine.input.UnreadableInput;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

/**
 * Lists the project files selected by include/exclude globs (matched against paths relative to the
 * project directory), without reading them, with the engine's one walker ({@link FileTree}).
 * Directories no include can reach are not entered, {@code .git} never is; a selected link (to a file,
 * or to a directory an include reaches) is never followed and is not scanned, so it is a breach: a
 * linked config must not hide a switch.
 *
 * @param files      the selected regular files, relative to the project, sorted
 * @param unreadable selected paths that could not be read: unreadable files or reachable directories,
 *                   and symbolic links, sorted
 */
record ProjectScan(List<String> files, List<TreeEntry.Unfollowed> unreadable) {

    static ProjectScan of(ProjectFiles project, GlobSelection selection) {
        if (!Files.isDirectory(project.basedir())) {
            return new ProjectScan(List.of(), List.of());
        }
        List<String> selected = new ArrayList<>();
        List<TreeEntry.Unfollowed> unreadable = new ArrayList<>();
        for (TreeEntry entry : new FileTree(project, selection.neverEntering(".git"))
                .walk(project.basedir())) {
            if (entry instanceof TreeEntry.RegularFile file) {
                selected.add(file.relativePath());
            } else if (entry instanceof TreeEntry.Unfollowed skipped && scanned(skipped.reason())) {
                unreadable.add(skipped);
            }
        }
        return new ProjectScan(List.copyOf(selected), List.copyOf(unreadable));
    }

    /** One breach for each selected path that was not read: it was not scanned. */
    List<Breach> notScanned() {
        return unreadable.stream().map(ProjectScan::notScanned).toList();
    }

    /** The breach for {@code entry}: an unreadable path "cannot be read", a link says why it was not followed. */
    static Breach notScanned(TreeEntry.Unfollowed entry) {
        String display = entry.relativePath().isEmpty() ? "." : entry.relativePath();
        return UnreadableInput.breach(entry.reason() == TreeEntry.Reason.UNREADABLE
                ? new InputProblem(InputProblem.Kind.UNREADABLE, display + " cannot be read")
                : entry.problem(display), display, UnreadableInput.SCANNED);
    }

    /** Whether a path not followed is a problem: a special file is not (nothing to scan). */
    private static boolean scanned(TreeEntry.Reason reason) {
        return reason != TreeEntry.Reason.NOT_A_FILE;
    }
}
