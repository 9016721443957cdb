package io.github.cutoverguard.engine.alignment;

import io.github.cutoverguard.engine.Breach;
import io.github.cutoverguard.engine.Location;
import io.github.cutoverguard.engine.json.JsonDocument;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class SourceOfTruthMatchesManifestTest {

    /** The reference source of truth whose policy no longer forbids legacy_error. */
    static final String[] POLICY_WITHOUT_LEGACY_FORBID = {
            "    \"forbids\": [\n      \"legacy_error\",\n      \"api_contract_version\"\n    ]",
            "    \"forbids\": [\n      \"api_contract_version\"\n    ]"};

    private static List<Breach> check(JsonDocument truth, JsonDocument manifest, List<String> requires, List<String> forbids) {
        EnvelopePolicy policy = EnvelopePolicy.effective(requires, forbids, Optional.of(truth));
        return new SourceOfTruthMatchesManifest(Optional.of(manifest), policy, Optional.of(AlignmentFixtures.openApi())).check(truth);
    }

    private static List<Breach> check(JsonDocument truth) {
        return check(truth, AlignmentFixtures.manifest(), List.of(), List.of());
    }

    @Test
    void referenceSourceOfTruthAgreesWithManifestPolicyAndOpenApi() {
        assertThat(check(AlignmentFixtures.truth())).isEmpty();
    }

    @Test
    void aSourceOfTruthWithItsOwnPolicyIsThePolicyOfEveryCheck() {
        assertThat(check(AlignmentFixtures.truth(POLICY_WITHOUT_LEGACY_FORBID))).isEmpty();
    }

    @Test
    void aPolicyThatDiffersFromTheConfiguredOneFailsAtTheList() {
        List<Breach> breaches = check(AlignmentFixtures.truth(POLICY_WITHOUT_LEGACY_FORBID), AlignmentFixtures.manifest(),
                List.of(), List.of("legacy_error", "api_contract_version"));
        assertThat(breaches).singleElement().satisfies(b -> {
            assertThat(b.ruleId()).isEqualTo("ALIGN-SOURCE-OF-TRUTH");
            assertThat(b.message()).isEqualTo("non_2xx_envelope_policy.forbids lacks legacy_error: it is "
                    + "[api_contract_version], <apiEnvelopeForbids> is [legacy_error, api_contract_version]");
            assertThat(b.location()).isEqualTo(new Location(29, 16));
            assertThat(b.expected()).isEqualTo("legacy_error, api_contract_version");
        });
    }

    @Test
    void policyIsComparedWithConfiguredFieldsFirst() {
        List<Breach> breaches = check(AlignmentFixtures.truth(), AlignmentFixtures.manifest(),
                List.of("service_contract_version", "error.code"), List.of());
        assertThat(breaches).extracting(Breach::message).containsExactly("non_2xx_envelope_policy.requires adds "
                + "error.message: it is [service_contract_version, error.code, error.message], <apiEnvelopeRequires> is "
                + "[service_contract_version, error.code]");
    }

    /** The manifest's schema defines no envelope policy: a manifest that states one is no policy source. */
    @Test
    void theManifestIsNoPolicySource() throws Exception {
        assertThat(java.nio.file.Files.readString(java.nio.file.Path.of("schemas/producer-contract-manifest.v1.schema.json")))
                .doesNotContain("non_2xx_envelope_policy");
        JsonDocument manifest = AlignmentFixtures.manifest("  \"integration_baseline\": \"integration/v1\",\n",
                "  \"integration_baseline\": \"integration/v1\",\n  \"non_2xx_envelope_policy\": {\"requires\": "
                        + "[\"service_contract_version\", \"error.code\", \"error.message\"], \"optional\": [], "
                        + "\"forbids\": [\"legacy_error\", \"api_contract_version\"]},\n");
        assertThat(check(AlignmentFixtures.truth(), manifest, List.of(), List.of())).isEmpty();
    }

    @Test
    void overlappingPolicyFails() {
        List<Breach> breaches = check(AlignmentFixtures.truth("      \"error.message\"\n    ],",
                "      \"error.message\",\n      \"legacy_error\"\n    ],"));
        assertThat(breaches).extracting(Breach::message).containsExactly(
                "non_2xx_envelope_policy both requires and forbids legacy_error");
    }

    @Test
    void versionsThatDifferFromTheManifestFail() {
        List<Breach> breaches = check(AlignmentFixtures.truth("\"expected_api_contract_version\": \"api.v1\"",
                "\"expected_api_contract_version\": \"api.v2\""));
        assertThat(breaches).singleElement().satisfies(b -> {
            assertThat(b.message()).isEqualTo("expected_api_contract_version is \"api.v2\", "
                    + "contracts/producer-contract-manifest.json has \"api.v1\"");
            assertThat(b.location()).isEqualTo(new Location(4, 36));
        });
    }

    @Test
    void errorCodesThatDifferFromTheManifestAreNamed() {
        List<Breach> breaches = check(AlignmentFixtures.truth("    \"write_failed\",\n", "",
                "    \"internal_error\"\n", "    \"internal_error\",\n    \"legacy_timeout\"\n"));
        assertThat(breaches).extracting(Breach::message).containsExactly(
                "error_code_enum lacks contracts/producer-contract-manifest.json code(s) write_failed",
                "error_code_enum lists \"legacy_timeout\", which contracts/producer-contract-manifest.json does not");
        assertThat(breaches.get(1).location().line()).isEqualTo(18);
    }

    @Test
    void endpointMissingFromTheOpenApiDescriptionFails() {
        List<Breach> breaches = check(AlignmentFixtures.truth("\"/v1/ready\"", "\"/v1/readiness\""));
        assertThat(breaches).extracting(Breach::message).containsExactly(
                "readiness_endpoint is /v1/readiness, which openapi.yaml does not define under paths");
    }

    @Test
    void onlyWhatBothFilesStateIsCompared() {
        JsonDocument sparse = io.github.cutoverguard.engine.testing.Docs.json("truth.json",
                "{\"expected_service_contract_version\": \"service.v3\"}");
        assertThat(new SourceOfTruthMatchesManifest(Optional.empty(), EnvelopePolicy.effective(List.of(), List.of(), Optional.empty()), Optional.empty()).check(sparse)).isEmpty();
        assertThat(check(sparse)).isEmpty();
    }
}
