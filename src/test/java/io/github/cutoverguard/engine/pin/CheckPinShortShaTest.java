package io.github.cutoverguard.engine.pin;

import io.github.cutoverguard.engine.Baseline;
import io.github.cutoverguard.engine.Breach;
import io.github.cutoverguard.engine.CheckResult;
import io.github.cutoverguard.engine.CheckStatus;
import io.github.cutoverguard.engine.GoalResult;
import io.github.cutoverguard.engine.Mode;
import io.github.cutoverguard.engine.RunContext;
import io.github.cutoverguard.engine.input.InputReader;
import io.github.cutoverguard.engine.input.ProjectFiles;
import io.github.cutoverguard.engine.testing.Fixtures;
import io.github.cutoverguard.engine.testing.ProducerReleases;
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

    private static final String MANIFEST = """
            {
              "manifest_contract_version": "producer-contract-manifest.v1",
              "release_tag": "v5.2.0",
              "commit_sha": "@@CODE_SHA@@",
              "expected_service_contract_version": "stock.v5",
              "expected_api_contract_version": "stock-api.v2",
              "integration_baseline": "inventory/v1",
              "error_code_enum": ["sku_not_found"],
              "stability_window": {"minimum_sprint_days": 14}
            }
            """;
    private static final Path PIN = Path.of("config/integration-pin.json");

    @TempDir
    Path root;
    private ProducerReleases inventory;
    private ProducerReleases.Release release;
    private Path storefront;

    @BeforeEach
    void inventoryRelease() {
        inventory = new ProducerReleases(root.resolve("inventory"));
        release = inventory.release("v5.2.0", "class StockService {}\n", "contracts/producer-contract-manifest.json",
                MANIFEST);
        storefront = root.resolve("storefront");
    }

    @AfterEach
    void close() {
        inventory.close();
    }

    private GoalResult checkPin(String pinnedSha, String baselineSha) {
        return checkPin(pinnedSha, baselineSha, "stock.v5");
    }

    private GoalResult checkPin(String pinnedSha, String baselineSha, String pinnedContract) {
        Fixtures.write(storefront, "config/producer-manifest.json", release.manifest());
        Fixtures.write(storefront, PIN.toString(), "{\n"
                + "  \"inventory_repo\": \"https://git.example.org/inventory.git\",\n"
                + "  \"release_tag\": \"v5.2.0\",\n"
                + "  \"commit_sha\": \"" + pinnedSha + "\",\n"
                + "  \"expected_service_contract_version\": \"" + pinnedContract + "\",\n"
                + "  \"expected_api_contract_version\": \"stock-api.v2\",\n"
                + "  \"expected_integration_baseline\": \"inventory/v1\",\n"
                + "  \"expected_producer_manifest_sha256\": \"" + InputReader.sha256Hex(release.manifest()) + "\",\n"
                + "  \"default_base_url\": \"http://127.0.0.1:9090\",\n"
                + "  \"default_timeout_ms\": 1500\n"
                + "}\n");
        Baseline baseline = new Baseline("v5.2.0", baselineSha, "stock.v5", "stock-api.v2", "inventory/v1");
        return new CheckPinRequest(new RunContext(new ProjectFiles(storefront), Mode.REHEARSAL, baseline, "stock.v6", null,
                null, null), PIN, Path.of("config/producer-manifest.json"), null, List.of(), inventory.dir(), null, null).run();
    }

    private static CheckResult check(GoalResult result, String id) {
        return result.checks().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void aShortShaIsOneBreachAndWhatNeedsTheFullShaIsSkippedWithWhy() {
        String shortSha = release.code().substring(0, 7);

        GoalResult result = checkPin(shortSha, release.code());

        assertThat(result.errors()).singleElement().satisfies(b -> {
            assertThat(b.ruleId()).isEqualTo("PIN-FORMAT");
            assertThat(b.jsonPointer()).isEqualTo("/commit_sha");
            assertThat(b.message()).isEqualTo("commit_sha is \"" + shortSha + "\", expected 40 or 64 lowercase hex characters");
        });
        String why = "the pin's commit_sha is not a full SHA (PIN-FORMAT)";
        for (String id : List.of("pin.baseline.commit-sha", "manifest.alignment.commit-sha", "git.tag-sha", "manifest.source")) {
            assertThat(check(result, id)).as(id).isEqualTo(CheckResult.skipped(id, why));
        }
        // the other fields are still compared
        assertThat(check(result, "pin.baseline").status()).isEqualTo(CheckStatus.PASS);
        assertThat(check(result, "manifest.alignment").status()).isEqualTo(CheckStatus.PASS);
    }

    @Test
    void aShortShaDoesNotHideAnotherFieldsBreach() {
        String shortSha = release.code().substring(0, 7);

        GoalResult result = checkPin(shortSha, release.code(), "stock.v4");

        assertThat(result.errors()).extracting(Breach::ruleId, Breach::jsonPointer).containsExactly(
                org.assertj.core.groups.Tuple.tuple("PIN-FORMAT", "/commit_sha"),
                org.assertj.core.groups.Tuple.tuple("PIN-SERVICE-CONTRACT", "/expected_service_contract_version"),
                org.assertj.core.groups.Tuple.tuple("MANIFEST-ALIGNMENT", "/expected_service_contract_version"));
    }

    @Test
    void aFullShaIsComparedEverywhere() {
        GoalResult result = checkPin(release.code(), release.code());
        assertThat(result.errors()).isEmpty();
        assertThat(result.checks()).extracting(CheckResult::id).doesNotContain("pin.baseline.commit-sha",
                "manifest.alignment.commit-sha");
        assertThat(check(result, "git.tag-sha").status()).isEqualTo(CheckStatus.PASS);
    }
}
