package io.github.cutoverguard.engine.schema;

import io.github.cutoverguard.engine.Breach;
import io.github.cutoverguard.engine.Location;
import io.github.cutoverguard.engine.json.JsonDocument;
import io.github.cutoverguard.engine.testing.Docs;
import io.github.cutoverguard.engine.testing.InventoryManifests;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #29: {@code producer-contract-manifest.v1} in its two forms. The schema accepts both (a released manifest
 * exactly as before); a prepared one, the same object without {@code commit_sha}, is what the goals that need a release
 * refuse with one breach at {@code /commit_sha}.
 */
class ManifestIsReleasedTest {

    private static final String PREPARED = InventoryManifests.prepared("v6.0.0", "stock.v6");
    private static final String RELEASED = InventoryManifests.released("v6.0.0", "0123456789abcdef0123456789abcdef01234567",
            "stock.v6");

    private static JsonDocument manifest(String text) {
        return Docs.json("contracts/next/producer-contract-manifest.json", text);
    }

    private static List<Breach> schema(String text) {
        return MatchesSchema.bundled(SchemaCatalog.PRODUCER_MANIFEST).check(manifest(text));
    }

    @Test
    void theSchemaAcceptsBothFormsAndStillJudgesAGivenCommitSha() {
        assertThat(schema(RELEASED)).isEmpty();
        assertThat(schema(PREPARED)).isEmpty();
        assertThat(schema(RELEASED.replace("0123456789abcdef0123456789abcdef01234567", "0123abc")))
                .singleElement().satisfies(b -> assertThat(b.jsonPointer()).isEqualTo("/commit_sha"));
        assertThat(schema(PREPARED.replace("  \"release_tag\": \"v6.0.0\",\n", ""))).singleElement()
                .satisfies(b -> assertThat(b.message()).contains("release_tag"));
    }

    @Test
    void aPreparedManifestIsOneBreachAtCommitShaNamingTheFileAndTheFix() {
        ManifestIsReleased check = new ManifestIsReleased("check-pin needs the pinned release's manifest", "mirror it");
        assertThat(ManifestIsReleased.isPrepared(manifest(PREPARED))).isTrue();
        assertThat(check.check(manifest(RELEASED))).isEmpty();
        assertThat(check.check(manifest(PREPARED))).singleElement().satisfies(b -> {
            assertThat(b.ruleId()).isEqualTo("JSON-SCHEMA");
            assertThat(b.file()).isEqualTo("contracts/next/producer-contract-manifest.json");
            assertThat(b.jsonPointer()).isEqualTo("/commit_sha");
            assertThat(b.location()).isEqualTo(new Location(1, 1));
            assertThat(b.message()).isEqualTo("contracts/next/producer-contract-manifest.json is a prepared manifest "
                    + "(release_tag \"v6.0.0\", no commit_sha): check-pin needs the pinned release's manifest");
            assertThat(b.expected()).isEqualTo("commit_sha of the released commit");
            assertThat(b.actual()).isEqualTo("none (a prepared manifest)");
            assertThat(b.hint()).isEqualTo("mirror it");
        });
        assertThat(check.rules()).containsExactly(MatchesSchema.RULE);
    }

    @Test
    void whatIsNoObjectIsTheSchemasToReportNotAPreparedManifest() {
        assertThat(ManifestIsReleased.isPrepared(manifest("[]"))).isFalse();
        assertThat(ManifestIsReleased.producerManifestOf("validate-handoff").check(manifest("\"v6.0.0\""))).isEmpty();
        assertThat(ManifestIsReleased.producerManifestOf("validate-handoff")
                .check(manifest(PREPARED.replace("  \"release_tag\": \"v6.0.0\",\n", "")))).singleElement()
                .satisfies(b -> assertThat(b.message()).isEqualTo("contracts/next/producer-contract-manifest.json is a "
                        + "prepared manifest (no commit_sha): validate-handoff needs the released manifest (the active "
                        + "runtime baseline) in <producerManifestFile>"));
    }
}
