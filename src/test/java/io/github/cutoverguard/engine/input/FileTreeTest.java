package io.github.cutoverguard.engine.input;

import io.github.cutoverguard.engine.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What {@link FileTree} lists for one root: selected files in path order, and links it does not follow. */
class FileTreeTest {

    @TempDir
    Path project;

    private List<TreeEntry> scan(String root, String... includes) {
        return walk(FileTree.LinkPolicy.FOLLOW_INSIDE_ROOT, root, includes);
    }

    private List<TreeEntry> walk(FileTree.LinkPolicy links, String root, String... includes) {
        return new FileTree(new ProjectFiles(project), new GlobSelection(List.of(includes), List.of()), links)
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
                TreeEntry.Reason.UNREADABLE, "cannot be read: NoSuchFileException"));
    }

    @Test
    void filesOnlyListsALinkedDirectoryInsideTheRootWithoutWalkingIt() throws Exception {
        Fixtures.write(project, "pack/schemas/a.json", "{}");
        Files.createSymbolicLink(project.resolve("pack/examples"), Path.of("schemas"));
        Files.createSymbolicLink(project.resolve("pack/alias.json"), Path.of("schemas/a.json"));

        List<TreeEntry> entries = walk(FileTree.LinkPolicy.FILES_ONLY, "pack", "**/*.json");

        Path real = project.resolve("pack/schemas/a.json").toRealPath();
        assertThat(entries).containsExactly(
                new TreeEntry.RegularFile("alias.json", real),
                new TreeEntry.Unfollowed("examples", project.resolve("pack").toRealPath().resolve("examples"),
                        TreeEntry.Reason.LINKED_DIRECTORY,
                        "is a symbolic link to the directory schemas; linked directories are not walked"),
                new TreeEntry.RegularFile("schemas/a.json", real));
    }

    @Test
    void aLinkedDirectoryNoIncludeCanReachIsNotListedByEitherPolicy() throws Exception {
        Fixtures.write(project, "pack/schemas/a.json", "{}");
        Files.createSymbolicLink(project.resolve("pack/examples"), Path.of("schemas"));

        for (FileTree.LinkPolicy links : FileTree.LinkPolicy.values()) {
            assertThat(walk(links, "pack", "schemas/*.json")).as(links.name()).extracting(TreeEntry::relativePath)
                    .containsExactly("schemas/a.json");
        }
    }

    @Test
    void aLinkToADirectoryThatContainsItIsACycleAndTheWalkEnds() throws Exception {
        Fixtures.write(project, "pack/schemas/a.json", "{}");
        Files.createSymbolicLink(project.resolve("pack/schemas/up"), Path.of(".."));

        assertThat(unfollowed(scan("pack", "**/*.json"), "schemas/up")).satisfies(u -> {
            assertThat(u.reason()).isEqualTo(TreeEntry.Reason.CYCLE);
            assertThat(u.detail()).isEqualTo("is a symbolic link to .., a directory that contains it or is already "
                    + "being scanned (a cycle); it is not followed");
        });
        assertThat(scan("pack", "**/*.json")).extracting(TreeEntry::relativePath).containsExactly("schemas/a.json",
                "schemas/up");
    }

    @Test
    void aLinkToASiblingDirectoryBeingWalkedThroughALinkIsACycle() throws Exception {
        Fixtures.write(project, "pack/a/x.json", "{}");
        Files.createSymbolicLink(project.resolve("pack/b"), Path.of("a"));
        Files.createSymbolicLink(project.resolve("pack/a/back"), Path.of("../b"));

        List<TreeEntry> entries = scan("pack", "**/*.json");

        assertThat(entries).extracting(TreeEntry::relativePath).containsExactly("a/back", "a/x.json", "b/back", "b/x.json");
        assertThat(unfollowed(entries, "a/back").reason()).isEqualTo(TreeEntry.Reason.CYCLE);
        assertThat(unfollowed(entries, "b/back").reason()).isEqualTo(TreeEntry.Reason.CYCLE);
    }

    @Test
    void aLinkToADirectoryOutsideTheRootIsNeverWalkedByEitherPolicy() throws Exception {
        Fixtures.write(project, "outside/secret.json", "{}");
        Files.createDirectories(project.resolve("pack"));
        Files.createSymbolicLink(project.resolve("pack/shared"), Path.of("../outside"));

        for (FileTree.LinkPolicy links : FileTree.LinkPolicy.values()) {
            assertThat(walk(links, "pack", "**/*.json")).as(links.name()).singleElement().satisfies(e -> {
                TreeEntry.Unfollowed u = (TreeEntry.Unfollowed) e;
                assertThat(u.relativePath()).isEqualTo("shared");
                assertThat(u.reason()).isEqualTo(TreeEntry.Reason.LEAVES_TREE);
                assertThat(u.detail()).isEqualTo("is a symbolic link to ../outside (outside), outside pack; "
                        + "links that leave the tree are not followed");
            });
        }
    }

    @Test
    void aLinkLeavingTheRootIsOnlyReportedWhenSelected() throws Exception {
        Fixtures.write(project, "outside/secret.txt", "x");
        Files.createDirectories(project.resolve("pack"));
        Files.createSymbolicLink(project.resolve("pack/secret.txt"), Path.of("../outside/secret.txt"));

        assertThat(scan("pack", "**/*.json")).isEmpty();
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
        assertThat(unfollowed(entries, "alias.json")).satisfies(u -> {
            assertThat(u.reason()).isEqualTo(TreeEntry.Reason.NOT_A_FILE);
            assertThat(u.detail()).isEqualTo(detail);
        });
        assertThat(unfollowed(entries, "pipe.json").detail()).isEqualTo(detail);
    }

    @Test
    void describeNamesTheExceptionAndItsMessageIfAnyButNoFilesPath() {
        assertThat(FileTree.describe(new java.nio.file.NoSuchFileException("a.json"))).isEqualTo("NoSuchFileException");
        assertThat(FileTree.describe(new java.io.IOException())).isEqualTo("IOException");
    }
}
