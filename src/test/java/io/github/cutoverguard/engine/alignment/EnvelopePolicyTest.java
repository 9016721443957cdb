package io.github.cutoverguard.engine.alignment;

import io.github.cutoverguard.engine.json.JsonDocument;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class EnvelopePolicyTest {

    private static final JsonDocument MANIFEST_WITH_POLICY = AlignmentFixtures.manifest(
            "  \"integration_baseline\": \"integration/v1\",\n",
            "  \"integration_baseline\": \"integration/v1\",\n  \"non_2xx_envelope_policy\": "
                    + "{\"requires\": [\"error.code\"], \"forbids\": [\"legacy_error\"]},\n");

    @Test
    void effectivePolicyPrefersPomThenSourceOfTruthThenManifestThenDefault() {
        EnvelopePolicy fromTruth = EnvelopePolicy.effective(List.of(), List.of("x"), Optional.of(AlignmentFixtures.truth()),
                Optional.of(MANIFEST_WITH_POLICY));
        assertThat(fromTruth.requires().names()).containsExactly("service_contract_version", "error.code", "error.message");
        assertThat(fromTruth.requires().source())
                .isEqualTo("contracts/service-contract-source-of-truth.json non_2xx_envelope_policy.requires");
        assertThat(fromTruth.forbids()).isEqualTo(new EnvelopePolicy.Fields(List.of("x"), "<apiEnvelopeForbids>"));

        EnvelopePolicy fromManifest = EnvelopePolicy.effective(null, null, Optional.empty(), Optional.of(MANIFEST_WITH_POLICY));
        assertThat(fromManifest.requires().names()).containsExactly("error.code");
        assertThat(fromManifest.forbids().names()).containsExactly("legacy_error");

        EnvelopePolicy byDefault = EnvelopePolicy.effective(null, null, Optional.empty(), Optional.of(AlignmentFixtures.manifest()));
        assertThat(byDefault.describe()).isEqualTo("requires [service_contract_version, error.code, error.message] (from "
                + "the plugin's default policy), forbids [legacy_error, api_contract_version] (from the plugin's default policy)");
    }

    @Test
    void referencePolicyIgnoresTheSourceOfTruthItJudges() {
        EnvelopePolicy reference = EnvelopePolicy.reference(List.of(), List.of(), Optional.of(MANIFEST_WITH_POLICY));
        assertThat(reference.requires().names()).containsExactly("error.code");
        assertThat(reference.optional()).isNull();
    }
}
