package io.github.cutoverguard.engine.guard;

import io.github.cutoverguard.engine.CheckResult;
import io.github.cutoverguard.engine.CheckStatus;
import io.github.cutoverguard.engine.Mode;
import io.github.cutoverguard.engine.RunContext;
import io.github.cutoverguard.engine.input.InputReader;
import io.github.cutoverguard.engine.input.ProjectFiles;
import io.github.cutoverguard.engine.testing.Fixtures;
import io.github.cutoverguard.engine.testing.StorefrontCutover;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code guard} after a rollback: main holds a storefront consumer's pin of inventory v6.0.0 (stock.v6) and the approval
 * of the cutover from v5.2.0; the working tree has the pin moved back to v5.2.0 and, beside the approval, the rollback
 * record. In rehearsal mode exactly that move, with a record that undoes that approval, passes.
 */
class RollbackMoveTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T10:00:00Z"), ZoneOffset.UTC);
    private static final String V5 = "5".repeat(40);
    private static final String V6 = "6".repeat(40);
    private static final Path PIN = Path.of("config/integration-pin.json");
    private static final Path APPROVAL = Path.of("cutover-approval.json");
    private static final Path RECORD = Path.of("cutover-rollback.json");
    private static final String APPROVAL_TEXT = StorefrontCutover.approval(V6, V5);

    @TempDir
    Path project;

    private static String pin(String tag, String sha, String contract) {
        return """
                {
                  "inventory_repo": "https://git.example.org/inventory/inventory-service.git",
                  "release_tag": "%s",
                  "commit_sha": "%s",
                  "expected_service_contract_version": "%s",
                  "expected_api_contract_version": "inventory-api.v2",
                  "expected_integration_baseline": "integration/v3",
                  "expected_producer_manifest_sha256": "%s",
                  "default_base_url": "http://127.0.0.1:8081",
                  "default_timeout_ms": 2500
                }
                """.formatted(tag, sha, contract, (tag.equals("v5.2.0") ? "a" : "b").repeat(64));
    }

    private static String record(String approvalSha, String toSha, String reason) {
        return StorefrontCutover.rollbackRecord(approvalSha, "v6.0.0", V6, "v5.2.0", toSha, reason);
    }

    @BeforeEach
    void mergedCutoverRolledBack() {
        try (Git git = GitFixtures.init(project)) {
            GitFixtures.commit(git, Map.of(PIN.toString(), pin("v6.0.0", V6, "stock.v6"), APPROVAL.toString(), APPROVAL_TEXT),
                    "cutover to v6.0.0 merged");
        }
        Fixtures.write(project, PIN.toString(), pin("v5.2.0", V5, "stock.v5"));
        Fixtures.write(project, RECORD.toString(), record(sha(APPROVAL_TEXT), V5, "5xx on stock lookups"));
    }

    private static String sha(String text) {
        return InputReader.sha256Hex(text.getBytes(StandardCharsets.UTF_8));
    }

    private CheckResult guard(Mode mode, Path record) {
        return new GuardRequest(new RunContext(new ProjectFiles(project), mode, null, null, null, CLOCK, null),
                new GuardRequest.Pin(PIN, "refs/heads/main", false, APPROVAL, record), null, null, null).run().checks()
                .stream().filter(c -> c.id().equals(Guard.PIN_UNCHANGED)).findFirst().orElseThrow();
    }

    private static String hint(CheckResult check) {
        assertThat(check.status()).isEqualTo(CheckStatus.FAIL);
        assertThat(check.breaches()).singleElement().satisfies(b -> assertThat(b.rule().id()).isEqualTo("GUARD-PIN-CHANGED"));
        return check.breaches().get(0).hint();
    }

    @Test
    void theRecordedMoveBackPassesInRehearsalModeNamingTheRecord() {
        CheckResult check = guard(Mode.REHEARSAL, RECORD);
        assertThat(check.status()).isEqualTo(CheckStatus.PASS);
        assertThat(check.detail()).isEqualTo("config/integration-pin.json changed from v6.0.0 (" + V6 + ") to v5.2.0 ("
                + V5 + ") rolled back as recorded by cutover-rollback.json");
    }

    @Test
    void withoutARecordOrInCutoverModeTheMoveIsAChange() {
        assertThat(guard(Mode.REHEARSAL, null).status()).isEqualTo(CheckStatus.FAIL);
        assertThat(guard(Mode.REHEARSAL, Path.of("elsewhere/cutover-rollback.json")).status()).isEqualTo(CheckStatus.FAIL);
        assertThat(guard(Mode.CUTOVER, RECORD).status()).isEqualTo(CheckStatus.FAIL);
    }

    @Test
    void anyOtherChangeOfThePinIsStillAChange() {
        Fixtures.write(project, PIN.toString(), pin("v5.2.0", V5, "stock.v5").replace("8081", "9090"));
        assertThat(hint(guard(Mode.REHEARSAL, RECORD))).contains("the change is not the recorded rollback from v6.0.0 to "
                + "v5.2.0 alone");
    }

    @Test
    void aRecordThatDoesNotUndoThisApprovalAllowsNothing() {
        Fixtures.write(project, RECORD.toString(), record("c".repeat(64), V5, "why"));
        assertThat(hint(guard(Mode.REHEARSAL, RECORD))).contains("the rollback record does not undo cutover-approval.json",
                "the record is for another approval");
        Fixtures.write(project, RECORD.toString(), record(sha(APPROVAL_TEXT), "7".repeat(40), "why"));
        assertThat(hint(guard(Mode.REHEARSAL, RECORD))).contains("cutover-rollback.json names to v5.2.0 (" + "7".repeat(40));
        Fixtures.write(project, RECORD.toString(), record(sha(APPROVAL_TEXT), V5, " "));
        assertThat(hint(guard(Mode.REHEARSAL, RECORD))).contains("the rollback record does not hold", "/reason");
    }

    @Test
    void theApprovalMustBeTheOneTheBaseHoldsAndStillHold() throws Exception {
        String forged = APPROVAL_TEXT.replace("verdicts all GO", "verdicts all GO, honestly");
        Fixtures.write(project, APPROVAL.toString(), forged);
        Fixtures.write(project, RECORD.toString(), record(sha(forged), V5, "why"));
        assertThat(hint(guard(Mode.REHEARSAL, RECORD))).contains("cutover-approval.json is not as at refs/heads/main: a "
                + "rollback undoes the approval the base branch holds");

        String pending = APPROVAL_TEXT.replace("\"passed\"", "\"pending\"");
        try (Git git = Git.open(project.toFile())) {
            GitFixtures.commit(git, Map.of(APPROVAL.toString(), pending), "approval edited on main");
        }
        Fixtures.write(project, RECORD.toString(), record(sha(pending), V5, "why"));
        assertThat(hint(guard(Mode.REHEARSAL, RECORD))).contains("the approval record the rollback undoes does not hold");
        assertThat(Files.readString(project.resolve(PIN))).contains("v5.2.0");
    }
}
