package io.github.cutoverguard.engine.guard;

import io.github.cutoverguard.engine.input.GlobSelection;
import io.github.cutoverguard.engine.input.ProjectFiles;
import io.github.cutoverguard.engine.input.TreeEntry;
import io.github.cutoverguard.engine.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link ProjectScan}: which project files the guard's globs select. */
class ProjectScanTest {

    @TempDir
    Path project;

    private ProjectScan scan(List<String> includes, List<String> excludes) {
        return ProjectScan.of(new ProjectFiles(project), new GlobSelection(includes, excludes));
    }

    @Test
    void selectedFilesAreSortedAndGitAndExcludedDirectoriesAreNotEntered() {
        for (String name : List.of("src/z.yml", "src/b/c.yml", "src/a.yml", "config/y.yml", "config/a.yml", "src/m.yml",
                "src/k/k.yml", "app.yml", ".git/hooks.yml", "src/.git/x.yml", "legacy/old.yml", "src/notes.txt")) {
            Fixtures.write(project, name, "x: 1\n");
        }

        ProjectScan scan = scan(List.of("**/*.yml"), List.of("legacy/**"));

        assertThat(scan.files()).containsExactly("app.yml", "config/a.yml", "config/y.yml", "src/a.yml", "src/b/c.yml",
                "src/k/k.yml", "src/m.yml", "src/z.yml");
        assertThat(scan.unreadable()).isEmpty();
    }

    @Test
    void linksToFilesAndToDirectoriesAreNeverFollowedButReported() throws Exception {
        Fixtures.write(project, "shared/runtime.yml", "x: 1\n");
        Files.createDirectories(project.resolve("config"));
        Files.createSymbolicLink(project.resolve("config/linked.yml"), project.resolve("shared/runtime.yml"));
        Files.createSymbolicLink(project.resolve("config/dir"), project.resolve("shared"));
        Files.createSymbolicLink(project.resolve("config/broken.yml"), project.resolve("absent.yml"));

        ProjectScan scan = scan(List.of("config/**/*.yml"), List.of());

        assertThat(scan.files()).isEmpty();
        assertThat(scan.unreadable()).extracting(u -> u.relativePath() + " " + u.reason()).containsExactly(
                "config/broken.yml SYMBOLIC_LINK", "config/dir SYMBOLIC_LINK", "config/linked.yml SYMBOLIC_LINK");
    }

    @Test
    void aMissingProjectDirectorySelectsNothing() {
        ProjectScan scan = ProjectScan.of(new ProjectFiles(project.resolve("absent")), new GlobSelection(List.of("**"), List.of()));
        assertThat(scan).isEqualTo(new ProjectScan(List.of(), List.of()));
    }

    @Test
    void linksLeavingTheProjectBrokenOrLoopingAreNotScannedButReported() throws Exception {
        Fixtures.write(project.resolveSibling(project.getFileName() + "-outside"), "runtime.yml", "x: 1\n");
        Files.createDirectories(project.resolve("config"));
        Files.createSymbolicLink(project.resolve("config/outside.yml"),
                Path.of("../../" + project.getFileName() + "-outside/runtime.yml"));
        Files.createSymbolicLink(project.resolve("config/broken.yml"), Path.of("absent.yml"));
        Files.createSymbolicLink(project.resolve("config/loop.yml"), Path.of("loop.yml"));
        Files.createSymbolicLink(project.resolve("config/dir"), Path.of("."));

        ProjectScan scan = scan(List.of("config/**/*.yml"), List.of());

        assertThat(scan.files()).isEmpty();
        assertThat(scan.unreadable()).extracting(u -> u.relativePath() + " " + u.reason()).containsExactly(
                "config/broken.yml SYMBOLIC_LINK", "config/dir SYMBOLIC_LINK", "config/loop.yml SYMBOLIC_LINK",
                "config/outside.yml SYMBOLIC_LINK");
    }

    @Test
    void gitDirectoriesAreNeverEnteredEvenWhenIncluded() {
        Fixtures.write(project, ".git/config.yml", "x: 1\n");
        Fixtures.write(project, "sub/.git/config.yml", "x: 1\n");
        Fixtures.write(project, "sub/.github/config.yml", "x: 1\n");

        assertThat(scan(List.of("**/*.yml", ".git/**"), List.of()).files()).containsExactly("sub/.github/config.yml");
    }

    @Test
    void aPathNotScannedIsFileMissingWithItsReason() {
        assertThat(ProjectScan.notScanned(new TreeEntry.Unfollowed("src/main/resources/secret", project,
                TreeEntry.Reason.UNREADABLE, "cannot be read: AccessDeniedException x"))).satisfies(b -> {
            assertThat(b.ruleId()).isEqualTo("FILE-MISSING");
            assertThat(b.file()).isEqualTo("src/main/resources/secret");
            assertThat(b.message()).isEqualTo("src/main/resources/secret cannot be read; it was not scanned");
            assertThat(b.hint()).isEqualTo("make src/main/resources/secret readable by the build user, or exclude it from the scan");
        });
        assertThat(ProjectScan.notScanned(new TreeEntry.Unfollowed("", project, TreeEntry.Reason.UNREADABLE, "x")).message())
                .isEqualTo(". cannot be read; it was not scanned");
        assertThat(ProjectScan.notScanned(new TreeEntry.Unfollowed("config/a.yml", project, TreeEntry.Reason.SYMBOLIC_LINK,
                "is a symbolic link to b.yml, which does not exist"))).satisfies(b -> {
            assertThat(b.ruleId()).isEqualTo("FILE-MISSING");
            assertThat(b.message()).isEqualTo("config/a.yml is a symbolic link to b.yml, which does not exist; it was not scanned");
            assertThat(b.hint()).isEqualTo("replace the link with the file itself, or exclude config/a.yml from the scan");
        });
    }

    @Test
    void theBreachesOfAScanAreOnePerPathNotScanned() throws Exception {
        Files.createDirectories(project.resolve("config"));
        Files.createSymbolicLink(project.resolve("config/broken.yml"), Path.of("absent.yml"));

        assertThat(scan(List.of("config/*.yml"), List.of()).notScanned()).extracting(b -> b.file() + " " + b.ruleId())
                .containsExactly("config/broken.yml FILE-MISSING");
    }
}
