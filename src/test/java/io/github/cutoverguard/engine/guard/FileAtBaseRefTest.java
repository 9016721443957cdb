package io.github.cutoverguard.engine.guard;

import io.github.cutoverguard.engine.input.ProjectFiles;
import io.github.cutoverguard.engine.testing.Fixtures;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.StoredConfig;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static io.github.cutoverguard.engine.guard.GitFixtures.PIN;
import static org.assertj.core.api.Assertions.assertThat;

/** The ways the pin at the base ref is found, absent or unavailable, and the fixes the messages offer. */
class FileAtBaseRefTest {

    private static final String PIN_PATH = "config/integration-pin.json";
    private static final long LIMIT = 1 << 20;
    private static final String FETCH_TAIL = " (in CI, check out with enough history), or point pinBaseRef "
            + "(-Dcutover.pinBaseRef) at a ref this clone has";

    @TempDir
    Path dir;
    private Path repo;
    private RevCommit base;

    @BeforeEach
    void repositoryWithThePinOnMain() {
        repo = dir.resolve("repo");
        try (Git git = GitFixtures.init(repo)) {
            base = GitFixtures.commit(git, Map.of(PIN_PATH, PIN), "approved pin");
        }
    }

    private static FileAtBaseRef.AtBase read(Path project, String ref, long limit) {
        return new FileAtBaseRef(project, ref, limit).read(project.resolve(PIN_PATH), PIN_PATH);
    }

    private static FileAtBaseRef.Unavailable unavailable(Path project, String ref) {
        FileAtBaseRef.AtBase atBase = read(project, ref, LIMIT);
        assertThat(atBase).isInstanceOf(FileAtBaseRef.Unavailable.class);
        return (FileAtBaseRef.Unavailable) atBase;
    }

    private static String blobId(String content) {
        try (ObjectInserter.Formatter ids = new ObjectInserter.Formatter()) {
            return ids.idFor(Constants.OBJ_BLOB, content.getBytes(StandardCharsets.UTF_8)).name();
        }
    }

    @Test
    void foundCarriesTheBytesTheCommitAndThePathInTheRepository() {
        FileAtBaseRef.AtBase atBase = read(repo, "main", LIMIT);
        assertThat(atBase).isInstanceOf(FileAtBaseRef.Found.class);
        FileAtBaseRef.Found found = (FileAtBaseRef.Found) atBase;
        assertThat(new String(found.bytes(), StandardCharsets.UTF_8)).isEqualTo(PIN);
        assertThat(found.commit()).isEqualTo(base.name());
        assertThat(found.path()).isEqualTo(PIN_PATH);
    }

    @Test
    void aPinOfExactlyTheLimitIsReadAndOneByteMoreIsRefused() {
        int size = PIN.getBytes(StandardCharsets.UTF_8).length;
        assertThat(read(repo, "main", size)).isInstanceOf(FileAtBaseRef.Found.class);

        FileAtBaseRef.AtBase tooLarge = read(repo, "main", size - 1);
        assertThat(tooLarge).isEqualTo(new FileAtBaseRef.Unavailable(PIN_PATH + " at main is " + size
                + " bytes, above the " + (size - 1) + "-byte input limit", "raise maxInputBytes (-Dcutover.maxInputBytes)"));
    }

    @Test
    void aProjectReachedThroughASymbolicLinkIsInsideTheWorkTree() throws Exception {
        Path link = Files.createSymbolicLink(dir.resolve("link"), repo);
        FileAtBaseRef.AtBase atBase = read(link, "main", LIMIT);
        assertThat(atBase).isInstanceOf(FileAtBaseRef.Found.class);
        assertThat(((FileAtBaseRef.Found) atBase).path()).isEqualTo(PIN_PATH);
    }

    @Test
    void aPinOutsideTheWorkTreeCannotBeCompared() throws Exception {
        Fixtures.write(dir, "elsewhere/pin.json", PIN);
        Findings findings = new PinUnchangedSinceBase(new ProjectFiles(repo), "main", false, LIMIT)
                .check(Path.of("../elsewhere/pin.json"), null, null);
        String display = "../elsewhere/pin.json"; // issue #25: as the project reaches it, never the machine's path
        assertThat(findings.breaches()).hasSize(2).first().satisfies(b -> {
            assertThat(b.ruleId()).isEqualTo("FILE-MISSING");
            assertThat(b.message()).isEqualTo(display + " lies outside the project's work tree (the project directory); "
                    + "inputs must be regular files inside the project");
            assertThat(b.hint()).isEqualTo("copy " + display + " into the project's work tree and point the plugin "
                    + "configuration at the copy");
        });
        // the base's pin is config/integration-pin.json: a pin read from elsewhere is reviewed like a pin change
        assertThat(findings.breaches().get(1).message()).isEqualTo("pinFile is " + display + ", but the integration pin "
                + "at main is " + PIN_PATH + ": a pin read from another path is reviewed like a pin change");
    }

    @Test
    void aRefToSomethingOtherThanACommitIsNamedWithTheRefItResolvedTo() throws Exception {
        String blob = blobId(PIN);
        Files.createDirectories(repo.resolve(".git/refs/remotes/origin"));
        Files.writeString(repo.resolve(".git/refs/remotes/origin/blob"), blob + "\n");

        assertThat(unavailable(repo, "origin/blob")).isEqualTo(new FileAtBaseRef.Unavailable(
                "base ref origin/blob (refs/remotes/origin/blob) does not name a commit, so " + PIN_PATH
                        + " cannot be compared with it", "set pinBaseRef to a branch, tag or commit"));
        assertThat(unavailable(repo, blob).message()).startsWith("base ref " + blob + " (" + blob + ") does not name a commit");
    }

    @Test
    void anUnbornHeadDoesNotExistYet() {
        Path fresh = dir.resolve("fresh");
        GitFixtures.init(fresh).close();
        Fixtures.write(fresh, PIN_PATH, PIN);
        FileAtBaseRef.Unavailable unborn = unavailable(fresh, "HEAD");
        assertThat(unborn.message()).isEqualTo("base ref HEAD does not exist in this clone, so " + PIN_PATH
                + " cannot be compared with it");
        assertThat(unborn.hint()).isEqualTo("fetch the base ref: git fetch --depth=1 origin HEAD" + FETCH_TAIL);
    }

    @Test
    void aPinDeletedTogetherWithItsDirectoryIsStillFoundAtTheBase() throws Exception {
        Files.delete(repo.resolve(PIN_PATH));
        Files.delete(repo.resolve("config"));
        assertThat(read(repo, "main", LIMIT)).isInstanceOf(FileAtBaseRef.Found.class);
    }

    @Test
    void aBlobMissingFromTheObjectDatabaseIsReportedAsMissingObjects() throws Exception {
        String blob = blobId(PIN);
        Files.delete(repo.resolve(".git/objects/" + blob.substring(0, 2) + "/" + blob.substring(2)));

        assertThat(unavailable(repo, "main")).isEqualTo(new FileAtBaseRef.Unavailable(
                "objects of base ref main are missing from this clone, so " + PIN_PATH + " cannot be compared with it",
                "fetch the base ref: git fetch --depth=1 origin main" + FETCH_TAIL));

        Files.writeString(repo.resolve(".git/shallow"), base.name() + "\n");
        assertThat(unavailable(repo, "refs/heads/main").message()).isEqualTo("objects of base ref refs/heads/main are missing from this clone "
                + "(a shallow clone), so " + PIN_PATH + " cannot be compared with it");
    }

    @Test
    void aBareRepositoryIsUnreadableWithTheCauseInTheMessage() throws Exception {
        Path bare = dir.resolve("bare.git");
        Git.cloneRepository().setURI(repo.toUri().toString()).setDirectory(bare.toFile()).setBare(true).call().close();

        FileAtBaseRef.Unavailable unreadable = unavailable(bare, "main");
        assertThat(unreadable.message()).startsWith("the project's git repository cannot be read (NoWorkTreeException: ")
                .endsWith("), so " + PIN_PATH + " cannot be compared with main");
        assertThat(unreadable.hint())
                .isEqualTo("check that the clone is complete and readable (git fsck), or set pinBaseRefOptional=true");
    }

    @Test
    void aGitFilePointingNowhereIsNoRepository() throws Exception {
        Path project = dir.resolve("worktree");
        Fixtures.write(project, ".git", "gitdir: " + dir.resolve("gone/.git") + "\n");
        Fixtures.write(project, PIN_PATH, PIN);

        FileAtBaseRef.Unavailable none = unavailable(project, "main");
        assertThat(none.message()).isEqualTo("no git repository contains the project directory, so " + PIN_PATH
                + " cannot be compared with main");
        assertThat(none.hint()).startsWith("run the build inside the project's git clone (not an exported copy");
    }

    @Test
    void theFetchHintNamesTheRemoteAndBranchOfTheMissingRef() throws Exception {
        Path clone = dir.resolve("clone");
        try (Git git = GitFixtures.clone(repo, clone)) {
            StoredConfig config = git.getRepository().getConfig();
            config.setString("remote", "mirror", "url", repo.toUri().toString());
            config.save();
        }
        assertThat(unavailable(clone, "mirror/release").hint())
                .isEqualTo("fetch the base ref: git fetch --depth=1 mirror +refs/heads/release:refs/remotes/mirror/release" + FETCH_TAIL);
        assertThat(unavailable(clone, "origin/release").hint())
                .isEqualTo("fetch the base ref: git fetch --depth=1 origin +refs/heads/release:refs/remotes/origin/release" + FETCH_TAIL);
        // not a remote of this clone: fetched from origin as written
        assertThat(unavailable(clone, "team/release").hint())
                .isEqualTo("fetch the base ref: git fetch --depth=1 origin team/release" + FETCH_TAIL);
        assertThat(unavailable(clone, "refs/remotes/origin/release").hint())
                .isEqualTo("fetch the base ref: git fetch --depth=1 origin +refs/heads/release:refs/remotes/origin/release" + FETCH_TAIL);
        assertThat(unavailable(clone, "refs/heads/release").hint())
                .isEqualTo("fetch the base ref: git fetch --depth=1 origin +refs/heads/release:refs/heads/release" + FETCH_TAIL);
        assertThat(unavailable(clone, "refs/tags/v9").hint())
                .isEqualTo("fetch the base ref: git fetch --depth=1 origin refs/tags/v9" + FETCH_TAIL);
        assertThat(unavailable(clone, "release").hint())
                .isEqualTo("fetch the base ref: git fetch --depth=1 origin release" + FETCH_TAIL);
    }

    @Test
    void withoutRemotesTheFirstSegmentIsTakenAsTheRemote() {
        assertThat(unavailable(repo, "team/release").hint())
                .isEqualTo("fetch the base ref: git fetch --depth=1 team +refs/heads/release:refs/remotes/team/release" + FETCH_TAIL);
    }

    @Test
    void aRevisionExpressionBeyondTheHistoryAsksForMoreHistory() {
        FileAtBaseRef.Unavailable tooFar = unavailable(repo, "main~5");
        assertThat(tooFar.message()).isEqualTo("base ref main~5 does not exist in this clone, so " + PIN_PATH
                + " cannot be compared with it");
        assertThat(tooFar.hint()).isEqualTo("fetch the history the base ref needs (e.g. git fetch --depth=50 origin +refs/heads/main:refs/remotes/origin/main), "
                + "or point pinBaseRef (-Dcutover.pinBaseRef) at a plain ref this clone has, e.g. origin/main");
    }
}
