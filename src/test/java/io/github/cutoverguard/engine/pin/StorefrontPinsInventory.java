package io.github.cutoverguard.engine.pin;

import io.github.cutoverguard.engine.Baseline;
import io.github.cutoverguard.engine.GoalResult;
import io.github.cutoverguard.engine.Mode;
import io.github.cutoverguard.engine.RunContext;
import io.github.cutoverguard.engine.input.InputReader;
import io.github.cutoverguard.engine.input.ProjectFiles;
import io.github.cutoverguard.engine.testing.Fixtures;
import io.github.cutoverguard.engine.testing.ProducerReleases;

import java.nio.file.Path;
import java.util.List;

/**
 * A storefront consumer pinning inventory {@code v5.2.0} ({@code stock.v5}, rehearsing {@code stock.v6}) from an
 * inventory clone beside it, for the {@code check-pin} tests that need the producer's history.
 */
final class StorefrontPinsInventory implements AutoCloseable {

    static final String MANIFEST = """
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
    static final Path PIN = Path.of("config/integration-pin.json");

    final ProducerReleases inventory;
    final ProducerReleases.Release release;
    final Path storefront;

    StorefrontPinsInventory(Path root) {
        inventory = new ProducerReleases(root.resolve("inventory"));
        release = inventory.release("v5.2.0", "class StockService {}\n", "contracts/producer-contract-manifest.json",
                MANIFEST);
        storefront = root.resolve("storefront");
    }

    /**
     * Writes the mirror and the pin, then runs {@code check-pin} against {@code <baseline>} v5.2.0 at the release's code
     * commit.
     *
     * @param commitSha       the pin's commit_sha
     * @param recorded        the pin's release_tag_commit_sha, or {@code null} for none
     * @param serviceContract the pin's expected_service_contract_version
     */
    GoalResult checkPin(String commitSha, String recorded, String serviceContract) {
        Fixtures.write(storefront, "config/producer-manifest.json", release.manifest());
        Fixtures.write(storefront, PIN.toString(), "{\n"
                + "  \"inventory_repo\": \"https://git.example.org/inventory.git\",\n"
                + "  \"release_tag\": \"v5.2.0\",\n"
                + "  \"commit_sha\": \"" + commitSha + "\",\n"
                + (recorded == null ? "" : "  \"release_tag_commit_sha\": \"" + recorded + "\",\n")
                + "  \"expected_service_contract_version\": \"" + serviceContract + "\",\n"
                + "  \"expected_api_contract_version\": \"stock-api.v2\",\n"
                + "  \"expected_integration_baseline\": \"inventory/v1\",\n"
                + "  \"expected_producer_manifest_sha256\": \"" + InputReader.sha256Hex(release.manifest()) + "\",\n"
                + "  \"default_base_url\": \"http://127.0.0.1:9090\",\n"
                + "  \"default_timeout_ms\": 1500\n"
                + "}\n");
        Baseline baseline = new Baseline("v5.2.0", release.code(), "stock.v5", "stock-api.v2", "inventory/v1");
        return new CheckPinRequest(new RunContext(new ProjectFiles(storefront), Mode.REHEARSAL, baseline, "stock.v6", null,
                null, null), PIN, Path.of("config/producer-manifest.json"), null, List.of(), inventory.dir(), null, null).run();
    }

    @Override
    public void close() {
        inventory.close();
    }
}
