package io.github.cutoverguard.engine.repin;

import io.github.cutoverguard.engine.Baseline;
import io.github.cutoverguard.engine.Breach;
import io.github.cutoverguard.engine.CheckResult;
import io.github.cutoverguard.engine.CheckStatus;
import io.github.cutoverguard.engine.GoalResult;
import io.github.cutoverguard.engine.Mode;
import io.github.cutoverguard.engine.Rule;
import io.github.cutoverguard.engine.RunContext;
import io.github.cutoverguard.engine.cutover.RollbackRecord;
import io.github.cutoverguard.engine.input.InputLimits;
import io.github.cutoverguard.engine.input.InputReader;
import io.github.cutoverguard.engine.input.ProjectFiles;
import io.github.cutoverguard.engine.json.InputLoader;
import io.github.cutoverguard.engine.json.JsonDocument;
import io.github.cutoverguard.engine.pin.CheckPinRequest;
import io.github.cutoverguard.engine.testing.Fixtures;
import io.github.cutoverguard.engine.testing.StorefrontCutover;
import io.github.cutoverguard.engine.testing.ProducerReleases;
import org.eclipse.jgit.api.Git;
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
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@code rollback} and rollback readiness for a {@code storefront} consumer of an {@code inventory} producer that cut
 * over from {@code stock.v5} (release v5.2.0) to {@code stock.v6} (v6.0.0): the consumer's files are written by
 * {@code repin} itself (the first pin, then the approved cutover), then rolled back.
 */
class RollbackTest {

    private static final String MANIFEST_PATH = "contracts/producer-contract-manifest.json";
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T10:15:30.123Z"), ZoneOffset.UTC);
    private static final LocalDate DAY = LocalDate.of(2026, 12, 7);
    private static final Path PIN = Path.of("config/integration-pin.json");
    private static final Path MIRROR = Path.of("config/producer-manifest.json");
    private static final Path MATRIX = Path.of("docs/COMPATIBILITY_MATRIX.md");
    private static final Path APPROVAL = Path.of("cutover/cutover-approval.json");
    private static final Path RECORD = Path.of("cutover/cutover-rollback.json");

    @TempDir
    Path root;
    private Path consumer;
    private ProducerReleases producer;
    private ProducerReleases.Release v5;
    private ProducerReleases.Release v6;

    private static String manifest(String tag, String contract) {
        return """
                {
                  "manifest_contract_version": "producer-contract-manifest.v1",
                  "release_tag": "%s",
                  "commit_sha": "@@CODE_SHA@@",
                  "expected_service_contract_version": "%s",
                  "expected_api_contract_version": "inventory-api.v2",
                  "integration_baseline": "integration/v3",
                  "error_code_enum": ["sku_not_found", "validation_error"]
                }
                """.formatted(tag, contract);
    }

    @BeforeEach
    void cutOver() throws Exception {
        producer = new ProducerReleases(root.resolve("inventory-service"));
        producer.origin("https://git.example.org/inventory/inventory-service.git");
        v5 = producer.release("v5.2.0", "stock v5\n", MANIFEST_PATH, manifest("v5.2.0", "stock.v5"));
        v6 = producer.release("v6.0.0", "stock v6\n", MANIFEST_PATH, manifest("v6.0.0", "stock.v6"));
        consumer = Files.createDirectories(root.resolve("storefront"));
        Repin.run(repin(Mode.REHEARSAL, v5Baseline(), null));
        Fixtures.write(consumer, APPROVAL.toString(), StorefrontCutover.approval(v6.code(), v5.code()));
        assertThat(Repin.run(repin(Mode.CUTOVER, v6Baseline(), APPROVAL)).written()).isTrue();
    }

    @AfterEach
    void close() {
        producer.close();
    }

    private Baseline v5Baseline() {
        return new Baseline("v5.2.0", v5.code(), "stock.v5", "inventory-api.v2", "integration/v3");
    }

    private Baseline v6Baseline() {
        return new Baseline("v6.0.0", v6.code(), "stock.v6", "inventory-api.v2", "integration/v3");
    }

    private RunContext context(Mode mode, Baseline baseline, String target) {
        return new RunContext(new ProjectFiles(consumer), mode, baseline, target, null, CLOCK, null);
    }

    private RepinRequest repin(Mode mode, Baseline baseline, Path approval) {
        return new RepinRequest(context(mode, baseline, null), PIN, MIRROR, MATRIX, producer.dir(), null, approval,
                new RepinRequest.NewPin("inventory", null, "http://127.0.0.1:8080", 2500), DAY.minusDays(30), false);
    }

    private static RollbackRequest.ReleaseFilesRequest paths(Path producerDir) {
        return new RollbackRequest.ReleaseFilesRequest(PIN, MIRROR, MATRIX, producerDir, null);
    }

    private RollbackRequest rollback(String reason, String by, boolean dryRun) {
        return new RollbackRequest(context(Mode.CUTOVER, v6Baseline(), null), paths(producer.dir()), APPROVAL, null, reason,
                by, "ci-runner", DAY, dryRun);
    }

    private String text(Path file) throws Exception {
        return Files.readString(consumer.resolve(file), StandardCharsets.UTF_8);
    }

    private Map<Path, String> snapshot() throws Exception {
        Map<Path, String> files = new java.util.LinkedHashMap<>();
        for (Path file : List.of(PIN, MIRROR, MATRIX, RECORD)) {
            files.put(file, Files.exists(consumer.resolve(file)) ? text(file) : null);
        }
        return files;
    }

    private static Map<String, CheckStatus> statuses(GoalResult result) {
        return result.checks().stream().collect(Collectors.toMap(CheckResult::id, CheckResult::status, (a, b) -> a,
                java.util.LinkedHashMap::new));
    }

    @Test
    void movesPinMirrorAndMatrixBackAndRecordsWhoWhenAndWhy() throws Exception {
        Rollback.RolledBack rolledBack = Rollback.run(rollback("5xx on stock lookups", "storefront-oncall", false));

        assertThat(rolledBack.result().passed()).isTrue();
        assertThat(rolledBack.written()).isTrue();
        assertThat(rolledBack.returnedTo()).isEqualTo(v5Baseline());
        assertThat(statuses(rolledBack.result())).containsEntry("git.tag-sha", CheckStatus.PASS)
                .containsEntry("manifest.alignment", CheckStatus.PASS).containsEntry("rollback.write", CheckStatus.PASS);
        String pin = text(PIN);
        assertThat(pin).contains("\"release_tag\": \"v5.2.0\"", "\"commit_sha\": \"" + v5.code() + "\"",
                "\"release_tag_commit_sha\": \"" + v5.tagged() + "\"", "\"expected_service_contract_version\": \"stock.v5\"",
                "\"expected_producer_manifest_sha256\": \"" + InputReader.sha256Hex(v5.manifest()) + "\"");
        assertThat(Files.readAllBytes(consumer.resolve(MIRROR))).isEqualTo(v5.manifest());
        String matrix = text(MATRIX);
        assertThat(matrix).contains("- Inventory release tag: `v5.2.0`", "- Service contract: `stock.v5`",
                "| v5.2.0 | " + v5.code() + " | stock.v5 | inventory-api.v2 | integration/v3 | Approved |",
                "| v6.0.0 | " + v6.code() + " | stock.v6 | inventory-api.v2 | integration/v3 | Rolled back |",
                "Updated: 2026-12-07");
        assertThat(matrix).doesNotContain("Superseded");
        assertThat(rolledBack.changes()).extracting(Repin.FileChange::display).containsExactly(
                "config/integration-pin.json", "config/producer-manifest.json", "docs/COMPATIBILITY_MATRIX.md",
                "cutover/cutover-rollback.json");
        assertThat(rolledBack.changes().get(0).diff()).contains("-  \"release_tag\": \"v6.0.0\",", "+  \"release_tag\": \"v5.2.0\",");

        InputLoader loader = new InputLoader(new ProjectFiles(consumer), InputLimits.DEFAULT);
        RollbackRecord record = RollbackRecord.read(loader, RECORD).value().orElseThrow();
        assertThat(record.from()).isEqualTo(new RollbackRecord.Release("v6.0.0", v6.code()));
        assertThat(record.to()).isEqualTo(new RollbackRecord.Release("v5.2.0", v5.code()));
        assertThat(record.rolledBackAt()).isEqualTo(Instant.parse("2026-12-07T10:15:30Z"));
        assertThat(record.rolledBackBy()).isEqualTo("storefront-oncall");
        assertThat(record.reason()).isEqualTo("5xx on stock lookups");
        JsonDocument approval = loader.json(APPROVAL).value().orElseThrow();
        assertThat(record.approvalSha256()).isEqualTo(approval.source().sha256());
        assertThat(record.undoes(approval, Rule.GUARD_PIN_CHANGED)).isEmpty();
    }

    @Test
    void aDryRunLogsTheSameChangesAndWritesNothing() throws Exception {
        Map<Path, String> before = snapshot();

        Rollback.RolledBack rolledBack = Rollback.run(rollback("5xx on stock lookups", null, true));

        assertThat(rolledBack.written()).isFalse();
        assertThat(rolledBack.changes()).hasSize(4);
        assertThat(rolledBack.result().checks()).filteredOn(c -> c.id().equals("rollback.write"))
                .singleElement().satisfies(c -> assertThat(c.detail()).startsWith("dry run, nothing written"));
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void refusesWhenThePinIsNotTheApprovedRelease() throws Exception {
        Rollback.run(rollback("first rollback", "oncall", false));
        Map<Path, String> before = snapshot();

        assertThatThrownBy(() -> Rollback.run(rollback("again", "oncall", false))).isInstanceOf(RollbackRefused.class)
                .hasMessageContaining("config/integration-pin.json names v5.2.0 (" + v5.code() + ")")
                .hasMessageContaining("cutover/cutover-approval.json approves the cutover to v6.0.0")
                .hasMessageContaining("the cutover has not happened").hasMessageEndingWith("nothing was written");
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void needsAReasonAndAnApprovalThatNamesWhereToReturn() throws Exception {
        Map<Path, String> before = snapshot();
        assertThatThrownBy(() -> Rollback.run(rollback(" \u200B ", "oncall", false))).isInstanceOf(RollbackRefused.class)
                .hasMessageStartingWith("rollback needs a reason: -Dcutover.reason=");
        Fixtures.write(consumer, APPROVAL.toString(), text(APPROVAL).replaceAll("\"previous_baseline\": \\{[^}]*},", ""));
        assertThatThrownBy(() -> Rollback.run(rollback("why", "oncall", false))).isInstanceOf(RollbackRefused.class)
                .hasMessageContaining("cutover/cutover-approval.json names none");
        Fixtures.write(consumer, APPROVAL.toString(), "{\"schema_version\": \"cutover-approval.v1\"}");
        assertThatThrownBy(() -> Rollback.run(rollback("why", "oncall", false))).isInstanceOf(RollbackRefused.class)
                .hasMessageContaining("cutover/cutover-approval.json does not hold");
        before.remove(APPROVAL);
        assertThat(snapshot()).containsAllEntriesOf(before);
    }

    @Test
    void whoDefaultsToTheAccountOutsideAGitWorkTree() throws Exception {
        Rollback.run(new RollbackRequest(context(Mode.CUTOVER, v6Baseline(), null), paths(producer.dir()), APPROVAL, null,
                "why", null, "ci-runner", DAY, false));
        InputLoader loader = new InputLoader(new ProjectFiles(consumer), InputLimits.DEFAULT);
        assertThat(RollbackRecord.read(loader, RECORD).value().orElseThrow().rolledBackBy()).isEqualTo("ci-runner");
    }

    @Test
    void aReleaseThatNoLongerHoldsIsNotReturnedTo() throws Exception {
        deleteTag("v5.2.0");
        Map<Path, String> before = snapshot();

        Rollback.RolledBack rolledBack = Rollback.run(rollback("why", "oncall", false));

        assertThat(rolledBack.written()).isFalse();
        assertThat(rolledBack.returnedTo()).isNull();
        assertThat(rolledBack.result().failedRuleIds()).containsExactly("GIT-TAG-SHA");
        assertThat(statuses(rolledBack.result())).containsEntry("rollback.write", CheckStatus.SKIPPED);
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void readinessHoldsWhileTheReleaseToReturnToHolds() throws Exception {
        JsonDocument pin = new InputLoader(new ProjectFiles(consumer), InputLimits.DEFAULT).json(PIN).value().orElseThrow();
        RollbackReady ready = new RollbackReady(context(Mode.CUTOVER, v6Baseline(), null), paths(producer.dir()));
        Map<Path, String> before = snapshot();

        assertThat(ready.check(returnTo(pin, "the approval's previous_baseline"))).isEmpty();
        assertThat(snapshot()).isEqualTo(before);

        deleteTag("v5.2.0");
        List<Breach> breaches = ready.check(returnTo(pin, "the approval's previous_baseline"));
        assertThat(breaches).singleElement().satisfies(b -> {
            assertThat(b.rule()).isEqualTo(Rule.ROLLBACK_READINESS);
            assertThat(b.message()).startsWith("a rollback to v5.2.0 (the approval's previous_baseline) would fail: ")
                    .contains("v5.2.0");
        });
        assertThat(breaches.get(0).file()).isEqualTo("cutover/cutover-approval.json");
        assertThat(breaches.get(0).location().line()).isEqualTo(7);
        assertThat(breaches.get(0).hint()).isEqualTo(Rule.ROLLBACK_READINESS.hint());
        assertThat(ready.rules()).containsExactly(Rule.ROLLBACK_READINESS);
    }

    @Test
    void checkPinRunsReadinessInARehearsalAndInACutoverOnly() throws Exception {
        Rollback.run(rollback("why", "oncall", false));
        CheckPinRequest rehearsal = new CheckPinRequest(context(Mode.REHEARSAL, v5Baseline(), "stock.v6"), PIN, MIRROR,
                MATRIX, null, producer.dir(), null, null, APPROVAL);
        assertThat(check(rehearsal)).satisfies(c -> {
            assertThat(c.status()).isEqualTo(CheckStatus.PASS);
            assertThat(c.detail()).startsWith("a rollback to v5.2.0 (the pinned release) would succeed");
        });
        CheckPinRequest stable = new CheckPinRequest(context(Mode.REHEARSAL, v5Baseline(), null), PIN, MIRROR, MATRIX,
                null, producer.dir(), null, null, APPROVAL);
        assertThat(check(stable).status()).isEqualTo(CheckStatus.SKIPPED);
        CheckPinRequest noClone = new CheckPinRequest(context(Mode.REHEARSAL, v5Baseline(), "stock.v6"), PIN, MIRROR,
                MATRIX, null, null, null, null, APPROVAL);
        assertThat(check(noClone)).isEqualTo(CheckResult.skipped("cutover.rollback-ready", "no producerRepository configured"));

        deleteTag("v5.2.0");
        assertThat(check(rehearsal)).as("one cause, one breach: GIT-TAG-SHA").isEqualTo(CheckResult.skipped(
                "cutover.rollback-ready", "the producer clone does not hold the pinned release as check-pin reads it "
                + "(git.tag-sha)"));
    }

    @Test
    void checkPinInCutoverModeReturnsToTheApprovalsPreviousBaseline() throws Exception {
        CheckPinRequest cutover = new CheckPinRequest(context(Mode.CUTOVER, v6Baseline(), null), PIN, MIRROR, MATRIX,
                null, producer.dir(), null, null, APPROVAL);
        assertThat(check(cutover).detail()).startsWith("a rollback to v5.2.0 (the approval's previous_baseline) would succeed");
        CheckPinRequest noApproval = new CheckPinRequest(context(Mode.CUTOVER, v6Baseline(), null), PIN, MIRROR, MATRIX,
                null, producer.dir(), null, null, null);
        assertThat(check(noApproval).status()).isEqualTo(CheckStatus.SKIPPED);

        Fixtures.write(consumer, "cutover/forged-approval.json", StorefrontCutover.approval(v6.code(), "0".repeat(40)));
        CheckPinRequest forged = new CheckPinRequest(context(Mode.CUTOVER, v6Baseline(), null), PIN, MIRROR, MATRIX,
                null, producer.dir(), null, null, Path.of("cutover/forged-approval.json"));
        assertThat(check(forged).status()).as("a release the producer never had is CUTOVER-APPROVAL's")
                .isEqualTo(CheckStatus.SKIPPED);

        deleteTag("v5.2.0");
        CheckResult failed = check(cutover);
        assertThat(failed.status()).isEqualTo(CheckStatus.FAIL);
        assertThat(failed.breaches()).singleElement().satisfies(b -> {
            assertThat(b.rule().id()).isEqualTo("ROLLBACK-READINESS");
            assertThat(b.file()).isEqualTo("cutover/cutover-approval.json");
            assertThat(b.location().line()).isEqualTo(4);
        });
    }

    private RollbackReady.ReturnTo returnTo(JsonDocument pin, String whence) {
        return new RollbackReady.ReturnTo(pin, new Baseline("v5.2.0", v5.code(), null, null, null), whence,
                "cutover/cutover-approval.json", io.github.cutoverguard.engine.Location.ofLine(7));
    }

    private static CheckResult check(CheckPinRequest request) {
        return request.run().checks().stream().filter(c -> c.id().equals(RollbackReady.ID)).findFirst().orElseThrow();
    }

    private void deleteTag(String tag) throws Exception {
        try (Git git = Git.open(producer.dir().toFile())) {
            git.tagDelete().setTags(tag).call();
        }
    }
}
