package io.github.cutoverguard.engine.report;

import io.github.cutoverguard.engine.io.AtomicFiles;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The files this plugin writes into a report directory, and their removal when a build starts: reports never outlive
 * their run (DESIGN §7). A CI job that publishes the reports after a failed build must not find the last build's GO, so
 * the first goal of a build removes every report a goal of this plugin writes there, and the temporary files a killed
 * writer left beside them; nothing else in the directory is touched.
 */
public final class ReportFiles {

    private ReportFiles() {
    }

    /** The names of the reports the given goals write: {@code <goal>.json} each, and every report of the verdict ({@link ReportFormats}). */
    public static Set<String> names(Collection<String> goals) {
        Set<String> names = new TreeSet<>();
        goals.forEach(goal -> names.add(goal + ".json"));
        names.addAll(ReportFormats.fileNames());
        return names;
    }

    /**
     * Removes the reports named {@code names} from {@code directory}, and the temporary files ({@code .<name>.*.tmp})
     * of an interrupted write of one; a path in {@code keep} (a configured input) is never removed.
     *
     * @return the files removed
     */
    public static List<Path> clear(Path directory, Set<String> names, Set<Path> keep) throws IOException {
        List<Path> removed = new ArrayList<>();
        if (!Files.isDirectory(directory)) {
            return removed;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(directory)) {
            for (Path entry : entries) {
                if (isReport(entry.getFileName().toString(), names) && !keep.contains(entry.toAbsolutePath().normalize())
                        && AtomicFiles.remove(entry)) {
                    removed.add(entry);
                }
            }
        }
        return removed;
    }

    private static boolean isReport(String file, Set<String> names) {
        if (names.contains(file)) {
            return true;
        }
        if (file.startsWith(".") && file.endsWith(".tmp")) {
            String rest = file.substring(1);
            return names.stream().anyMatch(name -> rest.startsWith(name + "."));
        }
        return false;
    }
}
