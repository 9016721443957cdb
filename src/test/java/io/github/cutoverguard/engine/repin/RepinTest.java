package io.github.cutoverguard.engine.repin;

import io.github.cutoverguard.engine.Baseline;
import io.github.cutoverguard.engine.CheckResult;
import io.github.cutoverguard.engine.CheckStatus;
import io.github.cutoverguard.engine.GoalResult;
import io.github.cutoverguard.engine.InputFile;
import io.github.cutoverguard.engine.Mode;
import io.github.cutoverguard.engine.RunContext;
import io.github.cutoverguard.engine.input.InputReader;
import io.github.cutoverguard.engine.input.ProjectFiles;
import io.github.cutoverguard.engine.pin.CheckPinRequest;
import io.github.cutoverguard.engine.testing.Docs;
import io.github.cutoverguard.engine.testing.Fixtures;
import io.github.cutoverguard.engine.testing.ProducerReleases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@code repin} on a producer repository made in the test, releasing v0.3.2 and v0.4.0 the way the reference producer
 * does, with the reference manifests' content (only {@code commit_sha} names the test repository's code commit).
 */
class RepinTest {

    private static final String REFERENCE_V032_SHA = "cf331449e1589581a5dcbb3adecd3e9ae4509277";
    private static final String REFERENCE_V040_SHA = "7e4806a34b98e6c06ee33fa9f11499a975e7b922";
    private static final String REFERENCE_V032_HASH = "67408e0bcf7d9e88c27c9e54c996c32d23aa915eb572ede46dd5ee6e3728c6f6";
    private static final String REFERENCE_V040_HASH = "79970ec83f37fe0a272cbb62e998ab35628125dbaedaa50c2b9d370d3c53d772";
    private static final String MANIFEST_PATH = "contracts/producer-contract-manifest.json";
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-02-22T10:00:00Z"), ZoneOffset.UTC);
    private static final LocalDate DAY = LocalDate.of(2026, 2, 22);
    private static final Path PIN = Path.of("config/integration-pin.json");
    private static final Path MIRROR = Path.of("config/producer-manifest.json");
    private static final Path MATRIX = Path.of("docs/COMPATIBILITY_MATRIX.md");
    private static final Path APPROVAL = Path.of("cutover-approval.json");

    @TempDir
    Path root;
    private Path consumer;
    private ProducerReleases producer;
    private ProducerReleases.Release v032;
    private ProducerReleases.Release v040;

    @BeforeEach
    void releases() throws Exception {
        producer = new ProducerReleases(root.resolve("producer"));
        producer.origin("https://git.example.org/memorykernel.git");
        v032 = producer.release("v0.3.2", "v2 service\n", MANIFEST_PATH,
                Fixtures.referenceText(Docs.REHEARSAL_MANIFEST).replace(REFERENCE_V032_SHA, "@@CODE_SHA@@"));
        v040 = producer.release("v0.4.0", "v3 service\n", MANIFEST_PATH,
                Fixtures.referenceText(Docs.POST_CUTOVER_MANIFEST).replace(REFERENCE_V040_SHA, "@@CODE_SHA@@"));
        consumer = Files.createDirectories(root.resolve("consumer"));
    }

    @AfterEach
    void close() {
        producer.close();
    }

    /** The consumer pinned to the test's v0.3.2, as the reference consumer was during the rehearsal. */
    private void rehearsalFiles() {
        Fixtures.write(consumer, PIN.toString(), Fixtures.referenceText(Docs.REHEARSAL_PIN)
                .replace(REFERENCE_V032_SHA, v032.code()).replace(REFERENCE_V032_HASH, InputReader.sha256Hex(v032.manifest())));
        Fixtures.write(consumer, MIRROR.toString(), v032.manifest());
        Fixtures.write(consumer, MATRIX.toString(), "# MemoryKernel compatibility matrix\n\nUpdated: 2026-02-01\n\n"
                + "## Active runtime baseline\n\n- MemoryKernel release tag: `v0.3.2`\n- MemoryKernel commit SHA: `"
                + v032.code() + "`\n- Service contract: `service.v2` (rehearsing `service.v3`)\n- API contract: `api.v1`\n"
                + "- Integration baseline: `integration/v1`\n\n## Approved Version Pairs\n\n"
                + "| Approved on | Release tag | Commit SHA | Service contract | API contract | Integration baseline | Status |\n"
                + "|---|---|---|---|---|---|---|\n"
                + "| 2026-01-10 | v0.3.1 | " + "1".repeat(40) + " | service.v2 | api.v1 | integration/v1 | Superseded |\n"
                + "| 2026-02-01 | v0.3.2 | " + v032.code() + " | service.v2 | api.v1 | integration/v1 | Approved |\n\n"
                + "Notes stay as written.\n");
    }

    private Baseline v040Baseline() {
        return new Baseline("v0.4.0", v040.code(), "service.v3", "api.v1", "integration/v1");
    }

    private void approval(String previousTag, String previousSha) {
        Fixtures.write(consumer, APPROVAL.toString(), """
                {"schema_version": "cutover-approval.v1",
                 "baseline": {"release_tag": "v0.4.0", "commit_sha": "%s", "service_contract": "service.v3",
                              "api_contract": "api.v1", "integration_baseline": "integration/v1"},
                 "previous_baseline": {"release_tag": "%s", "commit_sha": "%s"},
                 "approvals": {"producer": {"approved_by": "producer@example.org", "approved_at_utc": "2026-02-22T09:00:00Z"},
                               "consumer": {"approved_by": "consumer@example.org", "approved_at_utc": "2026-02-22T09:30:00Z"}},
                 "gates": [{"id": "overlap-window-complete", "status": "passed", "evidence": "verdicts all GO"}]}
                """.formatted(v040.code(), previousTag, previousSha));
    }

    private RepinRequest request(Mode mode, Baseline baseline, Path approval, RepinRequest.NewPin newPin, boolean dryRun) {
        return new RepinRequest(new RunContext(new ProjectFiles(consumer), mode, baseline, null, null, CLOCK, null), PIN, MIRROR,
                MATRIX, producer.dir(), null, approval, newPin, DAY, dryRun);
    }

    private byte[] bytes(Path file) throws Exception {
        return Files.readAllBytes(consumer.resolve(file));
    }

    private static Map<String, CheckStatus> statuses(GoalResult result) {
        return result.checks().stream().collect(java.util.stream.Collectors.toMap(CheckResult::id, CheckResult::status,
                (a, b) -> a, java.util.LinkedHashMap::new));
    }

    @Test
    void replaysTheReferenceTransitionFromV032ToV040() throws Exception {
        rehearsalFiles();
        approval("v0.3.2", v032.code());

        Repin.Repinned repinned = Repin.run(request(Mode.CUTOVER, v040Baseline(), APPROVAL, null, false));

        assertThat(repinned.result().passed()).isTrue();
        assertThat(repinned.written()).isTrue();
        assertThat(statuses(repinned.result())).containsEntry("git.tag-sha", CheckStatus.PASS)
                .containsEntry("manifest.source", CheckStatus.PASS).containsEntry("manifest.alignment", CheckStatus.PASS)
                .containsEntry("pin.move", CheckStatus.PASS).containsEntry("repin.write", CheckStatus.PASS);
        String expectedPin = Fixtures.referenceText(Docs.POST_CUTOVER_PIN)
                .replace("\"commit_sha\": \"" + REFERENCE_V040_SHA + "\",\n", "\"commit_sha\": \"" + REFERENCE_V040_SHA
                        + "\",\n  \"release_tag_commit_sha\": \"" + v040.tagged() + "\",\n")
                .replace(REFERENCE_V040_SHA, v040.code())
                .replace(REFERENCE_V040_HASH, InputReader.sha256Hex(v040.manifest()));
        assertThat(new String(bytes(PIN), StandardCharsets.UTF_8)).isEqualTo(expectedPin);
        assertThat(bytes(MIRROR)).isEqualTo(v040.manifest());
        String matrix = new String(bytes(MATRIX), StandardCharsets.UTF_8);
        assertThat(matrix).contains("Updated: 2026-02-22\n", "- MemoryKernel release tag: `v0.4.0`\n",
                "- MemoryKernel commit SHA: `" + v040.code() + "`\n",
                "- Service contract: `service.v3` (rehearsing `service.v3`)\n",
                "| 2026-02-01 | v0.3.2 | " + v032.code() + " | service.v2 | api.v1 | integration/v1 | Superseded |\n"
                        + "| 2026-02-22 | v0.4.0 | " + v040.code() + " | service.v3 | api.v1 | integration/v1 | Approved |\n\n"
                        + "Notes stay as written.\n",
                "| v0.3.1 | " + "1".repeat(40) + " | service.v2 | api.v1 | integration/v1 | Superseded |");
        assertThat(repinned.changes()).extracting(Repin.FileChange::display)
                .containsExactly("config/integration-pin.json", "config/producer-manifest.json", "docs/COMPATIBILITY_MATRIX.md");
        assertThat(repinned.changes().get(0).diff()).contains("-  \"release_tag\": \"v0.3.2\",", "+  \"release_tag\": \"v0.4.0\",");

        GoalResult checked = new CheckPinRequest(new RunContext(new ProjectFiles(consumer), Mode.CUTOVER, v040Baseline(),
                null, null, CLOCK, null), PIN, MIRROR, MATRIX, List.of(), producer.dir(), null, null).run();
        assertThat(checked.breaches()).isEmpty();
        assertThat(statuses(checked)).containsEntry("manifest.source", CheckStatus.PASS)
                .containsEntry("git.tag-sha", CheckStatus.PASS).containsEntry("matrix.approved-row", CheckStatus.PASS);

        Repin.Repinned again = Repin.run(request(Mode.CUTOVER, v040Baseline(), APPROVAL, null, false));
        assertThat(again.changes()).isEmpty();
        assertThat(again.written()).isFalse();
    }

    private Baseline v032Baseline() {
        return new Baseline("v0.3.2", v032.code(), "service.v2", "api.v1", "integration/v1");
    }

    @Test
    void repinOfTheSameReleaseAddsOnlyTheTagsCommitInRehearsalModeToo() throws Exception {
        rehearsalFiles();
        String pin = new String(bytes(PIN), StandardCharsets.UTF_8);
        byte[] mirror = bytes(MIRROR);
        byte[] matrix = bytes(MATRIX);

        Repin.Repinned recorded = Repin.run(request(Mode.REHEARSAL, v032Baseline(), null, null, false));

        assertThat(recorded.result().passed()).isTrue();
        assertThat(recorded.written()).isTrue();
        assertThat(statuses(recorded.result())).containsEntry("pin.move", CheckStatus.SKIPPED);
        assertThat(recorded.changes()).extracting(Repin.FileChange::display).containsExactly("config/integration-pin.json");
        assertThat(new String(bytes(PIN), StandardCharsets.UTF_8)).isEqualTo(pin.replace(
                "\"commit_sha\": \"" + v032.code() + "\",\n",
                "\"commit_sha\": \"" + v032.code() + "\",\n  \"release_tag_commit_sha\": \"" + v032.tagged() + "\",\n"));
        assertThat(recorded.changes().get(0).diff()).contains("+  \"release_tag_commit_sha\": \"" + v032.tagged() + "\",")
                .doesNotContain("-  \"release_tag\"");
        assertThat(bytes(MIRROR)).isEqualTo(mirror);
        assertThat(bytes(MATRIX)).isEqualTo(matrix);

        Repin.Repinned again = Repin.run(request(Mode.REHEARSAL, v032Baseline(), null, null, false));
        assertThat(again.changes()).isEmpty();
        GoalResult checked = new CheckPinRequest(new RunContext(new ProjectFiles(consumer), Mode.REHEARSAL, v032Baseline(),
                "service.v3", null, CLOCK, null), PIN, MIRROR, MATRIX, List.of(), producer.dir(), null, null).run();
        assertThat(checked.breaches()).isEmpty();
    }

    @Test
    void aRepinAfterTheTagMovedRecordsTheNewCommitForReview() throws Exception {
        rehearsalFiles();
        Repin.run(request(Mode.REHEARSAL, v032Baseline(), null, null, false));
        String moved = producer.moveTag("v0.3.2", "src/service.txt", "v2 service, patched\n");
        GoalResult caught = new CheckPinRequest(new RunContext(new ProjectFiles(consumer), Mode.REHEARSAL, v032Baseline(),
                "service.v3", null, CLOCK, null), PIN, MIRROR, MATRIX, List.of(), producer.dir(), null, null).run();
        assertThat(caught.failedRuleIds()).containsExactly("GIT-TAG-SHA");

        Repin.Repinned repinned = Repin.run(request(Mode.REHEARSAL, v032Baseline(), null, null, true));

        assertThat(repinned.changes()).singleElement().satisfies(change -> assertThat(change.diff())
                .contains("-  \"release_tag_commit_sha\": \"" + v032.tagged() + "\",",
                        "+  \"release_tag_commit_sha\": \"" + moved + "\","));
    }

    @Test
    void aRehearsalNeverMovesThePin() throws Exception {
        rehearsalFiles();
        approval("v0.3.2", v032.code());
        byte[] pin = bytes(PIN);
        byte[] mirror = bytes(MIRROR);
        byte[] matrix = bytes(MATRIX);

        assertThatThrownBy(() -> Repin.run(request(Mode.REHEARSAL, v040Baseline(), APPROVAL, null, false)))
                .isInstanceOf(RepinRefused.class)
                .hasMessageStartingWith("repin will not move the pin from v0.3.2 (" + v032.code() + ") to v0.4.0")
                .hasMessageContaining("in rehearsal mode")
                .hasMessageContaining("set <mode>cutover</mode> in the POM").hasMessageNotContaining("-Dcutover.mode")
                .hasMessageEndingWith("nothing was written");
        assertThat(bytes(PIN)).isEqualTo(pin);
        assertThat(bytes(MIRROR)).isEqualTo(mirror);
        assertThat(bytes(MATRIX)).isEqualTo(matrix);
    }

    @Test
    void aCutoverMovesThePinOnlyAsApproved() throws Exception {
        rehearsalFiles();
        byte[] pin = bytes(PIN);
        assertThatThrownBy(() -> Repin.run(request(Mode.CUTOVER, v040Baseline(), null, null, false)))
                .isInstanceOf(RepinRefused.class).hasMessageContaining("without an approval: set <cutoverApprovalFile>");
        approval("v0.3.1", "1".repeat(40));
        assertThatThrownBy(() -> Repin.run(request(Mode.CUTOVER, v040Baseline(), APPROVAL, null, false)))
                .isInstanceOf(RepinRefused.class)
                .hasMessageContaining("the approval record's previous_baseline is v0.3.1 (" + "1".repeat(40) + "), not the current pin");
        Fixtures.write(consumer, APPROVAL.toString(), "{\"schema_version\": \"cutover-approval.v1\"}");
        assertThatThrownBy(() -> Repin.run(request(Mode.CUTOVER, v040Baseline(), APPROVAL, null, false)))
                .isInstanceOf(RepinRefused.class).hasMessageContaining("the approval record does not hold (cutover-approval.json: ");
        assertThat(bytes(PIN)).isEqualTo(pin);
    }

    @Test
    void aDryRunComputesTheDiffsAndWritesNothing() throws Exception {
        rehearsalFiles();
        approval("v0.3.2", v032.code());
        byte[] pin = bytes(PIN);
        byte[] matrix = bytes(MATRIX);

        Repin.Repinned dry = Repin.run(request(Mode.CUTOVER, v040Baseline(), APPROVAL, null, true));

        assertThat(dry.written()).isFalse();
        assertThat(dry.changes()).hasSize(3);
        assertThat(dry.result().checks()).filteredOn(c -> c.id().equals("repin.write")).singleElement()
                .extracting(CheckResult::detail).asString().startsWith("dry run, nothing written: would change");
        assertThat(bytes(PIN)).isEqualTo(pin);
        assertThat(bytes(MIRROR)).isEqualTo(v032.manifest());
        assertThat(bytes(MATRIX)).isEqualTo(matrix);
    }

    @Test
    void theFirstPinIsCreatedFromTheProducersRelease() throws Exception {
        Baseline billing = new Baseline("v0.3.2", v032.code(), "service.v2", "api.v1", "integration/v1");
        RepinRequest.NewPin members = new RepinRequest.NewPin("billing", null, "http://127.0.0.1:8080", 3000);

        Repin.Repinned created = Repin.run(request(Mode.REHEARSAL, billing, null, members, false));

        assertThat(created.result().passed()).isTrue();
        assertThat(new String(bytes(PIN), StandardCharsets.UTF_8)).isEqualTo("{\n"
                + "  \"billing_repo\": \"https://git.example.org/memorykernel.git\",\n"
                + "  \"release_tag\": \"v0.3.2\",\n"
                + "  \"commit_sha\": \"" + v032.code() + "\",\n"
                + "  \"release_tag_commit_sha\": \"" + v032.tagged() + "\",\n"
                + "  \"expected_service_contract_version\": \"service.v2\",\n"
                + "  \"expected_api_contract_version\": \"api.v1\",\n"
                + "  \"expected_integration_baseline\": \"integration/v1\",\n"
                + "  \"expected_producer_manifest_sha256\": \"" + InputReader.sha256Hex(v032.manifest()) + "\",\n"
                + "  \"default_base_url\": \"http://127.0.0.1:8080\",\n"
                + "  \"default_timeout_ms\": 3000\n"
                + "}\n");
        assertThat(bytes(MIRROR)).isEqualTo(v032.manifest());
        assertThat(new String(bytes(MATRIX), StandardCharsets.UTF_8)).startsWith("# Billing compatibility matrix\n")
                .contains("- Billing release tag: `v0.3.2`", "| 2026-02-22 | v0.3.2 | " + v032.code()
                        + " | service.v2 | api.v1 | integration/v1 | Approved |");
        GoalResult checked = new CheckPinRequest(new RunContext(new ProjectFiles(consumer), Mode.REHEARSAL, billing,
                "service.v3", null, CLOCK, null), PIN, MIRROR, MATRIX, List.of(), producer.dir(), null, null).run();
        assertThat(checked.breaches()).isEmpty();
    }

    @Test
    void aFirstPinNeedsItsMembers() throws Exception {
        Baseline baseline = new Baseline("v0.3.2", v032.code(), "service.v2", "api.v1", "integration/v1");
        assertThatThrownBy(() -> Repin.run(request(Mode.REHEARSAL, baseline, null, null, false)))
                .isInstanceOf(RepinRefused.class).hasMessageContaining("creating the first one needs <producerName>");
        assertThatThrownBy(() -> Repin.run(request(Mode.REHEARSAL, baseline, null,
                new RepinRequest.NewPin("billing", "https://x.example/b.git", "http://h", 50), false)))
                .isInstanceOf(RepinRefused.class).hasMessageContaining("defaultTimeoutMs must be at least 100");
        assertThat(consumer.resolve(PIN)).doesNotExist();
    }

    @Test
    void aReleaseThatDoesNotHoldWritesNothing() throws Exception {
        rehearsalFiles();
        approval("v0.3.2", v032.code());
        byte[] pin = bytes(PIN);
        Baseline moved = new Baseline("v0.4.0", v032.code(), "service.v3", "api.v1", "integration/v1");
        Repin.Repinned notHeld = Repin.run(request(Mode.CUTOVER, new Baseline("v0.4.0", "2".repeat(40), "service.v3",
                "api.v1", "integration/v1"), APPROVAL, null, false));
        assertThat(notHeld.result().failedRuleIds()).containsExactly("GIT-TAG-SHA");
        assertThat(notHeld.changes()).isEmpty();

        Repin.Repinned otherRelease = Repin.run(request(Mode.CUTOVER, moved, APPROVAL, null, false));
        assertThat(otherRelease.result().failedRuleIds()).containsExactly("MANIFEST-ALIGNMENT");
        assertThat(otherRelease.result().breaches().get(0).message())
                .isEqualTo("the manifest at v0.4.0 names commit_sha \"" + v040.code() + "\", <baseline> is \"" + v032.code() + "\"");
        assertThat(bytes(PIN)).isEqualTo(pin);
    }

    @Test
    void aFailedWriteRestoresTheFilesAlreadyWritten() throws Exception {
        rehearsalFiles();
        approval("v0.3.2", v032.code());
        byte[] pin = bytes(PIN);
        Files.writeString(consumer.resolve("blocked"), "a file where the matrix's directory would be\n");
        RepinRequest blocked = new RepinRequest(new RunContext(new ProjectFiles(consumer), Mode.CUTOVER, v040Baseline(),
                null, null, CLOCK, null), PIN, MIRROR, Path.of("blocked/COMPATIBILITY_MATRIX.md"), producer.dir(), null, APPROVAL,
                null, DAY, false);

        assertThatThrownBy(() -> Repin.run(blocked)).isInstanceOf(java.io.IOException.class);
        assertThat(bytes(PIN)).isEqualTo(pin);
        assertThat(bytes(MIRROR)).isEqualTo(v032.manifest());
    }

    private static List<String> checks(GoalResult result) {
        return result.checks().stream().map(c -> c.id() + " " + c.status() + ": " + c.detail()).toList();
    }

    @Test
    void anApprovedMoveRecordsEachCheckAndEveryFileItReadOrWrote() throws Exception {
        rehearsalFiles();
        approval("v0.3.2", v032.code());
        String pinBefore = InputReader.sha256Hex(bytes(PIN));

        GoalResult result = Repin.run(request(Mode.CUTOVER, v040Baseline(), APPROVAL, null, false)).result();

        String producerName = new ProjectFiles(consumer).display(producer.dir());
        assertThat(checks(result)).containsExactly(
                "git.tag-sha PASS: tag v0.4.0 holds commit " + v040.code() + " in " + producerName,
                "manifest.source PASS: read " + producerName + ":" + MANIFEST_PATH + "@v0.4.0",
                "manifest.alignment PASS: the manifest at the tag names <baseline>'s release and contract versions",
                "pin.read PASS: read the current pin (integration-pin.v1)",
                "pin.move PASS: v0.3.2 -> v0.4.0 as approved by cutover-approval.json",
                "repin.write PASS: changed config/integration-pin.json, config/producer-manifest.json, "
                        + "docs/COMPATIBILITY_MATRIX.md");
        assertThat(result.inputs()).extracting(InputFile::path).contains(
                "config/integration-pin.json", "cutover-approval.json", "config/producer-manifest.json",
                "docs/COMPATIBILITY_MATRIX.md");
        assertThat(result.inputs()).contains(new InputFile("config/integration-pin.json", pinBefore));
        assertThat(result.inputs()).filteredOn(i -> i.path().equals("config/producer-manifest.json"))
                .extracting(InputFile::sha256)
                .contains(InputReader.sha256Hex(v040.manifest()));
    }

    @Test
    void aReleaseThatDoesNotHoldSkipsEverythingAfterIt() throws Exception {
        rehearsalFiles();
        GoalResult result = Repin.run(request(Mode.CUTOVER, new Baseline("v0.4.0", "2".repeat(40), "service.v3",
                "api.v1", "integration/v1"), null, null, false)).result();
        assertThat(checks(result)).hasSize(4);
        assertThat(checks(result).get(0)).startsWith("git.tag-sha FAIL: tag v0.4.0 holds commit " + "2".repeat(40));
        assertThat(checks(result).subList(1, 4)).containsExactly(
                "manifest.source SKIPPED: the release does not hold", "manifest.alignment SKIPPED: the release does not hold",
                "repin.write SKIPPED: the release does not hold: nothing written");
        assertThat(result.failedRuleIds()).containsExactly("GIT-TAG-SHA");
    }

    @Test
    void aPinThatBreaksItsSchemaIsReportedAndNothingIsWritten() throws Exception {
        rehearsalFiles();
        Fixtures.write(consumer, PIN.toString(), "{\"release_tag\": \"v0.3.2\"}\n");

        Repin.Repinned repinned = Repin.run(request(Mode.REHEARSAL, v032Baseline(), null, null, false));

        assertThat(repinned.result().failedRuleIds()).containsExactly("JSON-SCHEMA");
        assertThat(checks(repinned.result())).endsWith("repin.write SKIPPED: the pin cannot be read: nothing written");
        assertThat(repinned.changes()).isEmpty();
        assertThat(repinned.written()).isFalse();
        assertThat(new String(bytes(PIN), StandardCharsets.UTF_8)).isEqualTo("{\"release_tag\": \"v0.3.2\"}\n");
    }

    @Test
    void theSameReleaseAgainSkipsTheMove() throws Exception {
        rehearsalFiles();
        GoalResult result = Repin.run(request(Mode.REHEARSAL, v032Baseline(), null, null, true)).result();
        assertThat(checks(result)).contains("pin.move SKIPPED: the pin already names v0.3.2");
    }

    @Test
    void aBaselineThatDiffersFromTheManifestOnlyInCaseIsNotItsRelease() throws Exception {
        rehearsalFiles();
        Repin.Repinned repinned = Repin.run(request(Mode.REHEARSAL, new Baseline("v0.3.2", v032.code(), "SERVICE.V2",
                "api.v1", "integration/v1"), null, null, false));
        assertThat(repinned.result().breaches()).singleElement().satisfies(b -> {
            assertThat(b.ruleId()).isEqualTo("MANIFEST-ALIGNMENT");
            assertThat(b.message()).isEqualTo("the manifest at v0.3.2 names expected_service_contract_version \"service.v2\", "
                    + "<baseline> is \"SERVICE.V2\"");
        });
        assertThat(repinned.changes()).isEmpty();
        // the commit SHA is the one field compared without case
        Repin.Repinned upper = Repin.run(request(Mode.REHEARSAL, new Baseline("v0.3.2", v032.code().toUpperCase(
                Locale.ROOT), "service.v2", "api.v1", "integration/v1"), null, null, true));
        assertThat(upper.result().failedRuleIds()).doesNotContain("MANIFEST-ALIGNMENT");
    }

    @Test
    void aFirstPinUsesTheConfiguredRepositoryUrlAndTheLowestTimeout() throws Exception {
        Baseline billing = new Baseline("v0.3.2", v032.code(), "service.v2", "api.v1", "integration/v1");
        RepinRequest.NewPin members = new RepinRequest.NewPin("billing", " https://git.example.org/billing.git ",
                "http://127.0.0.1:8080", 100);

        Repin.Repinned created = Repin.run(request(Mode.REHEARSAL, billing, null, members, false));

        assertThat(checks(created.result())).contains("pin.read SKIPPED: no pin yet: repin creates the first one",
                "pin.move SKIPPED: no pin yet");
        assertThat(new String(bytes(PIN), StandardCharsets.UTF_8))
                .contains("  \"billing_repo\": \"https://git.example.org/billing.git\",\n", "  \"default_timeout_ms\": 100\n");
        assertThat(created.changes().get(0).diff()).startsWith("--- /dev/null\n+++ config/integration-pin.json\n");
    }

    @Test
    void aNewMatrixNamesTheProducerAfterThePinsRepositoryMember() throws Exception {
        rehearsalFiles();
        Files.delete(consumer.resolve(MATRIX));

        Repin.run(request(Mode.REHEARSAL, v032Baseline(), null, null, false));

        assertThat(new String(bytes(MATRIX), StandardCharsets.UTF_8)).startsWith("# Memorykernel compatibility matrix\n");
    }

    @Test
    void aSymlinkedPinMirrorOrMatrixIsRefusedAndNothingIsWritten() throws Exception {
        for (Path input : List.of(PIN, MIRROR, MATRIX)) {
            rehearsalFiles();
            approval("v0.3.2", v032.code());
            Path shared = consumer.resolveSibling("shared-" + input.getFileName());
            Files.move(consumer.resolve(input), shared, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            Files.createSymbolicLink(consumer.resolve(input), shared);
            Map<String, String> before = new java.util.TreeMap<>();
            for (Path file : List.of(PIN, MIRROR, MATRIX)) {
                before.put(file.toString(), new String(Files.readAllBytes(consumer.resolve(file)), StandardCharsets.UTF_8));
            }

            Repin.Repinned repinned = Repin.run(request(Mode.CUTOVER, v040Baseline(), APPROVAL, null, false));

            assertThat(repinned.written()).as(input.toString()).isFalse();
            assertThat(repinned.result().errors()).as(input.toString()).singleElement().satisfies(b -> {
                assertThat(b.ruleId()).isEqualTo("FILE-MISSING");
                assertThat(b.file()).isEqualTo(input.toString());
                assertThat(b.message()).isEqualTo(input + " is a symbolic link to " + shared
                        + "; inputs must be regular files inside the project, and links are never followed");
            });
            assertThat(Files.isSymbolicLink(consumer.resolve(input))).as(input.toString()).isTrue();
            for (Path file : List.of(PIN, MIRROR, MATRIX)) {
                assertThat(new String(Files.readAllBytes(consumer.resolve(file)), StandardCharsets.UTF_8))
                        .as(file.toString()).isEqualTo(before.get(file.toString()));
            }
            Files.delete(consumer.resolve(input));
            Files.move(shared, consumer.resolve(input));
        }
    }
}
