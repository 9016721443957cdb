package io.github.cutoverguard.engine.guard;

import io.github.cutoverguard.engine.Breach;
import io.github.cutoverguard.engine.Location;
import io.github.cutoverguard.engine.Mode;
import io.github.cutoverguard.engine.Severity;
import io.github.cutoverguard.engine.input.InputReader;
import io.github.cutoverguard.engine.input.ProjectFiles;
import io.github.cutoverguard.engine.testing.Fixtures;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static io.github.cutoverguard.engine.guard.GitFixtures.PIN;
import static org.assertj.core.api.Assertions.assertThat;

class PinUnchangedSinceBaseTest {

    private static final String PIN_PATH = "config/integration-pin.json";

    @TempDir
    Path dir;
    private Path upstream;
    private Path clone;
    private RevCommit base;

    @BeforeEach
    void consumerCloneWithOriginMain() {
        upstream = dir.resolve("upstream");
        try (Git git = GitFixtures.init(upstream)) {
            base = GitFixtures.commit(git, Map.of(PIN_PATH, PIN, "pom.xml", "<project/>\n"), "approved pin");
        }
        clone = dir.resolve("clone");
        GitFixtures.clone(upstream, clone).close();
    }

    private Findings check(Path project, String ref, boolean optional) {
        return new PinUnchangedSinceBase(new ProjectFiles(project), ref, optional, 1 << 20).check(Path.of(PIN_PATH), null, null);
    }

    private static Breach only(Findings findings) {
        assertThat(findings.breaches()).hasSize(1);
        return findings.breaches().get(0);
    }

    @Test
    void unchangedPinPassesAndNothingInTheRepositoryIsWritten() {
        Map<String, String> before = GitFixtures.snapshot(clone);
        Findings findings = check(clone, "origin/main", false);
        assertThat(findings.breaches()).isEmpty();
        assertThat(findings.detail()).isEqualTo(PIN_PATH + " equals its content at origin/main");
        assertThat(findings.inputs()).singleElement().satisfies(i -> {
            assertThat(i.path()).isEqualTo(PIN_PATH);
            assertThat(i.sha256()).isEqualTo(InputReader.sha256Hex(PIN.getBytes(StandardCharsets.UTF_8)));
        });
        assertThat(GitFixtures.snapshot(clone)).isEqualTo(before);
    }

    @Test
    void aPinChangedInCutoverModeIsNotCalledARehearsal() {
        Fixtures.write(clone, PIN_PATH, PIN.replace("v0.3.2", "v0.3.3"));
        Breach rehearsal = only(check(clone, "origin/main", false));
        assertThat(rehearsal.message()).contains("the runtime pin must stay as approved during the rehearsal");
        Breach cutover = only(new PinUnchangedSinceBase(new ProjectFiles(clone), "origin/main", false, 1 << 20,
                Mode.CUTOVER).check(Path.of(PIN_PATH), null, null));
        assertThat(cutover.message()).doesNotContain("rehearsal")
                .contains("in cutover mode the pin moves only as the approval record (cutoverApprovalFile) approves");
        assertThat(cutover.hint()).contains("repin only in an approved cutover change");
    }

    @Test
    void changedPinFailsWithGuardPinChangedAUnifiedDiffAndTheFirstChangedLine() {
        Fixtures.write(clone, PIN_PATH, PIN.replace("v0.3.2", "v0.3.3"));
        Breach breach = only(check(clone, "origin/main", false));
        assertThat(breach.ruleId()).isEqualTo("GUARD-PIN-CHANGED");
        assertThat(breach.severity()).isEqualTo(Severity.ERROR);
        assertThat(breach.file()).isEqualTo(PIN_PATH);
        assertThat(breach.location()).isEqualTo(Location.ofLine(3));
        assertThat(breach.message()).startsWith(PIN_PATH + " changed since origin/main (" + base.name().substring(0, 12) + ")");
        assertThat(breach.hint()).contains("git restore --source=origin/main -- " + PIN_PATH);
        assertThat(breach.details()).contains("--- " + PIN_PATH + " (origin/main)", "+++ " + PIN_PATH + " (working tree)",
                "@@ -1,6 +1,6 @@", "-  \"release_tag\": \"v0.3.2\",", "+  \"release_tag\": \"v0.3.3\",");
    }

    /**
     * Issue #24: with a copy of the pin committed elsewhere at the base, the adversary pointed {@code <pinFile>} at the
     * copy and edited the real pin: the guard compared only the configured path, and the build was GO.
     */
    @Test
    void thePinIsWatchedWhereverItLivedAtTheBase() {
        try (Git git = Git.open(upstream.toFile())) {
            base = GitFixtures.commit(git, Map.of("docs/examples/pin-copy.json", PIN), "an example pin for the docs");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        Path swapped = dir.resolve("swapped");
        GitFixtures.clone(upstream, swapped).close();
        Fixtures.write(swapped, PIN_PATH, PIN.replace("v0.3.2", "v0.4.0"));
        Findings findings = new PinUnchangedSinceBase(new ProjectFiles(swapped), "origin/main", false, 1 << 20)
                .check(Path.of("docs/examples/pin-copy.json"), null, null);
        assertThat(findings.breaches()).singleElement().satisfies(b -> {
            assertThat(b.ruleId()).isEqualTo("GUARD-PIN-CHANGED");
            assertThat(b.file()).isEqualTo(PIN_PATH);
            assertThat(b.message()).startsWith(PIN_PATH + " changed since origin/main");
        });
        assertThat(findings.detail()).endsWith("; the other integration pins at origin/main (" + PIN_PATH
                + ") are unchanged too");

        Path moved = dir.resolve("moved");
        GitFixtures.clone(upstream, moved).close();
        Fixtures.write(moved, "config/pin-v2.json", PIN);
        Findings elsewhere = new PinUnchangedSinceBase(new ProjectFiles(moved), "origin/main", false, 1 << 20)
                .check(Path.of("config/pin-v2.json"), null, null);
        assertThat(elsewhere.breaches()).extracting(Breach::message).contains("pinFile is config/pin-v2.json, but the "
                + "integration pin at origin/main is " + PIN_PATH + ", docs/examples/pin-copy.json: a pin read from another "
                + "path is reviewed like a pin change");
        assertThat(elsewhere.breaches()).allSatisfy(b -> assertThat(b.severity()).isEqualTo(Severity.ERROR));
    }

    @Test
    void aChangeCommittedOnTheBranchIsStillAChangeSinceTheBase() {
        try (Git git = Git.open(clone.toFile())) {
            git.checkout().setCreateBranch(true).setName("feature").call();
            GitFixtures.commit(git, Map.of(PIN_PATH, PIN.replace("2500", "3000")), "tune timeout");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        Breach breach = only(check(clone, "origin/main", false));
        assertThat(breach.location()).isEqualTo(Location.ofLine(10));
        assertThat(breach.details()).contains("-  \"default_timeout_ms\": 2500", "+  \"default_timeout_ms\": 3000");
    }

    @Test
    void baseRefResolvesAsGivenAsRemoteBranchAsLocalBranchOrAsSha() {
        assertThat(check(clone, "refs/remotes/origin/main", false).breaches()).isEmpty();
        assertThat(check(clone, "main", false).breaches()).isEmpty();
        assertThat(check(clone, base.name(), false).breaches()).isEmpty();
        assertThat(check(upstream, "main", false).breaches()).isEmpty();
        assertThat(check(upstream, "HEAD", false).breaches()).isEmpty();
    }

    @Test
    void projectInASubdirectoryFindsTheEnclosingRepository() {
        Path mono = dir.resolve("mono");
        try (Git git = GitFixtures.init(mono)) {
            GitFixtures.commit(git, Map.of("consumer/" + PIN_PATH, PIN), "pin");
        }
        Path project = mono.resolve("consumer");
        assertThat(check(project, "main", false).breaches()).isEmpty();
        Fixtures.write(project, PIN_PATH, PIN.replace("api.v1", "api.v2"));
        assertThat(only(check(project, "main", false)).hint()).contains("-- consumer/" + PIN_PATH);
    }

    @Test
    void missingBaseRefFailsWithTheFetchCommand() {
        Breach breach = only(check(clone, "origin/release", false));
        assertThat(breach.ruleId()).isEqualTo("GUARD-PIN-CHANGED");
        assertThat(breach.severity()).isEqualTo(Severity.ERROR);
        assertThat(breach.message()).isEqualTo("base ref origin/release does not exist in this clone, so " + PIN_PATH
                + " cannot be compared with it");
        assertThat(breach.hint()).startsWith("fetch the base ref: git fetch --depth=1 origin +refs/heads/release:refs/remotes/origin/release");
    }

    @Test
    void detachedHeadWithoutTheBaseRefSaysSo() throws Exception {
        try (Git git = Git.open(clone.toFile())) {
            git.checkout().setName(base.name()).call();
            git.branchDelete().setBranchNames("main").setForce(true).call();
            var update = git.getRepository().updateRef(Constants.R_REMOTES + "origin/main");
            update.setForceUpdate(true);
            update.delete();
        }
        Breach breach = only(check(clone, "origin/main", false));
        assertThat(breach.message()).isEqualTo("base ref origin/main does not exist in this clone (HEAD is detached), so "
                + PIN_PATH + " cannot be compared with it");
        assertThat(breach.hint()).startsWith("fetch the base ref: git fetch --depth=1 origin +refs/heads/main:refs/remotes/origin/main");
    }

    @Test
    void shallowCloneWithoutTheBaseRefOrItsCommitFailsWithTheFetchHint() throws Exception {
        RevCommit feature;
        try (Git git = Git.open(upstream.toFile())) {
            git.checkout().setCreateBranch(true).setName("feature").call();
            feature = GitFixtures.commit(git, Map.of("README.md", "feature\n"), "feature work");
        }
        Path shallow = dir.resolve("shallow");
        try (Git git = Git.cloneRepository().setURI(upstream.toUri().toString()).setDirectory(shallow.toFile())
                .setDepth(1).setBranchesToClone(List.of("refs/heads/feature")).setBranch("refs/heads/feature").call()) {
            assertThat(git.getRepository().getObjectDatabase().getShallowCommits()).containsExactly(feature.getId());
            assertThat(git.getRepository().getObjectDatabase().has(base)).isFalse();
        }

        Breach missingRef = only(check(shallow, "origin/main", false));
        assertThat(missingRef.message()).isEqualTo("base ref origin/main does not exist in this clone (a shallow clone), so "
                + PIN_PATH + " cannot be compared with it");
        assertThat(missingRef.hint()).startsWith("fetch the base ref: git fetch --depth=1 origin +refs/heads/main:refs/remotes/origin/main");

        // the ref is known but its commit was never fetched (e.g. restored refs, or the shallow boundary's parent)
        Files.createDirectories(shallow.resolve(".git/refs/remotes/origin"));
        Files.writeString(shallow.resolve(".git/refs/remotes/origin/main"), base.name() + "\n");
        Breach missingCommit = only(check(shallow, "origin/main", false));
        assertThat(missingCommit.message()).isEqualTo("commit " + base.name().substring(0, 12) + " of base ref origin/main "
                + "is not in this clone (a shallow clone), so " + PIN_PATH + " cannot be compared with it");
        assertThat(missingCommit.hint()).startsWith("fetch the base ref: git fetch --depth=1 origin +refs/heads/main:refs/remotes/origin/main");
        assertThat(only(check(shallow, "HEAD~1", false)).message()).contains("in this clone (a shallow clone)");
    }

    @Test
    void noRepositoryFailsWithHowToRunIt() throws Exception {
        Path plain = Files.createTempDirectory("guard-no-repo");
        try {
            Fixtures.write(plain, PIN_PATH, PIN);
            Breach breach = only(check(plain, "origin/main", false));
            assertThat(breach.ruleId()).isEqualTo("GUARD-PIN-CHANGED");
            assertThat(breach.severity()).isEqualTo(Severity.ERROR);
            assertThat(breach.file()).isEqualTo(PIN_PATH);
            assertThat(breach.message()).isEqualTo("no git repository contains the project directory, so " + PIN_PATH
                    + " cannot be compared with origin/main");
            assertThat(breach.hint()).startsWith("run the build inside the project's git clone");
        } finally {
            Files.delete(plain.resolve(PIN_PATH));
            Files.delete(plain.resolve("config"));
            Files.delete(plain);
        }
    }

    @Test
    void optionalBaseRefTurnsAnUnavailableBaseIntoAWarning() {
        Breach breach = only(check(clone, "origin/release", true));
        assertThat(breach.ruleId()).isEqualTo("GUARD-PIN-CHANGED");
        assertThat(breach.severity()).isEqualTo(Severity.WARNING);
        assertThat(breach.message()).endsWith("(pinBaseRefOptional: not failing the build)");
    }

    @Test
    void optionalBaseRefNeverHidesARealChange() {
        Fixtures.write(clone, PIN_PATH, PIN.replace("service.v2", "service.v3"));
        assertThat(only(check(clone, "origin/main", true)).severity()).isEqualTo(Severity.ERROR);
    }

    @Test
    void pinThatIsNewSinceTheBaseIsABreachOrAWarningWhenOptional() {
        Path fresh = dir.resolve("fresh");
        try (Git git = GitFixtures.init(fresh)) {
            GitFixtures.commit(git, Map.of("pom.xml", "<project/>\n"), "no pin yet");
        }
        Fixtures.write(fresh, PIN_PATH, PIN);
        Breach breach = only(check(fresh, "main", false));
        assertThat(breach.severity()).isEqualTo(Severity.ERROR);
        assertThat(breach.message()).contains(PIN_PATH + " does not exist at base ref main (").endsWith("the pin is new in this change");
        assertThat(only(check(fresh, "main", true)).severity()).isEqualTo(Severity.WARNING);
    }

    @Test
    void deletedPinIsAChangeAndAPinMissingEverywhereIsFileMissing() throws Exception {
        Files.delete(clone.resolve(PIN_PATH));
        Breach deleted = only(check(clone, "origin/main", false));
        assertThat(deleted.ruleId()).isEqualTo("GUARD-PIN-CHANGED");
        assertThat(deleted.message()).startsWith(PIN_PATH + " was deleted since origin/main");

        Findings absent = new PinUnchangedSinceBase(new ProjectFiles(clone), "origin/main", false, 1 << 20)
                .check(Path.of("config/other-pin.json"), null, null);
        assertThat(absent.breaches()).extracting(Breach::ruleId)
                .containsExactly("FILE-MISSING", "GUARD-PIN-CHANGED", "GUARD-PIN-CHANGED");
        assertThat(absent.breaches().get(0).message()).isEqualTo("config/other-pin.json does not exist");
        assertThat(absent.breaches().get(1).message()).startsWith("pinFile is config/other-pin.json, but the integration "
                + "pin at origin/main is " + PIN_PATH);
        assertThat(absent.breaches().get(2).message()).startsWith(PIN_PATH + " was deleted since origin/main");
    }

    @Test
    void malformedRefIsAClearBreachNotAnException() {
        Breach breach = only(check(clone, "origin/main^{nonsense}", false));
        assertThat(breach.ruleId()).isEqualTo("GUARD-PIN-CHANGED");
        assertThat(breach.message()).contains("origin/main^{nonsense}");
    }

    @Test
    void pinLargerThanTheLimitIsRefused() {
        Findings findings = new PinUnchangedSinceBase(new ProjectFiles(clone), "origin/main", false, 10)
                .check(Path.of(PIN_PATH), null, null);
        assertThat(only(findings).ruleId()).isEqualTo("JSON-PARSE");
    }

    @Test
    void aPinThatDiffersOnlyInLineEndingsIsNamedWithTheFix() {
        Fixtures.write(clone, PIN_PATH, PIN.replace("\n", "\r\n"));
        Breach breach = only(check(clone, "origin/main", false));
        assertThat(breach.ruleId()).isEqualTo("GUARD-PIN-CHANGED");
        assertThat(breach.message()).isEqualTo(PIN_PATH + " differs from its content at origin/main ("
                + base.name().substring(0, 12) + ") only in line endings: CRLF in the working tree, LF at the base");
        assertThat(breach.hint()).contains("add '" + PIN_PATH + " -text' to .gitattributes");
        assertThat(breach.details()).isNull();
    }

    private static final String PREVIOUS_SHA = "cf331449e1589581a5dcbb3adecd3e9ae4509277";
    private static final String NEXT_SHA = "7e4806a34b98e6c06ee33fa9f11499a975e7b922";

    private ApprovedPinMove move() {
        return new ApprovedPinMove(new io.github.cutoverguard.engine.InputFile("approval.json", "a".repeat(64)),
                "v0.3.2", PREVIOUS_SHA, "v0.4.0", NEXT_SHA);
    }

    private Findings checkApproved(String pin) {
        Fixtures.write(clone, PIN_PATH, pin);
        return new PinUnchangedSinceBase(new ProjectFiles(clone), "origin/main", false, 1 << 20)
                .check(Path.of(PIN_PATH), move(), "not the approved move");
    }

    @Test
    void theApprovedMovePassesAndTheEvidenceNamesTheApproval() {
        assertThat(PIN).contains("\"v0.3.2\"", PREVIOUS_SHA);
        Findings moved = checkApproved(PIN.replace("v0.3.2", "v0.4.0").replace(PREVIOUS_SHA, NEXT_SHA)
                .replace("service.v2", "service.v3"));
        assertThat(moved.breaches()).isEmpty();
        assertThat(moved.detail()).isEqualTo(PIN_PATH + " changed from v0.3.2 (" + PREVIOUS_SHA + ") to v0.4.0 ("
                + NEXT_SHA + ") as approved by approval.json");
        assertThat(moved.inputs()).extracting(io.github.cutoverguard.engine.InputFile::path)
                .containsExactly(PIN_PATH, "approval.json");
    }

    @Test
    void anyOtherChangeInACutoverStillFails() {
        Breach otherRelease = only(checkApproved(PIN.replace("v0.3.2", "v0.4.1").replace(PREVIOUS_SHA, NEXT_SHA)));
        assertThat(otherRelease.ruleId()).isEqualTo("GUARD-PIN-CHANGED");
        assertThat(otherRelease.hint()).endsWith("(not the approved move)");
        Breach alsoTheUrl = only(checkApproved(PIN.replace("v0.3.2", "v0.4.0").replace(PREVIOUS_SHA, NEXT_SHA)
                .replace("http://127.0.0.1:4010", "http://127.0.0.1:9999")));
        assertThat(alsoTheUrl.ruleId()).isEqualTo("GUARD-PIN-CHANGED");
        Breach notJson = only(checkApproved("{ not json"));
        assertThat(notJson.ruleId()).isEqualTo("GUARD-PIN-CHANGED");
    }

    /** Commits {@code PIN_PATH} in {@code repo} as a symbolic link to {@code target}. */
    private static void commitLinkedPin(Path repo, Path target) throws Exception {
        try (Git git = Git.open(repo.toFile())) {
            Path pin = repo.resolve(PIN_PATH);
            Files.delete(pin);
            Files.createSymbolicLink(pin, target);
            git.add().addFilepattern(PIN_PATH).call();
            git.commit().setMessage("pin through a link").setSign(false).setNoVerify(true).call();
        }
    }

    @Test
    void aCommittedSymlinkedPinIsRefusedAsALinkNotComparedAsText() throws Exception {
        Path outside = Fixtures.write(dir, "outside/stock-pin.json", PIN.replace("v0.3.2", "v0.3.3"));
        commitLinkedPin(clone, outside);

        Breach breach = only(check(clone, "HEAD", false));

        assertThat(breach.ruleId()).isEqualTo("FILE-MISSING");
        assertThat(breach.file()).isEqualTo(PIN_PATH);
        assertThat(breach.message()).isEqualTo(PIN_PATH + " is a symbolic link to " + outside
                + "; inputs must be regular files inside the project, and links are never followed");
        assertThat(breach.hint()).isEqualTo("replace the link with the file itself, committed inside the project, or "
                + "point the plugin configuration at such a file");
    }

    @Test
    void aPinThatWasASymbolicLinkAtTheBaseIsRefusedNotComparedWithTheLinksText() throws Exception {
        Path outside = Fixtures.write(dir, "outside/stock-pin.json", PIN);
        commitLinkedPin(clone, outside);
        RevCommit linked;
        try (Git git = Git.open(clone.toFile())) {
            linked = git.log().setMaxCount(1).call().iterator().next();
        }
        Files.delete(clone.resolve(PIN_PATH));
        Fixtures.write(clone, PIN_PATH, PIN);

        Breach breach = only(check(clone, "HEAD", true));

        assertThat(breach.ruleId()).isEqualTo("FILE-MISSING");
        assertThat(breach.severity()).isEqualTo(Severity.ERROR);
        assertThat(breach.message()).isEqualTo(PIN_PATH + " at HEAD (" + linked.name().substring(0, 12) + ") is a symbolic "
                + "link to " + outside + "; inputs must be regular files inside the project, and links are never followed");
    }
}
