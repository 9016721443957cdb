package io.github.cutoverguard.engine.parity;

import io.github.cutoverguard.engine.RunContext;
import io.github.cutoverguard.engine.input.GlobSelection;
import io.github.cutoverguard.engine.Breach;
import io.github.cutoverguard.engine.CheckResult;
import io.github.cutoverguard.engine.CheckStatus;
import io.github.cutoverguard.engine.GoalResult;
import io.github.cutoverguard.engine.InputFile;
import io.github.cutoverguard.engine.Mode;
import io.github.cutoverguard.engine.Severity;
import io.github.cutoverguard.engine.input.InputReader;
import io.github.cutoverguard.engine.input.ProjectFiles;
import io.github.cutoverguard.engine.testing.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.github.cutoverguard.engine.parity.ParityFixtures.PACK_FILES;
import static io.github.cutoverguard.engine.parity.ParityFixtures.append;
import static io.github.cutoverguard.engine.parity.ParityFixtures.copyPack;
import static io.github.cutoverguard.engine.parity.ParityFixtures.sha256;
import static org.assertj.core.api.Assertions.assertThat;

class VerifyParityTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T06:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path project;
    private Path canonical;
    private Path mirrorA;
    private Path mirrorB;

    @BeforeEach
    void producerProject() {
        canonical = copyPack(project.resolve("contracts"));
        mirrorA = copyPack(project.resolve("mirrors/a"));
        mirrorB = copyPack(project.resolve("mirrors/b"));
    }

    private VerifyParityRequest request(List<String> includes, List<String> excludes, boolean allowMissing,
                                        int parallelism, String... mirrors) {
        return new VerifyParityRequest(new RunContext(new ProjectFiles(project), Mode.REHEARSAL, null, null, null,
                CLOCK, null), Path.of("contracts"), java.util.Arrays.stream(mirrors).map(Path::of).toList(),
                VerifyParityRequest.selection(includes, excludes), allowMissing, parallelism);
    }

    private GoalResult run(VerifyParityRequest request) {
        return request.run();
    }

    private GoalResult runBoth() {
        return run(request(null, null, false, 2, "mirrors/a", "mirrors/b"));
    }

    @Test
    void identicalCopiesOfTheReferencePackPass() {
        GoalResult result = runBoth();
        assertThat(result.breaches()).isEmpty();
        assertThat(result.passed()).isTrue();
        assertThat(result.goal()).isEqualTo("verify-parity");
        assertThat(result.checks()).extracting(CheckResult::id, CheckResult::status).containsExactly(
                org.assertj.core.groups.Tuple.tuple("parity.canonical", CheckStatus.PASS),
                org.assertj.core.groups.Tuple.tuple("parity.mirrors/a", CheckStatus.PASS),
                org.assertj.core.groups.Tuple.tuple("parity.mirrors/b", CheckStatus.PASS));
        assertThat(result.checks().get(1).detail()).isEqualTo("10 files of mirrors/a compared with contracts");
    }

    @Test
    void evidenceRecordsEachRootWithTheDigestOfItsSortedListing() throws Exception {
        GoalResult result = runBoth();
        assertThat(result.inputs()).extracting(InputFile::path).containsExactly("contracts", "mirrors/a", "mirrors/b");
        StringBuilder listing = new StringBuilder();
        for (String file : PACK_FILES) {
            listing.append(file).append('\0').append(sha256(canonical.resolve(file))).append('\n');
        }
        String expected = InputReader.sha256Hex(listing.toString().getBytes(StandardCharsets.UTF_8));
        assertThat(result.inputs()).extracting(InputFile::sha256).containsOnly(expected);

        append(mirrorB.resolve("service-slo-policy.json"), " ");
        assertThat(runBoth().inputs().get(2).sha256()).isNotEqualTo(expected);
    }

    @Test
    void missingExtraAndChangedFilesAreThreeBreachesInOneRun() throws Exception {
        Files.delete(mirrorA.resolve("fixtures/proposed-memory-write.sample.json"));
        Fixtures.write(mirrorA, "schemas/extra.schema.json", "{}\n");
        append(mirrorA.resolve("producer-contract-manifest.json"), "\n");
        String canonicalManifest = sha256(canonical.resolve("producer-contract-manifest.json"));
        String mirrorManifest = sha256(mirrorA.resolve("producer-contract-manifest.json"));

        GoalResult result = runBoth();

        assertThat(result.errors()).extracting(Breach::ruleId)
                .containsExactly("PARITY-MISSING", "PARITY-DIFFERENT", "PARITY-EXTRA");
        assertThat(result.errors()).extracting(Breach::file).containsExactly(
                "mirrors/a/fixtures/proposed-memory-write.sample.json",
                "mirrors/a/producer-contract-manifest.json",
                "mirrors/a/schemas/extra.schema.json");
        Breach missing = result.errors().get(0);
        assertThat(missing.message()).contains("contracts/fixtures/proposed-memory-write.sample.json");
        assertThat(missing.expected()).isEqualTo(sha256(canonical.resolve("fixtures/proposed-memory-write.sample.json")));
        Breach different = result.errors().get(1);
        assertThat(different.expected()).isEqualTo(canonicalManifest);
        assertThat(different.actual()).isEqualTo(mirrorManifest);
        assertThat(different.message()).isEqualTo("sha256 of mirrors/a/producer-contract-manifest.json is "
                + mirrorManifest + ", canonical contracts/producer-contract-manifest.json is " + canonicalManifest);
        Breach extra = result.errors().get(2);
        assertThat(extra.message()).contains("contracts/schemas/extra.schema.json");
        assertThat(extra.actual()).isEqualTo(InputReader.sha256Hex("{}\n".getBytes(StandardCharsets.UTF_8)));
        assertThat(result.checks()).filteredOn(c -> c.status() == CheckStatus.FAIL)
                .extracting(CheckResult::id).containsExactly("parity.mirrors/a");
        assertThat(result.failedRuleIds()).containsExactly("PARITY-MISSING", "PARITY-DIFFERENT", "PARITY-EXTRA");
    }

    @Test
    void aDriftedTextFileCarriesItsDiffAndALineEndingOnlyDriftIsNamed() throws Exception {
        String manifest = Files.readString(canonical.resolve("producer-contract-manifest.json"));
        Fixtures.write(mirrorA, "producer-contract-manifest.json", manifest.replace("\"internal_error\"", "\"server_error\""));
        Fixtures.write(mirrorB, "producer-contract-manifest.json", manifest.replace("\n", "\r\n"));
        byte[] big = new byte[(int) FilesIdenticalInMirror.DIFF_LIMIT + 1];
        java.util.Arrays.fill(big, (byte) 'a');
        Fixtures.write(canonical, "fixtures/big.json", big);
        big[0] = 'b';
        Fixtures.write(mirrorA, "fixtures/big.json", big);
        Fixtures.write(mirrorB, "fixtures/big.json", big);

        List<Breach> errors = runBoth().errors();

        Breach diff = errors.stream().filter(b -> b.file().equals("mirrors/a/producer-contract-manifest.json")).findFirst()
                .orElseThrow();
        assertThat(diff.details()).startsWith("--- contracts/producer-contract-manifest.json\n"
                + "+++ mirrors/a/producer-contract-manifest.json\n").contains("-    \"internal_error\"", "+    \"server_error\"");
        assertThat(diff.location().line()).isPositive();
        Breach crlf = errors.stream().filter(b -> b.file().equals("mirrors/b/producer-contract-manifest.json")).findFirst()
                .orElseThrow();
        assertThat(crlf.details()).isNull();
        assertThat(crlf.hint()).startsWith("only the line endings differ");
        assertThat(errors).filteredOn(b -> b.file().endsWith("fixtures/big.json")).hasSize(2)
                .allSatisfy(b -> assertThat(b.details()).isNull());
    }

    @Test
    void breachesOfEveryMirrorAreReported() throws Exception {
        Files.delete(mirrorA.resolve("service-slo-policy.json"));
        Files.delete(mirrorB.resolve("service-slo-policy.json"));
        append(mirrorB.resolve("schemas/error-envelope.schema.json"), " ");
        GoalResult result = runBoth();
        assertThat(result.errors()).extracting(Breach::ruleId, Breach::file).containsExactly(
                org.assertj.core.groups.Tuple.tuple("PARITY-MISSING", "mirrors/a/service-slo-policy.json"),
                org.assertj.core.groups.Tuple.tuple("PARITY-DIFFERENT", "mirrors/b/schemas/error-envelope.schema.json"),
                org.assertj.core.groups.Tuple.tuple("PARITY-MISSING", "mirrors/b/service-slo-policy.json"));
    }

    @Test
    void defaultIncludesCompareJsonAtEveryDepthAndIgnoreOtherFiles() {
        Fixtures.write(mirrorA, "README.md", "not part of the pack\n");
        Fixtures.write(mirrorA, "notes.json", "{}\n");
        Fixtures.write(mirrorA, "deep/er/still.json", "{}\n");
        GoalResult result = runBoth();
        assertThat(result.errors()).extracting(Breach::file)
                .containsExactly("mirrors/a/deep/er/still.json", "mirrors/a/notes.json");
    }

    @Test
    void includesNarrowAndExcludesDropFilesOnEverySide() {
        append(mirrorA.resolve("fixtures/trust-gate-attachment.sample.json"), " ");
        append(mirrorA.resolve("service-slo-policy.json"), " ");
        Fixtures.write(mirrorA, "drafts/next.schema.json", "{}\n");

        assertThat(run(request(List.of("schemas/**"), null, false, 1, "mirrors/a")).breaches()).isEmpty();
        assertThat(run(request(null, List.of("fixtures/", "drafts/**", "service-*.json"), false, 1, "mirrors/a"))
                .breaches()).isEmpty();
        assertThat(run(request(List.of("**/*.sample.json"), null, false, 1, "mirrors/a")).errors())
                .extracting(Breach::file).containsExactly("mirrors/a/fixtures/trust-gate-attachment.sample.json");
        assertThat(run(request(List.of("*.json"), null, false, 1, "mirrors/a")).errors())
                .extracting(Breach::file).containsExactly("mirrors/a/service-slo-policy.json");
    }

    @Test
    void symlinkLeavingTheMirrorIsNotFollowedAndReported() throws Exception {
        // the link's target has exactly the canonical bytes: only not following it can make this a breach
        Path envelope = mirrorA.resolve("schemas/error-envelope.schema.json");
        Files.delete(envelope);
        Files.createSymbolicLink(envelope, Path.of("../../../contracts/schemas/error-envelope.schema.json"));
        Files.createSymbolicLink(mirrorA.resolve("hosts.json"), Path.of("/etc/hosts"));
        Files.createSymbolicLink(mirrorA.resolve("shared"), Path.of("../../contracts/fixtures"));

        GoalResult result = run(request(null, null, false, 1, "mirrors/a"));

        assertThat(result.errors()).extracting(Breach::ruleId, Breach::file).containsExactly(
                org.assertj.core.groups.Tuple.tuple("PARITY-EXTRA", "mirrors/a/hosts.json"),
                org.assertj.core.groups.Tuple.tuple("PARITY-DIFFERENT", "mirrors/a/schemas/error-envelope.schema.json"),
                org.assertj.core.groups.Tuple.tuple("PARITY-EXTRA", "mirrors/a/shared"));
        assertThat(result.errors().get(0).message()).isEqualTo("mirrors/a/hosts.json is a symbolic link to /etc/hosts; "
                + "inputs must be regular files inside the project, and links are never followed; there is no "
                + "contracts/hosts.json in the canonical pack");
        assertThat(result.errors().get(1).message())
                .contains("symbolic link to ../../../contracts/schemas/error-envelope.schema.json", "never followed");
        assertThat(result.errors().get(1).expected()).isEqualTo(sha256(canonical.resolve("schemas/error-envelope.schema.json")));
        assertThat(result.errors().get(2).message()).contains("symbolic link to ../../contracts/fixtures");
    }

    @Test
    void linksInsideTheCanonicalPackAreRefusedNotFollowed() throws Exception {
        Files.createSymbolicLink(canonical.resolve("manifest-alias.json"), Path.of("producer-contract-manifest.json"));
        Files.copy(canonical.resolve("producer-contract-manifest.json"), mirrorA.resolve("manifest-alias.json"));
        Files.createSymbolicLink(canonical.resolve("examples"), Path.of("fixtures"));

        GoalResult result = run(request(null, null, false, 1, "mirrors/a"));

        assertThat(result.errors()).extracting(Breach::ruleId, Breach::file).containsExactly(
                org.assertj.core.groups.Tuple.tuple("FILE-MISSING", "contracts/examples"),
                org.assertj.core.groups.Tuple.tuple("FILE-MISSING", "contracts/manifest-alias.json"));
        assertThat(result.errors().get(1).message()).isEqualTo("canonical contracts/manifest-alias.json is a symbolic "
                + "link to producer-contract-manifest.json; inputs must be regular files inside the project, and links "
                + "are never followed");
        assertThat(result.checks().get(0).status()).isEqualTo(CheckStatus.FAIL);
    }

    /** Issue #26 defect 15: the default include selects a canonical file whatever the case of its extension. */
    @Test
    void aCanonicalFileWithAnUpperCaseExtensionIsMissingFromTheMirror() {
        Fixtures.write(canonical, "stock-extra-policy.JSON", "{\"reorder_level\": 12}\n");
        GoalResult result = run(request(null, null, false, 1, "mirrors/a"));
        assertThat(result.errors()).singleElement().satisfies(b -> {
            assertThat(b.ruleId()).isEqualTo("PARITY-MISSING");
            assertThat(b.file()).isEqualTo("mirrors/a/stock-extra-policy.JSON");
        });
    }

    /** Issue #26 defect 16: a mirror that is the canonical directory itself, by any path, proves nothing. */
    @Test
    void aMirrorThatIsTheCanonicalDirectoryIsRefused() {
        for (String mirror : List.of("contracts", "contracts/../contracts", "./contracts/", "mirrors/../contracts")) {
            GoalResult result = run(request(null, null, false, 1, mirror));
            assertThat(result.errors()).as(mirror).singleElement().satisfies(b -> {
                assertThat(b.ruleId()).isEqualTo("FILE-MISSING");
                assertThat(b.file()).isEqualTo("contracts");
                assertThat(b.message()).isEqualTo("mirror contracts is the canonical directory contracts itself: a "
                        + "directory compared with itself proves nothing");
                assertThat(b.hint()).isEqualTo("point the <mirror> at the copy of the pack, not at the canonical directory");
            });
            assertThat(result.passed()).isFalse();
        }
    }

    @Test
    void aMirrorConfiguredThroughASymlinkIsRefused() throws Exception {
        Files.createSymbolicLink(project.resolve("mirror-link"), Path.of("mirrors/b"));
        GoalResult result = run(request(null, null, false, 1, "mirror-link"));
        assertThat(result.errors()).singleElement().satisfies(b -> {
            assertThat(b.ruleId()).isEqualTo("FILE-MISSING");
            assertThat(b.file()).isEqualTo("mirror-link");
            assertThat(b.message()).isEqualTo("mirror mirror-link is a symbolic link to mirrors/b; inputs must be regular "
                    + "files inside the project, and links are never followed");
        });
    }

    @Test
    void aCanonicalDirectoryReachedThroughASymlinkIsRefused() throws Exception {
        Files.createSymbolicLink(project.resolve("pack-link"), Path.of("contracts"));
        GoalResult result = run(new VerifyParityRequest(new RunContext(new ProjectFiles(project), null, null, null, null,
                CLOCK, null), Path.of("pack-link/schemas"), List.of(Path.of("mirrors/a")), null, false, 1));
        assertThat(result.errors()).singleElement().satisfies(b -> {
            assertThat(b.ruleId()).isEqualTo("FILE-MISSING");
            assertThat(b.message()).isEqualTo("canonical directory pack-link/schemas is reached through pack-link, which is "
                    + "a symbolic link to contracts; inputs must be regular files inside the project, and links are never "
                    + "followed");
        });
    }

    @Test
    void linkInTheCanonicalPackLeavingItIsFileMissing() throws Exception {
        Files.createSymbolicLink(canonical.resolve("outside.json"), project.resolve("mirrors/a/service-slo-policy.json"));
        GoalResult result = run(request(null, null, false, 1, "mirrors/a"));
        Breach breach = result.errors().get(0);
        assertThat(breach.ruleId()).isEqualTo("FILE-MISSING");
        assertThat(breach.file()).isEqualTo("contracts/outside.json");
        assertThat(breach.message()).contains("symbolic link to " + project.resolve("mirrors/a/service-slo-policy.json"));
        assertThat(result.checks().get(0).status()).isEqualTo(CheckStatus.FAIL);
        assertThat(result.errors()).extracting(Breach::ruleId).containsExactly("FILE-MISSING");
    }

    @Test
    @Timeout(20)
    void symlinkLoopsAreReportedWithoutBeingWalked() throws Exception {
        Files.createSymbolicLink(mirrorA.resolve("schemas/up"), Path.of(".."));
        Files.createDirectories(mirrorA.resolve("x"));
        Files.createDirectories(mirrorA.resolve("y"));
        Files.createSymbolicLink(mirrorA.resolve("x/to-y"), Path.of("../y"));
        Files.createSymbolicLink(mirrorA.resolve("y/to-x"), Path.of("../x"));
        Files.createSymbolicLink(mirrorA.resolve("self.json"), Path.of("self.json"));

        GoalResult result = run(request(null, null, false, 2, "mirrors/a"));

        assertThat(result.errors()).allSatisfy(b -> assertThat(b.ruleId()).isEqualTo("PARITY-EXTRA"));
        assertThat(result.errors()).extracting(Breach::file).containsExactly("mirrors/a/schemas/up",
                "mirrors/a/self.json", "mirrors/a/x/to-y", "mirrors/a/y/to-x");
    }

    @Test
    @Timeout(20)
    void fifoInAMirrorIsNeverOpened() throws Exception {
        Path fifo = mirrorA.resolve("pipe.json");
        boolean made;
        try {
            made = new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0;
        } catch (java.io.IOException e) {
            made = false;
        }
        assertThat(made).as("mkfifo (coreutils) creates the FIFO").isTrue();
        GoalResult result = run(request(null, null, false, 2, "mirrors/a"));
        assertThat(result.errors()).singleElement().satisfies(b -> {
            assertThat(b.ruleId()).isEqualTo("PARITY-EXTRA");
            assertThat(b.message()).contains("mirrors/a/pipe.json is not a regular file");
        });
    }

    @Test
    void missingMirrorIsAnError() throws Exception {
        GoalResult result = run(request(null, null, false, 1, "mirrors/a", "mirrors/gone"));
        assertThat(result.errors()).singleElement().satisfies(b -> {
            assertThat(b.ruleId()).isEqualTo("FILE-MISSING");
            assertThat(b.file()).isEqualTo("mirrors/gone");
            assertThat(b.message()).isEqualTo("mirror mirrors/gone does not exist");
        });
        assertThat(result.inputs()).extracting(InputFile::path).containsExactly("contracts", "mirrors/a");
    }

    @Test
    void missingMirrorIsAWarningWhenAllowed() {
        GoalResult result = run(request(null, null, true, 1, "mirrors/a", "mirrors/gone"));
        assertThat(result.passed()).isTrue();
        assertThat(result.breaches()).singleElement().satisfies(b -> {
            assertThat(b.ruleId()).isEqualTo("FILE-MISSING");
            assertThat(b.severity()).isEqualTo(Severity.WARNING);
            assertThat(b.message()).contains("mirrors/gone does not exist", "allowMissingMirrors");
        });
    }

    @Test
    void mirrorThatIsAFileIsAnErrorEvenWhenMissingMirrorsAreAllowed() {
        Fixtures.write(project, "mirrors/file", "x");
        GoalResult result = run(request(null, null, true, 1, "mirrors/file"));
        assertThat(result.errors()).extracting(Breach::ruleId, Breach::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple("FILE-MISSING", "mirror mirrors/file is not a directory"));
    }

    @Test
    void missingCanonicalDirectoryIsFileMissingAndMirrorsAreSkipped() {
        VerifyParityRequest request = new VerifyParityRequest(new RunContext(new ProjectFiles(project), null, null,
                null, null, CLOCK, null), Path.of("nowhere"), List.of(Path.of("mirrors/a")), null, false, 1);
        GoalResult result = run(request);
        assertThat(result.errors()).singleElement().satisfies(b -> {
            assertThat(b.ruleId()).isEqualTo("FILE-MISSING");
            assertThat(b.file()).isEqualTo("nowhere");
            assertThat(b.message()).isEqualTo("canonical directory nowhere does not exist");
        });
        assertThat(result.checks()).extracting(CheckResult::id, CheckResult::status).containsExactly(
                org.assertj.core.groups.Tuple.tuple("parity.canonical", CheckStatus.FAIL),
                org.assertj.core.groups.Tuple.tuple("parity.mirrors/a", CheckStatus.SKIPPED));
        assertThat(result.inputs()).isEmpty();
    }

    @Test
    void canonicalDirectoryThatIsAFileIsFileMissing() {
        VerifyParityRequest request = new VerifyParityRequest(new RunContext(new ProjectFiles(project), null, null,
                null, null, CLOCK, null), Path.of("contracts/service-slo-policy.json"), List.of(Path.of("mirrors/a")), null,
                false, 1);
        assertThat(run(request).errors()).extracting(Breach::message)
                .containsExactly("canonical directory contracts/service-slo-policy.json is not a directory");
    }

    @Test
    void resultsAreIdenticalForParallelismOneAndFour() throws Exception {
        for (int i = 0; i < 150; i++) {
            String name = "bulk/" + (i % 7) + "/file-" + i + ".json";
            Fixtures.write(canonical, name, "{\"n\": " + i + "}\n");
            if (i % 10 != 3) {
                Fixtures.write(mirrorA, name, "{\"n\": " + (i % 25 == 0 ? i + 1000 : i) + "}\n");
            }
            if (i % 40 == 0) {
                Fixtures.write(mirrorB, "bulk/extra-" + i + ".json", "{}\n");
            }
        }
        Fixtures.write(mirrorB, "bulk/big.json", new byte[3 * StreamingHasher.BUFFER_SIZE + 17]);
        GoalResult one = run(request(null, null, false, 1, "mirrors/a", "mirrors/b"));
        GoalResult four = run(request(null, null, false, 4, "mirrors/a", "mirrors/b"));
        assertThat(four).isEqualTo(one);
        assertThat(one.errors().size()).isEqualTo(15 + 6 + 150 + 4 + 1);
        assertThat(one.errors()).extracting(Breach::ruleId).contains("PARITY-MISSING", "PARITY-DIFFERENT", "PARITY-EXTRA");
    }

    @Test
    void noInputIsModified() throws Exception {
        Files.delete(mirrorA.resolve("service-slo-policy.json"));
        append(mirrorB.resolve("producer-contract-manifest.json"), " ");
        Map<Path, String> before = snapshot();
        FileTime time = Files.getLastModifiedTime(mirrorB.resolve("producer-contract-manifest.json"));
        runBoth();
        assertThat(snapshot()).isEqualTo(before);
        assertThat(Files.getLastModifiedTime(mirrorB.resolve("producer-contract-manifest.json"))).isEqualTo(time);
    }

    private Map<Path, String> snapshot() throws Exception {
        Map<Path, String> hashes = new HashMap<>();
        try (var files = Files.walk(project)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                hashes.put(file, sha256(file));
            }
        }
        return hashes;
    }
}
