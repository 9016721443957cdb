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
import io.github.cutoverguard.engine.testing.InventoryManifests;
import io.github.cutoverguard.engine.testing.ProducerReleases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Issue #29: {@code check-pin} needs released manifests. A storefront consumer of inventory whose mirror is the
 * producer's prepared manifest (the coming {@code v6.0.0} on {@code stock.v6}, no {@code commit_sha}) gets one
 * {@code JSON-SCHEMA} breach at {@code /commit_sha}, and the commit's comparison with the pin is skipped because of it; a release
 * tag whose manifest has no {@code commit_sha} is no release ({@code MANIFEST-SOURCE} reports that breach).
 */
class CheckPinPreparedManifestTest {

    private static final String CODE_SHA = "5e1f0a6c2b7d4e8f9a0b1c2d3e4f5a6b7c8d9e0f";
    private static final Path PIN = Path.of("config/integration-pin.json");
    private static final Path MIRROR = Path.of("config/producer-manifest.json");
    private static final String PREPARED = InventoryManifests.prepared("v6.0.0", "stock.v6");

    @TempDir
    Path root;

    /** The storefront's pin of {@code tag}, with the commit its tag resolved to when {@code recorded} is not null. */
    private static String pin(String tag, String sha, String recorded, byte[] mirror) {
        return "{\n"
                + "  \"inventory_repo\": \"https://git.example.org/inventory.git\",\n"
                + "  \"release_tag\": \"" + tag + "\",\n"
                + "  \"commit_sha\": \"" + sha + "\",\n"
                + (recorded == null ? "" : "  \"release_tag_commit_sha\": \"" + recorded + "\",\n")
                + "  \"expected_service_contract_version\": \"stock.v5\",\n"
                + "  \"expected_api_contract_version\": \"stock-api.v2\",\n"
                + "  \"expected_integration_baseline\": \"inventory/v1\",\n"
                + "  \"expected_producer_manifest_sha256\": \"" + InputReader.sha256Hex(mirror) + "\",\n"
                + "  \"default_base_url\": \"http://127.0.0.1:9090\",\n"
                + "  \"default_timeout_ms\": 1500\n"
                + "}\n";
    }

    private static CheckResult check(GoalResult result, String id) {
        return result.checks().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void aPreparedMirrorIsABreachAtCommitShaWhoseComparisonWithThePinIsSkipped() {
        Path storefront = root.resolve("storefront");
        byte[] mirror = PREPARED.getBytes(StandardCharsets.UTF_8);
        Fixtures.write(storefront, MIRROR.toString(), PREPARED);
        Fixtures.write(storefront, PIN.toString(), pin("v5.4.0", CODE_SHA, null, mirror));
        Baseline baseline = new Baseline("v5.4.0", CODE_SHA, "stock.v5", "stock-api.v2", "inventory/v1");

        GoalResult result = new CheckPinRequest(new RunContext(new ProjectFiles(storefront), Mode.REHEARSAL, baseline,
                "stock.v6", null, null, null), PIN, MIRROR, null, List.of(), null, null, null).run();

        assertThat(result.breaches()).filteredOn(b -> b.ruleId().equals("JSON-SCHEMA")).singleElement().satisfies(b -> {
            assertThat(b.file()).isEqualTo("config/producer-manifest.json");
            assertThat(b.jsonPointer()).isEqualTo("/commit_sha");
            assertThat(b.message()).isEqualTo("config/producer-manifest.json is a prepared manifest (release_tag "
                    + "\"v6.0.0\", no commit_sha): check-pin needs the pinned release's manifest in the mirror "
                    + "(producerManifestFile)");
            assertThat(b.hint()).startsWith("mirror the pinned release's manifest (mvn cutover:repin writes it");
        });
        // what the prepared manifest names is still compared: it names another release than the pin's
        assertThat(result.breaches()).filteredOn(b -> !b.ruleId().equals("JSON-SCHEMA")).extracting(Breach::ruleId,
                Breach::jsonPointer).containsExactly(tuple("MANIFEST-ALIGNMENT", "/release_tag"),
                tuple("MANIFEST-ALIGNMENT", "/expected_service_contract_version"));
        assertThat(check(result, "manifest.schema").status()).isEqualTo(CheckStatus.FAIL);
        CheckResult commit = check(result, "manifest.alignment/commit_sha");
        assertThat(commit.status()).isEqualTo(CheckStatus.SKIPPED);
        assertThat(commit.detail()).isEqualTo("config/producer-manifest.json is a prepared manifest (no commit_sha, "
                + "JSON-SCHEMA): it names no released commit to compare with the pin's");
        assertThat(check(result, "manifest.hash").status()).isEqualTo(CheckStatus.PASS);
    }

    @Test
    void aTagWhoseManifestHasNoCommitShaIsNoRelease() {
        try (ProducerReleases inventory = new ProducerReleases(root.resolve("inventory"))) {
            ProducerReleases.Release release = inventory.release("v5.2.0", "class StockService {}\n",
                    "contracts/producer-contract-manifest.json", InventoryManifests.prepared("v5.2.0", "stock.v5"));
            Path storefront = root.resolve("storefront");
            String released = InventoryManifests.released("v5.2.0", release.code(), "stock.v5");
            Fixtures.write(storefront, MIRROR.toString(), released);
            Fixtures.write(storefront, PIN.toString(), pin("v5.2.0", release.code(), release.tagged(),
                    released.getBytes(StandardCharsets.UTF_8)));
            Baseline baseline = new Baseline("v5.2.0", release.code(), "stock.v5", "stock-api.v2", "inventory/v1");

            GoalResult result = new CheckPinRequest(new RunContext(new ProjectFiles(storefront), Mode.REHEARSAL,
                    baseline, "stock.v6", null, null, null), PIN, MIRROR, null, List.of(), inventory.dir(), null, null).run();

            assertThat(result.breaches()).singleElement().satisfies(b -> {
                assertThat(b.ruleId()).isEqualTo("JSON-SCHEMA");
                assertThat(b.file()).endsWith(":contracts/producer-contract-manifest.json@v5.2.0");
                assertThat(b.jsonPointer()).isEqualTo("/commit_sha");
                assertThat(b.message()).endsWith(" is a prepared manifest (release_tag \"v5.2.0\", no commit_sha): a "
                        + "tag whose manifest has no commit_sha is not a release");
            });
            assertThat(check(result, "manifest.source").status()).isEqualTo(CheckStatus.FAIL);
            assertThat(check(result, "git.tag-sha").status()).isEqualTo(CheckStatus.PASS);
            assertThat(check(result, "cutover.rollback-ready").status()).isEqualTo(CheckStatus.SKIPPED);
        }
    }
}
