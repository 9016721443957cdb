package io.github.cutoverguard.engine.git;

import io.github.cutoverguard.engine.io.WriteJournal;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class GitDirectoryTest {

    @TempDir
    Path dir;

    /** What JGit's own search finds from {@code directory} (what {@link GitDirectory} must agree with). */
    private static Optional<Path> jgit(Path directory) {
        File found = new FileRepositoryBuilder().readEnvironment().findGitDir(directory.toFile()).getGitDir();
        return Optional.ofNullable(found).map(File::toPath);
    }

    @Test
    void outsideEveryRepositoryNothingIsFoundAndJGitWouldFindNothingEither() throws Exception {
        Path plain = Files.createDirectories(dir.resolve("storefront/module"));

        assertThat(GitDirectory.mayHold(plain, Map.of())).isFalse();
        assertThat(GitDirectory.of(plain)).isEmpty();
        assertThat(jgit(plain)).isEmpty();
    }

    @Test
    void aDotGitDirectoryAboveIsTheRepository() throws Exception {
        Git.init().setDirectory(dir.resolve("storefront").toFile()).setInitialBranch("main").call().close();
        Path module = Files.createDirectories(dir.resolve("storefront/inventory-client"));

        assertThat(GitDirectory.mayHold(module, Map.of())).isTrue();
        assertThat(GitDirectory.of(module)).contains(dir.resolve("storefront/.git")).isEqualTo(jgit(module));
        assertThat(WorkTreeSource.workTreeOf(module)).contains(dir.resolve("storefront"));
    }

    @Test
    void aLinkedWorkTreesGitdirFileNamesItsGitDirectory() throws Exception {
        Git.init().setDirectory(dir.resolve("storefront").toFile()).setInitialBranch("main").call().close();
        Path gitDir = Files.createDirectories(dir.resolve("storefront/.git/worktrees/stock-v6"));
        Files.writeString(gitDir.resolve("HEAD"), "ref: refs/heads/stock-v6\n");
        Files.writeString(gitDir.resolve("commondir"), "../..\n");
        Path workTree = Files.createDirectories(dir.resolve("storefront-stock-v6"));
        Files.writeString(gitDir.resolve("gitdir"), workTree.resolve(".git") + "\n");
        Files.writeString(workTree.resolve(".git"), "gitdir: " + gitDir + "\n");
        Path module = Files.createDirectories(workTree.resolve("inventory-client"));

        assertThat(GitDirectory.mayHold(module, Map.of())).isTrue();
        assertThat(GitDirectory.of(module)).contains(gitDir).isEqualTo(jgit(module));
        // as before: a git directory not named .git gives no work tree root
        assertThat(WorkTreeSource.workTreeOf(module)).isEmpty();
    }

    @Test
    void aSubmodulesRelativeGitdirFileIsResolvedAgainstItsDirectory() throws Exception {
        Path modules = Files.createDirectories(dir.resolve("platform/git-modules/billing"));
        Git.init().setGitDir(modules.toFile()).setBare(true).call().close();
        Path submodule = Files.createDirectories(dir.resolve("platform/billing"));
        Files.writeString(submodule.resolve(".git"), "gitdir: ../git-modules/billing\n");

        assertThat(GitDirectory.mayHold(submodule, Map.of())).isTrue();
        assertThat(GitDirectory.of(submodule).map(Path::normalize)).contains(modules)
                .isEqualTo(jgit(submodule).map(Path::normalize));
    }

    @Test
    void aDirectoryInsideABareRepositoryIsHeldByIt() throws Exception {
        Path bare = dir.resolve("inventory.git");
        Git.init().setDirectory(bare.toFile()).setBare(true).call().close();
        Path hooks = Files.createDirectories(bare.resolve("hooks"));

        assertThat(GitDirectory.mayHold(hooks, Map.of())).isTrue();
        assertThat(GitDirectory.of(hooks)).contains(bare).isEqualTo(jgit(hooks));
    }

    @Test
    void gitDirInTheEnvironmentOrALinkNamedDotGitLeavesTheAnswerToJGit() throws Exception {
        Path plain = Files.createDirectories(dir.resolve("storefront"));
        assertThat(GitDirectory.mayHold(plain, Map.of("GIT_DIR", "/srv/storefront.git"))).isTrue();

        Files.createSymbolicLink(plain.resolve(".git"), dir.resolve("nowhere"));
        assertThat(GitDirectory.mayHold(plain, Map.of())).isTrue();
        assertThat(GitDirectory.of(plain)).isEqualTo(jgit(plain)).isEmpty();
    }

    @Test
    void outsideEveryRepositoryNoGoalStartOrReportNeedsJGit() throws Exception {
        Path plain = Files.createDirectories(dir.resolve("storefront"));
        URL classes = GitDirectory.class.getProtectionDomain().getCodeSource().getLocation();
        // the plugin's classes without JGit on the class path: a JGit class loaded would fail with NoClassDefFoundError
        try (URLClassLoader withoutJGit = new URLClassLoader(new URL[] {classes}, ClassLoader.getPlatformClassLoader())) {
            assertThat(withoutJGit.loadClass(WorkTreeSource.class.getName()).getMethod("of", Path.class).invoke(null, plain))
                    .isEqualTo(Optional.empty());
            assertThat(withoutJGit.loadClass(WorkTreeSource.class.getName()).getMethod("workTreeOf", Path.class)
                    .invoke(null, plain)).isEqualTo(Optional.empty());
            assertThat(withoutJGit.loadClass(LastChange.class.getName()).getMethod("of", Path.class, Path.class)
                    .invoke(null, plain.resolve("inventory-manifest.json"), plain.resolve("handoff.json")))
                    .isEqualTo(Optional.empty());
            Object journal = withoutJGit.loadClass(WriteJournal.class.getName()).getMethod("of", Path.class)
                    .invoke(null, plain);
            assertThat(journal.getClass().getMethod("record").invoke(journal))
                    .isEqualTo(plain.resolve(".cutover-guardrails-write-intent.properties"));
        }
    }

    @Test
    void inAPlainRepositoryTheGitDirectoryAndTheJournalNeedNoJGit() throws Exception {
        Git.init().setDirectory(dir.resolve("storefront").toFile()).setInitialBranch("main").call().close();
        Path module = Files.createDirectories(dir.resolve("storefront/inventory-client"));
        URL classes = GitDirectory.class.getProtectionDomain().getCodeSource().getLocation();
        try (URLClassLoader withoutJGit = new URLClassLoader(new URL[] {classes}, ClassLoader.getPlatformClassLoader())) {
            assertThat(withoutJGit.loadClass(GitDirectory.class.getName()).getMethod("of", Path.class).invoke(null, module))
                    .isEqualTo(Optional.of(dir.resolve("storefront/.git")));
            assertThat(withoutJGit.loadClass(WorkTreeSource.class.getName()).getMethod("workTreeOf", Path.class)
                    .invoke(null, module)).isEqualTo(Optional.of(dir.resolve("storefront")));
            Object journal = withoutJGit.loadClass(WriteJournal.class.getName()).getMethod("of", Path.class)
                    .invoke(null, module);
            assertThat(journal.getClass().getMethod("record").invoke(journal).toString())
                    .startsWith(dir.resolve("storefront/.git/cutover-guardrails").toString());
        }
        assertThat(GitDirectory.plainDotGit(module, Map.of())).isEqualTo(jgit(module));
    }

    @Test
    void whatThePlainTestCannotBeSureOfIsLeftToJGit() throws Exception {
        Git.init().setDirectory(dir.resolve("storefront").toFile()).setInitialBranch("main").call().close();
        Path module = Files.createDirectories(dir.resolve("storefront/inventory-client"));

        assertThat(GitDirectory.plainDotGit(module, Map.of("GIT_CEILING_DIRECTORIES", dir.toString()))).isEmpty();
        assertThat(GitDirectory.of(module, Map.of("GIT_CEILING_DIRECTORIES", dir.toString())))
                .contains(dir.resolve("storefront/.git"));

        // a .git whose HEAD is no ref: JGit does not stop there, and neither answer is the plain one
        Files.writeString(dir.resolve("storefront/.git/HEAD"), "not a ref\n");
        assertThat(GitDirectory.plainDotGit(module, Map.of())).isEmpty();
        assertThat(GitDirectory.of(module, Map.of())).isEqualTo(jgit(module));

        // a module that is a repository directory of its own (objects beside it) is JGit's to judge
        Files.writeString(dir.resolve("storefront/.git/HEAD"), "ref: refs/heads/main\n");
        Files.createDirectories(module.resolve("objects"));
        assertThat(GitDirectory.plainDotGit(module, Map.of())).isEmpty();
        assertThat(GitDirectory.of(module, Map.of())).isEqualTo(jgit(module)).contains(dir.resolve("storefront/.git"));
    }
}
