package io.github.cutoverguard.engine.git;

import io.github.cutoverguard.engine.Breach;
import io.github.cutoverguard.engine.Location;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TagResolvesToPinnedShaTest {

    @TempDir
    Path dir;
    private RevCommit first;
    private RevCommit second;

    @BeforeEach
    void producerRepository() throws Exception {
        PersonIdent who = new PersonIdent("Producer", "producer@example.org", Instant.parse("2026-02-01T10:00:00Z"), ZoneOffset.UTC);
        try (Git git = Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call()) {
            Files.writeString(dir.resolve("README.md"), "one\n");
            git.add().addFilepattern("README.md").call();
            first = git.commit().setMessage("first").setAuthor(who).setCommitter(who).setSign(false).call();
            git.tag().setName("v0.3.2").setAnnotated(true).setMessage("release").setTagger(who).setSigned(false).call();
            git.tag().setName("v0.3.2-light").setAnnotated(false).call();
            Files.writeString(dir.resolve("README.md"), "two\n");
            git.add().addFilepattern("README.md").call();
            second = git.commit().setMessage("second").setAuthor(who).setCommitter(who).setSign(false).call();
        }
    }

    private List<Breach> check(Path repo, String tag, String sha) {
        try (ProducerRepository producer = ProducerRepository.open(repo.toFile(), "producer")) {
            return new TagResolvesToPinnedSha(producer).check(new TagResolvesToPinnedSha.Pinned(tag, sha, null,
                    "config/integration-pin.json", new Location(4, 17)));
        } catch (ProducerRepository.Unusable e) {
            return List.of(TagResolvesToPinnedSha.unusable(e, sha, "config/integration-pin.json", new Location(4, 17)));
        }
    }

    private List<Breach> checkRecorded(String tag, String sha, String recorded) {
        try (ProducerRepository producer = ProducerRepository.open(dir.toFile(), "inventory")) {
            return new TagResolvesToPinnedSha(producer).check(new TagResolvesToPinnedSha.Pinned(tag, sha,
                    new TagResolvesToPinnedSha.Recorded("release_tag_commit_sha", recorded, new Location(5, 29)),
                    "config/integration-pin.json", new Location(4, 17)));
        } catch (ProducerRepository.Unusable e) {
            throw new AssertionError(e);
        }
    }

    /** Tags {@code first} as stock release v6.0.0, then force-moves the tag to {@code second} (a later code commit). */
    private void tagStockReleaseThenMoveIt() throws Exception {
        try (Git git = Git.open(dir.toFile())) {
            git.tag().setName("v6.0.0").setObjectId(first).setAnnotated(true).setMessage("stock v6.0.0").setSigned(false)
                    .setTagger(new PersonIdent("Inventory", "inventory@example.org")).call();
            git.tag().setName("v6.0.0").setObjectId(second).setAnnotated(true).setMessage("stock v6.0.0, again")
                    .setSigned(false).setForceUpdate(true).setTagger(new PersonIdent("Inventory", "inventory@example.org"))
                    .call();
        }
    }

    @Test
    void tagMovedAfterThePinToALaterCommitFailsNamingBothCommits() throws Exception {
        tagStockReleaseThenMoveIt();
        // the pinned SHA is still an ancestor of the tag: only the recorded commit tells the move
        assertThat(check(dir, "v6.0.0", first.name())).isEmpty();
        assertThat(checkRecorded("v6.0.0", first.name(), first.name())).singleElement().satisfies(b -> {
            assertThat(b.ruleId()).isEqualTo("GIT-TAG-SHA");
            assertThat(b.severity()).isEqualTo(io.github.cutoverguard.engine.Severity.ERROR);
            assertThat(b.location()).isEqualTo(new Location(5, 29));
            assertThat(b.jsonPointer()).isEqualTo("/release_tag_commit_sha");
            assertThat(b.expected()).isEqualTo(first.name());
            assertThat(b.actual()).isEqualTo(second.name());
            assertThat(b.message()).isEqualTo("tag v6.0.0 resolves to " + second.name() + " in inventory, but the pin "
                    + "recorded " + first.name() + " (release_tag_commit_sha): the tag was moved after the pin was written");
            assertThat(b.hint()).contains("mvn cutover:repin -Dcutover.producerRepository=inventory");
        });
    }

    @Test
    void tagStillWhereThePinRecordedItPasses() {
        assertThat(checkRecorded("v0.3.2", first.name(), first.name())).isEmpty();
    }

    @Test
    void aPinWithoutTheRecordGetsAWarningNotAFailure() {
        assertThat(checkRecorded("v0.3.2", first.name(), null)).singleElement().satisfies(b -> {
            assertThat(b.ruleId()).isEqualTo("GIT-TAG-SHA");
            assertThat(b.severity()).isEqualTo(io.github.cutoverguard.engine.Severity.WARNING);
            assertThat(b.fails()).isFalse();
            assertThat(b.location()).isEqualTo(new Location(5, 29));
            assertThat(b.expected()).isEqualTo(first.name());
            assertThat(b.hint()).startsWith("record it: mvn cutover:repin -Dcutover.producerRepository=inventory");
        });
    }

    @Test
    void aReleaseThatDoesNotHoldIsReportedBeforeTheRecord() {
        assertThat(checkRecorded("v9.9.9", first.name(), null)).singleElement().satisfies(b -> {
            assertThat(b.severity()).isEqualTo(io.github.cutoverguard.engine.Severity.ERROR);
            assertThat(b.message()).isEqualTo("tag v9.9.9 does not exist in inventory");
        });
    }

    @Test
    void annotatedTagIsPeeledToItsCommit() {
        assertThat(check(dir, "v0.3.2", first.name())).isEmpty();
    }

    @Test
    void lightweightTagResolvesDirectly() {
        assertThat(check(dir, "v0.3.2-light", first.name())).isEmpty();
    }

    @Test
    void bareCloneIsAccepted() throws Exception {
        Path bare = dir.resolve("bare.git");
        Git.cloneRepository().setURI(dir.toUri().toString()).setDirectory(bare.toFile()).setBare(true).call().close();
        assertThat(check(bare, "v0.3.2", first.name())).isEmpty();
    }

    @Test
    void subdirectoryOfAnotherRepositoryIsNotMistakenForTheProducer() throws Exception {
        Files.createDirectories(dir.resolve("sub"));
        assertThat(check(dir.resolve("sub"), "v0.3.2", first.name())).singleElement()
                .satisfies(b -> assertThat(b.message()).contains("not a git repository"));
        assertThat(check(dir.resolve("absent"), "v0.3.2", first.name())).singleElement()
                .satisfies(b -> assertThat(b.ruleId()).isEqualTo("GIT-TAG-SHA"));
    }

    @Test
    void movedTagFailsWithGitTagShaNamingBothShas() {
        List<Breach> breaches = check(dir, "v0.3.2", second.name());
        assertThat(breaches).singleElement().satisfies(b -> {
            assertThat(b.ruleId()).isEqualTo("GIT-TAG-SHA");
            assertThat(b.file()).isEqualTo("config/integration-pin.json");
            assertThat(b.location()).isEqualTo(new Location(4, 17));
            assertThat(b.expected()).isEqualTo(second.name());
            assertThat(b.actual()).isEqualTo(first.name());
        });
    }

    @Test
    void pinnedCodeCommitBeforeTheTaggedManifestCommitPasses() throws Exception {
        // the way real producers release: the manifest names the code commit, the commit adding it is tagged
        try (Git git = Git.open(dir.toFile())) {
            git.tag().setName("v8.1.0").setObjectId(second).setAnnotated(true).setMessage("billing v8.1.0")
                    .setTagger(new PersonIdent("Billing", "billing@example.org")).setSigned(false).call();
        }
        assertThat(check(dir, "v8.1.0", first.name())).isEmpty();
        assertThat(check(dir, "v8.1.0", second.name())).isEmpty();
    }

    @Test
    void tagMovedOffThePinnedHistoryFailsWithGitTagSha() throws Exception {
        RevCommit elsewhere;
        PersonIdent who = new PersonIdent("Ledger", "ledger@example.org", Instant.parse("2026-02-02T10:00:00Z"), ZoneOffset.UTC);
        try (Git git = Git.open(dir.toFile())) {
            git.checkout().setCreateBranch(true).setName("hotfix").setStartPoint(first).call();
            Files.writeString(dir.resolve("README.md"), "hotfix\n");
            git.add().addFilepattern("README.md").call();
            elsewhere = git.commit().setMessage("hotfix").setAuthor(who).setCommitter(who).setSign(false).call();
            git.tag().setName("v4.2.0").setObjectId(elsewhere).setAnnotated(false).call();
        }
        assertThat(check(dir, "v4.2.0", second.name())).singleElement().satisfies(b -> {
            assertThat(b.ruleId()).isEqualTo("GIT-TAG-SHA");
            assertThat(b.message()).contains("resolves to " + elsewhere.name()).contains("not the pinned commit "
                    + second.name() + " nor a descendant of it");
            assertThat(b.actual()).isEqualTo(elsewhere.name());
        });
    }

    @Test
    void pinnedShaTheProducerDoesNotHaveFailsWithGitTagSha() {
        String unknown = "0123456789abcdef0123456789abcdef01234567";
        assertThat(check(dir, "v0.3.2", unknown)).singleElement().satisfies(b -> {
            assertThat(b.ruleId()).isEqualTo("GIT-TAG-SHA");
            assertThat(b.message()).contains("commit " + unknown + " does not exist in producer");
        });
    }

    @Test
    void absentTagFailsWithGitTagSha() {
        assertThat(check(dir, "v9.9.9", first.name())).singleElement()
                .satisfies(b -> assertThat(b.message()).contains("does not exist"));
    }

    @Test
    void directoryThatIsNoRepositoryFailsWithGitTagSha() throws Exception {
        Path empty = Files.createTempDirectory("not-a-repo");
        try {
            assertThat(check(empty, "v0.3.2", first.name())).singleElement().satisfies(b -> {
                assertThat(b.ruleId()).isEqualTo("GIT-TAG-SHA");
                assertThat(b.message()).contains("not a git repository");
            });
        } finally {
            Files.delete(empty);
        }
    }
}
