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
    void oneOrderedSourcePomThenSourceOfTruthThenDefault() {
        EnvelopePolicy fromTruth = EnvelopePolicy.effective(List.of(), List.of("x"), Optional.of(AlignmentFixtures.truth()));
        assertThat(fromTruth.requires().names()).containsExactly("service_contract_version", "error.code", "error.message");
        assertThat(fromTruth.requires().source())
                .isEqualTo("contracts/service-contract-source-of-truth.json non_2xx_envelope_policy.requires");
        assertThat(fromTruth.forbids()).isEqualTo(new EnvelopePolicy.Fields(List.of("x"), "<apiEnvelopeForbids>"));
        assertThat(fromTruth.optional()).isNull();

        EnvelopePolicy byDefault = EnvelopePolicy.effective(null, null, Optional.empty());
        assertThat(byDefault.describe()).isEqualTo("requires [service_contract_version, error.code, error.message] (from "
                + "the plugin's default policy), forbids [legacy_error, api_contract_version] (from the plugin's default policy)");
        assertThat(EnvelopePolicy.effective(null, null, Optional.of(MANIFEST_WITH_POLICY)).requires().names())
                .containsExactly("error.code");
    }
}
