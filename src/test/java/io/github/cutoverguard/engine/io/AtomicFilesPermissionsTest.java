package io.github.cutoverguard.engine.io;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #16: a report is written with the process's default permissions (as {@code Files.write} would make it),
 * not the owner-only mode of a temporary file, and a replaced file keeps its own.
 */
class AtomicFilesPermissionsTest {

    @TempDir
    Path dir;

    @Test
    void aNewFileGetsTheProcessDefaultPermissions() throws Exception {
        Path plain = Files.writeString(dir.resolve("plain.txt"), "x");
        Path report = dir.resolve("reports/verdict.md");
        AtomicFiles.write(report, "report".getBytes(StandardCharsets.UTF_8));
        assertThat(Files.getPosixFilePermissions(report)).isEqualTo(Files.getPosixFilePermissions(plain))
                .contains(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        try (var left = Files.list(report.getParent())) {
            assertThat(left).containsExactly(report);
        }
    }

    @Test
    void aReplacedFileKeepsItsPermissions() throws Exception {
        Path pin = Files.writeString(dir.resolve("pin.json"), "{}");
        Set<PosixFilePermission> groupOnly = PosixFilePermissions.fromString("rw-r-----");
        Files.setPosixFilePermissions(pin, groupOnly);
        AtomicFiles.write(pin, "{\"moved\": true}".getBytes(StandardCharsets.UTF_8));
        assertThat(Files.getPosixFilePermissions(pin)).isEqualTo(groupOnly);
        assertThat(Files.readString(pin)).isEqualTo("{\"moved\": true}");
    }
}
