package io.github.cutoverguard.engine.pin;

import io.github.cutoverguard.engine.Breach;
import io.github.cutoverguard.engine.CheckResult;
import io.github.cutoverguard.engine.CheckStatus;
import io.github.cutoverguard.engine.GoalResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One cause, one breach: a storefront pins inventory {@code v5.2.0} by the 7-character SHA {@code git log --oneline}
 * shows. The pin's format is the cause; what needs the full SHA is skipped with that reason, never passed.
 */
class CheckPinShortShaTest {

    @TempDir
    Path root;
    private StorefrontPinsInventory fixture;
    private String fullSha;

    @BeforeEach
    void inventoryRelease() {
        fixture = new StorefrontPinsInventory(root);
        fullSha = fixture.release.code();
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private static CheckResult check(GoalResult result, String id) {
        return result.checks().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void aShortShaIsOneBreachAndWhatNeedsTheFullShaIsSkippedWithWhy() {
        String shortSha = fullSha.substring(0, 7);

        GoalResult result = fixture.checkPin(shortSha, null, "stock.v5");

        assertThat(result.errors()).singleElement().satisfies(b -> {
            assertThat(b.ruleId()).isEqualTo("PIN-FORMAT");
            assertThat(b.jsonPointer()).isEqualTo("/commit_sha");
            assertThat(b.message()).isEqualTo("commit_sha is \"" + shortSha + "\", expected 40 or 64 lowercase hex characters");
        });
        String why = "the pin's commit_sha is not a full SHA (PIN-FORMAT)";
        for (String id : List.of("pin.baseline/commit_sha", "manifest.alignment/commit_sha", "git.tag-sha", "manifest.source")) {
            assertThat(check(result, id)).as(id).isEqualTo(CheckResult.skipped(id, why));
        }
        // the other fields are still compared
        assertThat(check(result, "pin.baseline").status()).isEqualTo(CheckStatus.PASS);
        assertThat(check(result, "manifest.alignment").status()).isEqualTo(CheckStatus.PASS);
    }

    @Test
    void aShortShaDoesNotHideAnotherFieldsBreach() {
        String shortSha = fullSha.substring(0, 7);

        GoalResult result = fixture.checkPin(shortSha, null, "stock.v4");

        assertThat(result.errors()).extracting(Breach::ruleId, Breach::jsonPointer).containsExactly(
                org.assertj.core.groups.Tuple.tuple("PIN-FORMAT", "/commit_sha"),
                org.assertj.core.groups.Tuple.tuple("PIN-SERVICE-CONTRACT", "/expected_service_contract_version"),
                org.assertj.core.groups.Tuple.tuple("MANIFEST-ALIGNMENT", "/expected_service_contract_version"));
    }

    @Test
    void aContractTheSchemaRefusesIsOneBreachAndItsComparisonsAreSkipped() {
        GoalResult result = fixture.checkPin(fullSha, null, "");

        assertThat(result.errors()).singleElement().satisfies(b -> {
            assertThat(b.ruleId()).isEqualTo("JSON-SCHEMA");
            assertThat(b.jsonPointer()).isEqualTo("/expected_service_contract_version");
        });
        String why = "the pin's expected_service_contract_version does not match its schema (JSON-SCHEMA)";
        for (String id : List.of("pin.baseline/expected_service_contract_version",
                "pin.target-contract/expected_service_contract_version",
                "manifest.alignment/expected_service_contract_version")) {
            assertThat(check(result, id)).as(id).isEqualTo(CheckResult.skipped(id, why));
        }
    }

    @Test
    void aFullShaIsComparedEverywhere() {
        GoalResult result = fixture.checkPin(fullSha, null, "stock.v5");
        assertThat(result.errors()).isEmpty();
        assertThat(result.checks()).extracting(CheckResult::id).doesNotContain("pin.baseline/commit_sha",
                "manifest.alignment/commit_sha");
        assertThat(check(result, "git.tag-sha").status()).isEqualTo(CheckStatus.PASS);
    }
}
