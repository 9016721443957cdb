package io.github.cutoverguard.engine.io;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A group of files changes together or not at all. */
class AtomicFilesGroupTest {

    @TempDir
    Path dir;

    private static byte[] b(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void everyFileIsWritten() throws Exception {
        Path pin = Files.writeString(dir.resolve("pin.json"), "old pin\n");
        Path matrix = dir.resolve("docs/MATRIX.md");
        AtomicFiles.writeAll(WriteJournal.of(dir), "repin", List.of(new AtomicFiles.Change(pin, b("old pin\n"), b("new pin\n")),
                new AtomicFiles.Change(matrix, null, b("# matrix\n"))));
        assertThat(pin).hasContent("new pin");
        assertThat(matrix).hasContent("# matrix");
        assertThat(WriteJournal.of(dir).record()).doesNotExist();
    }

    @Test
    void aFailureRestoresTheFilesAlreadyWrittenAndRemovesTheNewOnes() throws Exception {
        Path pin = Files.writeString(dir.resolve("pin.json"), "old pin\n");
        Path mirror = dir.resolve("mirror.json");
        Files.writeString(dir.resolve("blocked"), "a file, not a directory\n");
        Path matrix = dir.resolve("blocked/MATRIX.md");

        assertThatThrownBy(() -> AtomicFiles.writeAll(WriteJournal.of(dir), "repin", List.of(new AtomicFiles.Change(pin, b("old pin\n"), b("new pin\n")),
                new AtomicFiles.Change(mirror, null, b("mirror\n")), new AtomicFiles.Change(matrix, null, b("m\n")))))
                .isInstanceOf(IOException.class);
        assertThat(pin).hasContent("old pin");
        assertThat(mirror).doesNotExist();
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted().toList()).as("no staged file, no record")
                    .containsExactly("blocked", "pin.json");
        }
    }
}
