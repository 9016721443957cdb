package io.github.cutoverguard.engine.input;

import io.github.cutoverguard.engine.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What {@link FileTree} lists for one root: selected files in path order, and links, which it never follows. */
class FileTreeTest {

    @TempDir
    Path project;

    private List<TreeEntry> scan(String root, String... includes) {
        return new FileTree(new ProjectFiles(project), new GlobSelection(List.of(includes), List.of()))
                .walk(project.resolve(root));
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

    private static final String NEVER_FOLLOWED = "; inputs must be regular files inside the project, and links are "
            + "never followed";

    @Test
    void aLinkToItselfIsListedOnlyWhenSelectedAndNeverResolved() throws Exception {
        Files.createDirectories(project.resolve("pack"));
        Files.createSymbolicLink(project.resolve("pack/self.json"), Path.of("self.json"));
        Files.createSymbolicLink(project.resolve("pack/self.txt"), Path.of("self.txt"));

        assertThat(scan("pack", "*.json")).containsExactly(new TreeEntry.Unfollowed("self.json",
                project.resolve("pack/self.json"), TreeEntry.Reason.SYMBOLIC_LINK,
                "is a symbolic link to self.json" + NEVER_FOLLOWED));
    }

    @Test
    void aBrokenLinkIsReportedOnlyWhenSelected() throws Exception {
        Files.createDirectories(project.resolve("pack"));
        Files.createSymbolicLink(project.resolve("pack/gone.json"), Path.of("missing.json"));
        Files.createSymbolicLink(project.resolve("pack/gone.txt"), Path.of("missing.txt"));

        assertThat(scan("pack", "*.json")).containsExactly(new TreeEntry.Unfollowed("gone.json",
                project.resolve("pack/gone.json"), TreeEntry.Reason.SYMBOLIC_LINK,
                "is a symbolic link to missing.json" + NEVER_FOLLOWED));
    }

    @Test
    void linksInsideTheRootAreListedNotFollowed() throws Exception {
        Fixtures.write(project, "pack/schemas/a.json", "{}");
        Fixtures.write(project, "pack/notes.txt", "x");
        Files.createSymbolicLink(project.resolve("pack/alias.json"), Path.of("schemas/a.json"));
        Files.createSymbolicLink(project.resolve("pack/alias.txt"), Path.of("notes.txt"));
        Files.createSymbolicLink(project.resolve("pack/examples"), Path.of("schemas"));

        List<TreeEntry> entries = scan("pack", "**/*.json");

        assertThat(entries).containsExactly(
                new TreeEntry.Unfollowed("alias.json", project.resolve("pack/alias.json"), TreeEntry.Reason.SYMBOLIC_LINK,
                        "is a symbolic link to schemas/a.json" + NEVER_FOLLOWED),
                new TreeEntry.Unfollowed("examples", project.resolve("pack/examples"), TreeEntry.Reason.SYMBOLIC_LINK,
                        "is a symbolic link to schemas" + NEVER_FOLLOWED),
                new TreeEntry.RegularFile("schemas/a.json", project.resolve("pack/schemas/a.json")));
    }

    @Test
    void aLinkLeavingTheRootNamesItsTarget() throws Exception {
        Fixtures.write(project, "outside/secret.json", "{}");
        Files.createDirectories(project.resolve("pack"));
        Files.createSymbolicLink(project.resolve("pack/secret.json"), Path.of("../outside/secret.json"));

        assertThat(unfollowed(scan("pack", "*.json"), "secret.json")).satisfies(u -> {
            assertThat(u.reason()).isEqualTo(TreeEntry.Reason.SYMBOLIC_LINK);
            assertThat(u.detail()).isEqualTo("is a symbolic link to ../outside/secret.json" + NEVER_FOLLOWED);
        });
    }

    @Test
    void aRootThatCannotBeResolvedIsOneUnreadableEntry() {
        Path missing = project.resolve("absent");
        assertThat(scan("absent", "**/*.json")).containsExactly(new TreeEntry.Unfollowed("", missing,
                TreeEntry.Reason.UNREADABLE, "cannot be read: NoSuchFileException"));
    }

    @Test
    void aRootReachedThroughALinkIsOneEntryAndNotWalked() throws Exception {
        Fixtures.write(project, "contracts/stock.v6/a.json", "{}");
        Files.createSymbolicLink(project.resolve("pack"), Path.of("contracts/stock.v6"));

        assertThat(scan("pack", "**/*.json")).containsExactly(new TreeEntry.Unfollowed("", project.resolve("pack"),
                TreeEntry.Reason.SYMBOLIC_LINK, "is a symbolic link to contracts/stock.v6" + NEVER_FOLLOWED));
        assertThat(scan("pack/sub", "**/*.json")).singleElement().satisfies(e -> assertThat(((TreeEntry.Unfollowed) e)
                .detail()).isEqualTo("is reached through pack, which is a symbolic link to contracts/stock.v6" + NEVER_FOLLOWED));
    }

    @Test
    void aRootOutsideTheProjectIsOneEntryAndNotWalked() throws Exception {
        Path storefront = Files.createDirectories(project.resolve("storefront"));
        Fixtures.write(project, "shared/a.json", "{}");

        List<TreeEntry> entries = new FileTree(new ProjectFiles(storefront), new GlobSelection(List.of("**/*.json"),
                List.of())).walk(project.resolve("shared"));

        assertThat(entries).singleElement().satisfies(e -> {
            TreeEntry.Unfollowed u = (TreeEntry.Unfollowed) e;
            assertThat(u.reason()).isEqualTo(TreeEntry.Reason.OUTSIDE_PROJECT);
            assertThat(u.detail()).isEqualTo("lies outside the project's work tree (the project directory); inputs must "
                    + "be regular files inside the project");
        });
    }

    @Test
    void aLinkedDirectoryNoIncludeCanReachIsNotListed() throws Exception {
        Fixtures.write(project, "pack/schemas/a.json", "{}");
        Files.createSymbolicLink(project.resolve("pack/examples"), Path.of("schemas"));

        assertThat(scan("pack", "schemas/*.json")).extracting(TreeEntry::relativePath).containsExactly("schemas/a.json");
    }

    @Test
    void aLinkToADirectoryThatContainsItIsListedAndTheWalkEnds() throws Exception {
        Fixtures.write(project, "pack/schemas/a.json", "{}");
        Files.createSymbolicLink(project.resolve("pack/schemas/up"), Path.of(".."));

        assertThat(scan("pack", "**/*.json")).extracting(TreeEntry::relativePath).containsExactly("schemas/a.json",
                "schemas/up");
    }

    @Test
    void aSpecialFileIsListedAndNeverOpened() throws Exception {
        Files.createDirectories(project.resolve("pack"));
        Process mkfifo = new ProcessBuilder("mkfifo", project.resolve("pack/pipe.json").toString()).start();
        org.junit.jupiter.api.Assumptions.assumeTrue(mkfifo.waitFor() == 0, "mkfifo is available");
        Files.createSymbolicLink(project.resolve("pack/alias.json"), Path.of("pipe.json"));

        List<TreeEntry> entries = scan("pack", "*.json");

        String detail = "is not a regular file (a FIFO, socket or device); it is not opened";
        assertThat(entries).extracting(TreeEntry::relativePath).containsExactly("alias.json", "pipe.json");
        assertThat(unfollowed(entries, "alias.json").reason()).isEqualTo(TreeEntry.Reason.SYMBOLIC_LINK);
        assertThat(unfollowed(entries, "pipe.json").detail()).isEqualTo(detail);
    }

    @Test
    void describeNamesTheExceptionAndItsMessageIfAnyButNoFilesPath() {
        assertThat(FileTree.describe(new java.nio.file.NoSuchFileException("a.json"))).isEqualTo("NoSuchFileException");
        assertThat(FileTree.describe(new java.io.IOException())).isEqualTo("IOException");
    }
}
