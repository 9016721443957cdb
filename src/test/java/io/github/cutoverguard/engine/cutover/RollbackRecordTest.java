package io.github.cutoverguard.engine.cutover;

import io.github.cutoverguard.engine.Breach;
import io.github.cutoverguard.engine.Rule;
import io.github.cutoverguard.engine.testing.Docs;
import io.github.cutoverguard.engine.testing.StorefrontCutover;
import io.github.cutoverguard.engine.json.JsonDocument;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The rollback record of a {@code storefront} consumer that rolled {@code inventory} back from v6.0.0 to v5.2.0. */
class RollbackRecordTest {

    private static final String V6 = "6".repeat(40);
    private static final String V5 = "5".repeat(40);
    private static final JsonDocument APPROVAL = Docs.json("cutover/cutover-approval.json", """
            {"schema_version": "cutover-approval.v1",
             "baseline": {"release_tag": "v6.0.0", "commit_sha": "%s", "service_contract": "stock.v6",
                          "api_contract": "inventory-api.v2", "integration_baseline": "integration/v3"},
             "previous_baseline": {"release_tag": "v5.2.0", "commit_sha": "%s"},
             "approvals": {}, "gates": [{"id": "g", "status": "passed", "evidence": "e"}]}
            """.formatted(V6, V5));

    private static String record(String sha, String from, String to, String reason) {
        return StorefrontCutover.rollbackRecord(sha, from, from.equals("v6.0.0") ? V6 : V5, to, to.equals("v5.2.0") ? V5 : V6,
                reason);
    }

    private static RollbackRecord read(String text) {
        return RollbackRecord.of(Docs.json("cutover/cutover-rollback.json", text)).value().orElseThrow();
    }

    @Test
    void aRecordOfTheReverseMoveUndoesTheApproval() {
        RollbackRecord record = read(record(APPROVAL.source().sha256(), "v6.0.0", "v5.2.0", "5xx on stock lookups"));
        assertThat(record.undoes(APPROVAL, Rule.GUARD_PIN_CHANGED)).isEmpty();
        assertThat(record.to()).hasToString("v5.2.0 (" + V5 + ")");
        assertThat(record.rolledBackAt()).isEqualTo(Instant.parse("2026-12-07T09:00:00Z"));
        assertThat(record.reason()).isEqualTo("5xx on stock lookups");
        assertThat(record.source().path()).isEqualTo("cutover/cutover-rollback.json");
    }

    @Test
    void aRecordOfAnotherApprovalOrAnotherMoveDoesNot() {
        List<Breach> other = read(record("a".repeat(64), "v6.0.0", "v5.2.0", "why")).undoes(APPROVAL, Rule.GUARD_PIN_CHANGED);
        assertThat(other).singleElement().satisfies(b -> {
            assertThat(b.rule()).isEqualTo(Rule.GUARD_PIN_CHANGED);
            assertThat(b.jsonPointer()).isEqualTo("/approval_sha256");
            assertThat(b.location().line()).isEqualTo(3);
            assertThat(b.message()).contains("the record is for another approval");
        });
        List<Breach> swapped = read(record(APPROVAL.source().sha256(), "v5.2.0", "v6.0.0", "why"))
                .undoes(APPROVAL, Rule.GUARD_PIN_CHANGED);
        assertThat(swapped).extracting(Breach::jsonPointer).containsExactly("/from", "/to");
        assertThat(swapped.get(0).message()).isEqualTo("cutover/cutover-rollback.json names from v5.2.0 (" + V5
                + "), but cutover/cutover-approval.json's baseline is v6.0.0 (" + V6 + ")");
    }

    @Test
    void aRecordWithoutAVisibleReasonIsNoRecord() {
        var read = RollbackRecord.of(Docs.json("cutover/cutover-rollback.json",
                record(APPROVAL.source().sha256(), "v6.0.0", "v5.2.0", "\\u200b")));
        assertThat(read.value()).isEmpty();
        assertThat(read.breaches()).extracting(b -> b.rule().id()).containsOnly("JSON-SCHEMA");
        assertThat(read.breaches()).extracting(Breach::jsonPointer).contains("/reason");
    }

    @Test
    void theDefaultFileLiesBesideTheApproval() {
        assertThat(RollbackRecord.defaultFile(Path.of("cutover/cutover-approval.json")))
                .isEqualTo(Path.of("cutover/cutover-rollback.json"));
        assertThat(RollbackRecord.defaultFile(Path.of("cutover-approval.json"))).isEqualTo(Path.of("cutover-rollback.json"));
    }
}
