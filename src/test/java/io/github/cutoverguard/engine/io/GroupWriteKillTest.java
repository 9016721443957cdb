package io.github.cutoverguard.engine.io;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code repin}'s group write is all or nothing even when the process is killed: a child JVM writes pin, mirror and a
 * new matrix and is halted after each step in turn; the next goal's {@link AtomicFiles#recover} then leaves every file
 * as it was or every file new, byte for byte, and no temporary file or record.
 */
class GroupWriteKillTest {

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void aWriteKilledAfterAnyStepEndsAllOldOrAllNewWithNothingLeftBehind() throws Exception {
        for (int step = 1; step <= GroupWriteUntilStep.STEPS; step++) {
            Path project = Files.createDirectories(dir.resolve("storefront-" + step));
            GroupWriteUntilStep.before(project);

            Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xshare:auto", "-cp", System.getProperty("java.class.path"), GroupWriteUntilStep.class.getName(),
                    project.toString(), Integer.toString(step)).redirectErrorStream(true).start();
            String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(child.exitValue()).as("killed after step %d; it printed:%n%s", step, output).isEqualTo(137);

            AtomicFiles.recover(WriteJournal.of(project));

            // staged completely (the record, then two steps per file): finished; before that: undone
            boolean finished = step >= 1 + 2 * GroupWriteUntilStep.FILES.size();
            assertThat(contents(project)).as("after a kill after step %d and the next goal", step)
                    .isEqualTo(expected(finished ? 2 : 1));
        }
    }

    @Test
    void aWriteNotKilledChangesEveryFile() throws Exception {
        Path project = Files.createDirectories(dir.resolve("storefront"));
        GroupWriteUntilStep.before(project);
        GroupWriteUntilStep.main(new String[] {project.toString(), "0"});
        assertThat(AtomicFiles.recover(WriteJournal.of(project))).isEmpty();
        assertThat(contents(project)).isEqualTo(expected(2));
    }

    /** Every file of the project (path -> content): so a temporary file or a record left behind shows too. */
    private static Map<String, String> contents(Path project) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(project)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(project.relativize(file).toString().replace('\\', '/'), Files.readString(file));
            }
        }
        return files;
    }

    /** The files as they were ({@code column} 1) or as written ({@code column} 2). */
    private static Map<String, String> expected(int column) {
        Map<String, String> files = new TreeMap<>();
        for (String[] file : GroupWriteUntilStep.FILES) {
            if (file[column] != null) {
                files.put(file[0], file[column]);
            }
        }
        return files;
    }
}
