package io.github.cutoverguard.engine.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Reports never outlive their run: the last build's reports go when a build starts, nothing else does. */
class ReportFilesTest {

    @TempDir
    Path dir;

    @Test
    void theNamesAreEachGoalsEvidenceAndTheVerdictsFourReports() {
        assertThat(ReportFiles.names(List.of("check-pin", "guard"))).containsExactlyInAnyOrder("check-pin.json",
                "guard.json", "verdict.json", "verdict.md", "TEST-cutover-guardrails.xml", "cutover-guardrails.sarif");
    }

    @Test
    void theLastBuildsGoAndItsInterruptedWritesWithThemButNothingElse() throws Exception {
        for (String file : List.of("verdict.json", "verdict.md", "check-pin.json", "cutover-guardrails.sarif",
                ".verdict.json.k3j2.tmp", "notes.txt", "other.json", ".notes.txt.abc.tmp", "verdict.json.bak")) {
            Files.writeString(dir.resolve(file), "{\"rehearsal_continuation\":\"GO\"}");
        }
        List<Path> removed = ReportFiles.clear(dir, ReportFiles.names(List.of("check-pin")), Set.of());

        assertThat(removed).extracting(p -> p.getFileName().toString()).containsExactlyInAnyOrder("verdict.json",
                "verdict.md", "check-pin.json", "cutover-guardrails.sarif", ".verdict.json.k3j2.tmp");
        try (var left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("notes.txt", "other.json",
                    ".notes.txt.abc.tmp", "verdict.json.bak");
        }
    }

    @Test
    void aReportNamedFileThatIsAConfiguredInputIsKept() throws Exception {
        Path input = Files.writeString(dir.resolve("guard.json"), "{}");
        Files.writeString(dir.resolve("verdict.json"), "{}");

        ReportFiles.clear(dir, ReportFiles.names(List.of("guard")), Set.of(input.toAbsolutePath().normalize()));

        assertThat(input).exists();
        assertThat(dir.resolve("verdict.json")).doesNotExist();
    }

    @Test
    void aDirectoryNotYetThereHasNothingToClear() throws Exception {
        assertThat(ReportFiles.clear(dir.resolve("absent"), ReportFiles.names(List.of()), Set.of())).isEmpty();
    }
}
