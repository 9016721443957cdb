package io.github.cutoverguard.engine.alignment;

import io.github.cutoverguard.engine.Breach;
import io.github.cutoverguard.engine.CheckResult;
import io.github.cutoverguard.engine.CheckStatus;
import io.github.cutoverguard.engine.GoalResult;
import io.github.cutoverguard.engine.InputFile;
import io.github.cutoverguard.engine.Mode;
import io.github.cutoverguard.engine.RunContext;
import io.github.cutoverguard.engine.input.ProjectFiles;
import io.github.cutoverguard.engine.json.JsonDocument;
import io.github.cutoverguard.engine.testing.Docs;
import io.github.cutoverguard.engine.testing.Fixtures;
import io.github.cutoverguard.engine.testing.InventoryManifests;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #29: {@code check-alignment} reads the manifest that describes the API in the working tree, which may be the
 * prepared one (the next release's, no {@code commit_sha}). An {@code inventory-service} producer released {@code v5.4.0}
 * on {@code stock.v5}; its API on main already describes {@code stock.v6}, whose manifest {@code v6.0.0} is prepared.
 */
class PreparedManifestAlignmentTest {

    /** The inventory API on main (stock.v6), as JSON: one operation whose 404 carries the closed error envelope. */
    private static final String OPENAPI = """
            {"openapi": "3.1.0", "info": {"title": "inventory-service", "version": "stock.v6"},
             "paths": {"/v1/stock/{sku}": {"get": {"operationId": "getStock", "responses": {
               "200": {"description": "the stock of one SKU", "content": {"application/json": {"schema": {"type": "object"}}}},
               "404": {"description": "an unknown SKU", "content": {"application/json": {"schema":
                 {"$ref": "#/components/schemas/StockErrorEnvelope"}}}}}}}},
             "components": {"schemas": {"StockErrorEnvelope": {"type": "object", "additionalProperties": false,
               "required": ["service_contract_version", "error"],
               "properties": {"service_contract_version": {"type": "string"},
                 "error": {"type": "object", "additionalProperties": false, "required": ["code", "message"],
                   "properties": {"code": {"enum": ["sku_unknown", "internal_error"]}, "message": {"type": "string"}}}}}}}}
            """;

    private static String manifest(String tag, String commit, String contract) {
        return commit == null ? InventoryManifests.prepared(tag, contract)
                : InventoryManifests.released(tag, commit, contract);
    }

    private static final String RELEASED_SHA = "0123456789abcdef0123456789abcdef01234567";

    @TempDir
    Path project;

    private static List<Breach> serviceVersion(String manifest) {
        return new ServiceVersionMatchesManifest(Docs.json("contracts/producer-contract-manifest.json", manifest))
                .check(AlignmentFixtures.yaml(OPENAPI));
    }

    @Test
    void anApiAheadOfTheReleasedManifestIsHintedToThePreparedManifest() {
        assertThat(serviceVersion(manifest("v5.4.0", RELEASED_SHA, "stock.v5"))).singleElement().satisfies(b -> {
            assertThat(b.ruleId()).isEqualTo("ALIGN-SERVICE-VERSION");
            assertThat(b.message()).isEqualTo("info.version is \"stock.v6\", contracts/producer-contract-manifest.json "
                    + "expects \"stock.v5\"");
            assertThat(b.hint()).isEqualTo("the API moved on to stock.v6 and contracts/producer-contract-manifest.json is "
                    + "the released stock.v5 manifest: if the API describes the release being prepared, set "
                    + "<preparedManifestFile> to its prepared manifest (the coming release_tag, no commit_sha); else set "
                    + "info.version to stock.v5, or change the manifest's expected_service_contract_version in the same "
                    + "change");
        });
    }

    @Test
    void anyOtherDifferenceKeepsThePlainHint() {
        String plain = "set info.version to stock.v5, or change the manifest's expected_service_contract_version in the "
                + "same change";
        // a prepared manifest behind the API: it is the one to change
        assertThat(serviceVersion(manifest("v6.0.0", null, "stock.v5"))).extracting(Breach::hint).containsExactly(plain);
        // an API behind the released manifest, or of another contract
        assertThat(serviceVersion(manifest("v7.0.0", RELEASED_SHA, "stock.v7"))).extracting(Breach::hint)
                .containsExactly(plain.replace("stock.v5", "stock.v7"));
        assertThat(serviceVersion(manifest("v5.4.0", RELEASED_SHA, "orders-api.v5"))).extracting(Breach::hint)
                .containsExactly(plain.replace("stock.v5", "orders-api.v5"));
    }

    @Test
    void laterIsTheSameContractNameWithAHigherVersion() {
        assertThat(ServiceVersionMatchesManifest.isLater("stock.v10", "stock.v9")).isTrue();
        assertThat(ServiceVersionMatchesManifest.isLater("orders-api.v12", "orders-api.v11")).isTrue();
        assertThat(ServiceVersionMatchesManifest.isLater("stock.v6", "stock.v6")).isFalse();
        assertThat(ServiceVersionMatchesManifest.isLater("stock.v5", "stock.v6")).isFalse();
        assertThat(ServiceVersionMatchesManifest.isLater("billing.v8", "stock.v7")).isFalse();
        assertThat(ServiceVersionMatchesManifest.isLater("6.0.0", "5.4.0")).isFalse();
        assertThat(ServiceVersionMatchesManifest.isLater("stock.v" + "9".repeat(20), "stock.v5")).isFalse();
    }

    @Test
    void checkAlignmentAcceptsThePreparedManifest() {
        Fixtures.write(project, "openapi.json", OPENAPI);
        Fixtures.write(project, "contracts/next/producer-contract-manifest.json", manifest("v6.0.0", null, "stock.v6"));

        GoalResult result = new CheckAlignmentRequest(new RunContext(new ProjectFiles(project), Mode.REHEARSAL, null,
                null, null, null, null), Path.of("openapi.json"), Path.of("contracts/next/producer-contract-manifest.json"),
                null, null, null, null, null, null, null).run();

        assertThat(result.breaches()).isEmpty();
        CheckResult schema = result.checks().stream().filter(c -> c.id().equals("manifest.schema")).findFirst()
                .orElseThrow();
        assertThat(schema.status()).isEqualTo(CheckStatus.PASS);
        assertThat(schema.detail()).isEqualTo("producer-contract-manifest.v1, prepared");
        assertThat(result.inputs()).extracting(InputFile::path).contains("contracts/next/producer-contract-manifest.json");
        JsonDocument released = Docs.json("m.json", manifest("v5.4.0", RELEASED_SHA, "stock.v6"));
        assertThat(new ServiceVersionMatchesManifest(released).check(AlignmentFixtures.yaml(OPENAPI))).isEmpty();
    }
}
