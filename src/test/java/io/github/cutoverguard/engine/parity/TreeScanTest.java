package io.github.cutoverguard.engine.parity;

import io.github.cutoverguard.engine.input.GlobSelection;
import io.github.cutoverguard.engine.input.ProjectFiles;
import io.github.cutoverguard.engine.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What {@link TreeScan} lists for one root: selected files in path order, and links it does not follow. */
class TreeScanTest {

    @TempDir
    Path project;

    private List<TreeEntry> scan(String root, String... includes) {
        return new TreeScan(new ProjectFiles(project), new GlobSelection(List.of(includes), List.of()))
                .scan(project.resolve(root));
    }

    private static TreeEntry.Unfollowed unfollowed(List<TreeEntry> entries, String relativePath) {
        return entries.stream().filter(e -> e.relativePath().equals(relativePath)).map(TreeEntry.Unfollowed.class::cast)
                .findFirst().orElseThrow();
    }

    @Test
    void selectedFilesAreListedInRelativePathOrder() {
        List<String> names = List.of("z.json", "m/b.json", "a.json", "m/a.json", "b/z.json", "y.json", "k.json",
                "c/d/e.json", "notes.txt", "q.json");
        for (String name : names) {
            Fixtures.write(project, "pack/" + name, "{}");
        }
        List<TreeEntry> entries = scan("pack", "**/*.json");
        assertThat(entries).extracting(TreeEntry::relativePath).containsExactly("a.json", "b/z.json", "c/d/e.json",
                "k.json", "m/a.json", "m/b.json", "q.json", "y.json", "z.json");
        assertThat(entries.get(2)).isEqualTo(new TreeEntry.RegularFile("c/d/e.json", project.resolve("pack/c/d/e.json")));
    }

    @Test
    void aLinkToItselfIsACycleAndOnlyReportedWhenSelected() throws Exception {
        Files.createDirectories(project.resolve("pack"));
        Files.createSymbolicLink(project.resolve("pack/self.json"), Path.of("self.json"));
        Files.createSymbolicLink(project.resolve("pack/self.txt"), Path.of("self.txt"));

        List<TreeEntry> entries = scan("pack", "*.json");

        assertThat(entries).containsExactly(new TreeEntry.Unfollowed("self.json", project.resolve("pack/self.json"),
                TreeEntry.Reason.CYCLE, "is a symbolic link to self.json that loops back on itself; it is not followed"));
    }

    @Test
    void aBrokenLinkIsReportedOnlyWhenSelected() throws Exception {
        Files.createDirectories(project.resolve("pack"));
        Files.createSymbolicLink(project.resolve("pack/gone.json"), Path.of("missing.json"));
        Files.createSymbolicLink(project.resolve("pack/gone.txt"), Path.of("missing.txt"));

        assertThat(scan("pack", "*.json")).containsExactly(new TreeEntry.Unfollowed("gone.json",
                project.resolve("pack/gone.json"), TreeEntry.Reason.BROKEN_LINK,
                "is a symbolic link to missing.json, which does not exist"));
    }

    @Test
    void linksInsideTheRootAreReadThroughTheirTargetsUnderTheLinksPath() throws Exception {
        Fixtures.write(project, "pack/schemas/a.json", "{}");
        Fixtures.write(project, "pack/notes.txt", "x");
        Files.createSymbolicLink(project.resolve("pack/alias.json"), Path.of("schemas/a.json"));
        Files.createSymbolicLink(project.resolve("pack/alias.txt"), Path.of("notes.txt"));
        Files.createSymbolicLink(project.resolve("pack/examples"), Path.of("schemas"));

        List<TreeEntry> entries = scan("pack", "**/*.json");

        Path real = project.resolve("pack/schemas/a.json").toRealPath();
        assertThat(entries).containsExactly(
                new TreeEntry.RegularFile("alias.json", real),
                new TreeEntry.RegularFile("examples/a.json", real),
                new TreeEntry.RegularFile("schemas/a.json", project.resolve("pack").toRealPath().resolve("schemas/a.json")));
    }

    @Test
    void aLinkLeavingTheRootNamesItsTargetAndTheRoot() throws Exception {
        Fixtures.write(project, "outside/secret.json", "{}");
        Files.createDirectories(project.resolve("pack"));
        Files.createSymbolicLink(project.resolve("pack/secret.json"), Path.of("../outside/secret.json"));

        assertThat(unfollowed(scan("pack", "*.json"), "secret.json")).satisfies(u -> {
            assertThat(u.reason()).isEqualTo(TreeEntry.Reason.LEAVES_TREE);
            assertThat(u.detail()).isEqualTo("is a symbolic link to ../outside/secret.json (outside/secret.json), "
                    + "outside pack; links that leave the tree are not followed");
        });
    }

    @Test
    void aRootThatCannotBeResolvedIsOneUnreadableEntry() {
        Path missing = project.resolve("absent");
        assertThat(scan("absent", "**/*.json")).containsExactly(new TreeEntry.Unfollowed("", missing,
                TreeEntry.Reason.UNREADABLE, "cannot be read: NoSuchFileException " + missing));
    }
}
