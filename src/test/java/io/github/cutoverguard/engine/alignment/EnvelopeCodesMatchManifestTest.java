package io.github.cutoverguard.engine.alignment;

import io.github.cutoverguard.engine.Breach;
import io.github.cutoverguard.engine.Location;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EnvelopeCodesMatchManifestTest {

    private static List<Breach> check(OpenApiDocument api) {
        return EnvelopeCodesMatchManifest.check(AlignmentFixtures.envelope(api), api, AlignmentFixtures.manifest());
    }

    @Test
    void referenceEnumEqualsTheManifestCodes() {
        assertThat(check(AlignmentFixtures.openApi())).isEmpty();
    }

    @Test
    void missingAndExtraCodesAreNamedAtTheEnumAndAtTheExtraValue() {
        List<Breach> breaches = check(AlignmentFixtures.openApi("                - write_failed\n", "",
                "                - internal_error\n", "                - internal_error\n                - legacy_timeout\n"));
        assertThat(breaches).extracting(Breach::ruleId).containsOnly("ALIGN-ERROR-CODES");
        assertThat(breaches).extracting(Breach::message).containsExactly(
                "ServiceErrorEnvelope error.code lacks manifest error code(s) write_failed of "
                        + "contracts/producer-contract-manifest.json",
                "ServiceErrorEnvelope error.code allows \"legacy_timeout\", which "
                        + "contracts/producer-contract-manifest.json's error_code_enum does not list");
        assertThat(breaches.get(0).jsonPointer())
                .isEqualTo("/components/schemas/ServiceErrorEnvelope/properties/error/properties/code/enum");
        assertThat(breaches.get(0).location()).isEqualTo(new Location(866, 15));
        assertThat(breaches.get(1).location()).isEqualTo(new Location(876, 19));
        assertThat(breaches.get(1).actual()).isEqualTo("legacy_timeout");
    }

    @Test
    void enumReachedThroughRefsCounts() {
        OpenApiDocument api = AlignmentFixtures.yaml("""
                components:
                  schemas:
                    ServiceErrorEnvelope:
                      properties:
                        error:
                          $ref: "#/components/schemas/ErrorBody"
                    ErrorBody:
                      properties:
                        code:
                          $ref: "#/components/schemas/ErrorCode"
                    ErrorCode:
                      type: string
                      enum: [invalid_json, validation_error, context_package_not_found, write_conflict, write_failed,
                             schema_unavailable, migration_failed, query_failed, context_lookup_failed, internal_error]
                """);
        assertThat(check(api)).isEmpty();
    }

    @Test
    void codesSplitOverOneOfConstsCount() {
        StringBuilder consts = new StringBuilder();
        for (String code : io.github.cutoverguard.engine.testing.Docs.REFERENCE_CODES) {
            consts.append("                - const: ").append(code).append('\n');
        }
        OpenApiDocument api = AlignmentFixtures.yaml("components:\n  schemas:\n    ServiceErrorEnvelope:\n"
                + "      properties:\n        error:\n          properties:\n            code:\n              oneOf:\n"
                + consts.toString().replace("                - ", "                - "));
        assertThat(check(api)).isEmpty();
    }

    @Test
    void repeatedCodeFails() {
        List<Breach> breaches = check(AlignmentFixtures.openApi("                - internal_error\n",
                "                - internal_error\n                - invalid_json\n"));
        assertThat(breaches).singleElement().satisfies(b -> {
            assertThat(b.message()).contains("lists \"invalid_json\" more than once");
            assertThat(b.location().line()).isEqualTo(877);
        });
    }

    @Test
    void envelopeWithoutAnEnumFails() {
        List<Breach> breaches = check(AlignmentFixtures.yaml(
                "components:\n  schemas:\n    ServiceErrorEnvelope:\n      properties:\n        error:\n"
                        + "          properties:\n            code: {type: string}\n"));
        assertThat(breaches).singleElement().satisfies(b ->
                assertThat(b.message()).contains("gives error.code no enum"));
    }

    @Test
    void topLevelCodeFieldIsUsedWhenThereIsNoErrorObject() {
        List<Breach> breaches = check(AlignmentFixtures.yaml(
                "components:\n  schemas:\n    ServiceErrorEnvelope:\n      properties:\n        code:\n"
                        + "          enum: [invalid_json]\n"));
        assertThat(breaches).singleElement().satisfies(b ->
                assertThat(b.message()).startsWith("ServiceErrorEnvelope code lacks manifest error code(s) validation_error,"));
    }

    @Test
    void danglingRefOnTheWayIsReported() {
        List<Breach> breaches = check(AlignmentFixtures.yaml(
                "components:\n  schemas:\n    ServiceErrorEnvelope:\n      properties:\n        error:\n"
                        + "          $ref: \"#/components/schemas/Missing\"\n"));
        assertThat(breaches).extracting(Breach::message).anySatisfy(m ->
                assertThat(m).contains("\"#/components/schemas/Missing\" names nothing"));
        assertThat(breaches).extracting(Breach::ruleId).containsOnly("ALIGN-ERROR-CODES");
    }

    @Test
    void manifestWithoutCodesFails() {
        OpenApiDocument api = AlignmentFixtures.openApi();
        List<Breach> breaches = EnvelopeCodesMatchManifest.check(AlignmentFixtures.envelope(api), api,
                AlignmentFixtures.manifest("\"error_code_enum\"", "\"codes\""));
        assertThat(breaches).singleElement().satisfies(b -> assertThat(b.message()).contains("has no error_code_enum"));
    }
}
