package io.github.cutoverguard.engine.pin;

import io.github.cutoverguard.engine.RunContext;
import io.github.cutoverguard.engine.Breach;
import io.github.cutoverguard.engine.CheckResult;
import io.github.cutoverguard.engine.CheckStatus;
import io.github.cutoverguard.engine.GoalResult;
import io.github.cutoverguard.engine.Mode;
import io.github.cutoverguard.engine.input.InputReader;
import io.github.cutoverguard.engine.input.ProjectFiles;
import io.github.cutoverguard.engine.matrix.MatrixChecksTestData;
import io.github.cutoverguard.engine.testing.Docs;
import io.github.cutoverguard.engine.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.github.cutoverguard.engine.testing.Docs.REHEARSAL_BASELINE;
import static org.assertj.core.api.Assertions.assertThat;

class CheckPinTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T06:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path project;

    private void consumer(String side) {
        Fixtures.write(project, "config/integration-pin.json",
                Fixtures.referenceText("consumer-" + side + "/memorykernel-integration-pin.json"));
        Fixtures.write(project, "config/producer-manifest.json",
                Fixtures.referenceText("consumer-" + side + "/memorykernel-producer-manifest.json"));
        Fixtures.write(project, "docs/COMPATIBILITY_MATRIX.md", MatrixChecksTestData.MATRIX);
    }

    private CheckPinRequest request(Mode mode) {
        return new CheckPinRequest(new RunContext(new ProjectFiles(project), mode, REHEARSAL_BASELINE, "service.v3",
                null, CLOCK, null), Path.of("config/integration-pin.json"), Path.of("config/producer-manifest.json"),
                Path.of("docs/COMPATIBILITY_MATRIX.md"), Docs.REFERENCE_CODES, null, null, null);
    }

    private GoalResult run(CheckPinRequest request) {
        return request.run();
    }

    @Test
    void rehearsalReferenceConsumerPassesEveryCheck() {
        consumer("rehearsal");
        GoalResult result = run(request(Mode.REHEARSAL));
        assertThat(result.breaches()).isEmpty();
        assertThat(result.passed()).isTrue();
        assertThat(result.checks()).filteredOn(c -> c.status() == CheckStatus.SKIPPED)
                .extracting(CheckResult::id).containsExactly("git.tag-sha", "manifest.source", "cutover.rollback-ready");
        assertThat(result.inputs()).extracting(i -> i.path()).containsExactly(
                "config/integration-pin.json", "config/producer-manifest.json", "docs/COMPATIBILITY_MATRIX.md");
        assertThat(result.inputs().get(1).sha256())
                .isEqualTo("67408e0bcf7d9e88c27c9e54c996c32d23aa915eb572ede46dd5ee6e3728c6f6");
    }

    @Test
    void postCutoverPinFailsWithEveryPinBreachInOneRun() {
        consumer("post-cutover");
        GoalResult result = run(request(Mode.REHEARSAL));
        assertThat(result.failedRuleIds()).contains(
                "PIN-RELEASE-TAG", "PIN-COMMIT-SHA", "PIN-SERVICE-CONTRACT", "PIN-TARGET-CONTRACT");
        assertThat(result.errors()).filteredOn(b -> b.ruleId().startsWith("PIN-"))
                .allSatisfy(b -> assertThat(b.file()).isEqualTo("config/integration-pin.json"));
        assertThat(result.failedRuleIds()).doesNotContain("MANIFEST-HASH", "MANIFEST-ALIGNMENT", "JSON-SCHEMA");
    }

    @Test
    void cutoverModeDoesNotBanTheTargetContract() {
        consumer("post-cutover");
        GoalResult result = run(request(Mode.CUTOVER));
        assertThat(result.failedRuleIds()).doesNotContain("PIN-TARGET-CONTRACT");
        assertThat(result.checks()).filteredOn(c -> c.id().equals("pin.target-contract"))
                .extracting(CheckResult::status).containsExactly(CheckStatus.SKIPPED);
    }

    @Test
    void pinWithTheSameKeyTwiceFailsWithJsonParseEvenWhenTheLastValueIsRight() {
        consumer("rehearsal");
        String pin = Fixtures.referenceText(Docs.REHEARSAL_PIN)
                .replace("  \"release_tag\": \"v0.3.2\",", "  \"release_tag\": \"v0.3.9\",\n  \"release_tag\": \"v0.3.2\",");
        Fixtures.write(project, "config/integration-pin.json", pin);
        GoalResult result = run(request(Mode.REHEARSAL));
        assertThat(result.errors()).extracting(Breach::ruleId).contains("JSON-PARSE");
        Breach parse = result.errors().stream().filter(b -> b.ruleId().equals("JSON-PARSE")).findFirst().orElseThrow();
        assertThat(parse.file()).isEqualTo("config/integration-pin.json");
        assertThat(parse.location().line()).isEqualTo(4);
        assertThat(parse.message()).contains("release_tag");
    }

    @Test
    void missingPinIsFileMissingAndDependentChecksAreSkipped() {
        GoalResult result = run(request(Mode.REHEARSAL));
        assertThat(result.errors()).extracting(Breach::ruleId).containsExactly("FILE-MISSING", "FILE-MISSING", "FILE-MISSING");
        assertThat(result.checks()).filteredOn(c -> c.id().equals("pin.baseline"))
                .extracting(CheckResult::status).containsExactly(CheckStatus.SKIPPED);
    }

    @Test
    void unconfiguredOptionalInputsAreSkippedNotFailed() {
        consumer("rehearsal");
        CheckPinRequest onlyPin = new CheckPinRequest(new RunContext(new ProjectFiles(project), Mode.REHEARSAL,
                REHEARSAL_BASELINE, null, null, CLOCK, null), Path.of("config/integration-pin.json"), null, null, List.of(),
                null, null, null);
        GoalResult result = run(onlyPin);
        assertThat(result.passed()).isTrue();
        assertThat(result.checks()).filteredOn(c -> c.status() == CheckStatus.PASS).extracting(CheckResult::id)
                .containsExactly("pin.read", "pin.schema", "pin.format", "pin.baseline");
    }

    @Test
    void manifestChangedAfterPinningFailsWithManifestHash() {
        consumer("rehearsal");
        Fixtures.write(project, "config/producer-manifest.json", Fixtures.referenceText(Docs.REHEARSAL_MANIFEST) + "\n");
        assertThat(run(request(Mode.REHEARSAL)).failedRuleIds()).containsExactly("MANIFEST-HASH");
    }

    @Test
    void noInputIsModified() throws Exception {
        consumer("post-cutover");
        Map<Path, String> before = snapshot();
        FileTime pinTime = Files.getLastModifiedTime(project.resolve("config/integration-pin.json"));
        run(request(Mode.REHEARSAL));
        assertThat(snapshot()).isEqualTo(before);
        assertThat(Files.getLastModifiedTime(project.resolve("config/integration-pin.json"))).isEqualTo(pinTime);
    }

    private Map<Path, String> snapshot() throws Exception {
        Map<Path, String> hashes = new HashMap<>();
        try (var files = Files.walk(project)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                hashes.put(file, InputReader.sha256Hex(Files.readAllBytes(file)));
            }
        }
        return hashes;
    }

    @Test
    void aPinMirrorOrMatrixThatIsASymbolicLinkIsRefusedNotFollowed() throws Exception {
        consumer("rehearsal");
        for (String input : List.of("config/integration-pin.json", "config/producer-manifest.json",
                "docs/COMPATIBILITY_MATRIX.md")) {
            Path file = project.resolve(input);
            Path shared = Files.move(file, project.resolve("shared-" + file.getFileName()));
            Files.createSymbolicLink(file, shared);

            GoalResult result = run(request(Mode.REHEARSAL));

            assertThat(result.errors()).as(input).filteredOn(b -> b.file().equals(input)).singleElement().satisfies(b -> {
                assertThat(b.ruleId()).isEqualTo("FILE-MISSING");
                assertThat(b.message()).isEqualTo(input + " is a symbolic link to " + shared
                        + "; inputs must be regular files inside the project, and links are never followed");
            });
            assertThat(result.inputs()).as(input).extracting(i -> i.path()).doesNotContain(input);
            Files.delete(file);
            Files.move(shared, file);
        }
    }
}
