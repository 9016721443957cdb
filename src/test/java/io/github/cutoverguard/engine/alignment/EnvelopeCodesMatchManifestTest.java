package io.github.cutoverguard.engine.alignment;

import io.github.cutoverguard.engine.Breach;
import io.github.cutoverguard.engine.Location;
import io.github.cutoverguard.engine.json.JsonDocument;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EnvelopeCodesMatchManifestTest {

    private static List<Breach> check(OpenApiDocument api) {
        return new EnvelopeCodesMatchManifest(api, AlignmentFixtures.manifest()).check(List.of(AlignmentFixtures.envelope(api)));
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
    void allOfEnumsWithNoCodeInCommonAllowNoCode() {
        OpenApiDocument api = AlignmentFixtures.yaml("""
                components:
                  schemas:
                    ServiceErrorEnvelope:
                      allOf:
                        - properties:
                            error:
                              properties:
                                code:
                                  enum: [invalid_json, validation_error, context_package_not_found, write_conflict, write_failed]
                        - properties:
                            error:
                              properties:
                                code:
                                  enum: [schema_unavailable, migration_failed, query_failed, context_lookup_failed, internal_error]
                """);
        List<Breach> breaches = check(api);
        assertThat(breaches).singleElement().satisfies(b -> {
            assertThat(b.ruleId()).isEqualTo("ALIGN-ERROR-CODES");
            assertThat(b.jsonPointer()).isEqualTo("/components/schemas/ServiceErrorEnvelope/allOf/0/properties/error"
                    + "/properties/code/enum");
            assertThat(b.location().line()).isEqualTo(9);
            assertThat(b.message()).isEqualTo("ServiceErrorEnvelope error.code allows no code at all: the enums at "
                    + "openapi.yaml:9 and openapi.yaml:14 must all hold and have no value in common, so no code is "
                    + "valid; contracts/producer-contract-manifest.json lists 10");
        });
    }

    @Test
    void allOfEnumsAllowTheCodesTheyHaveInCommon() {
        OpenApiDocument api = AlignmentFixtures.yaml("""
                components:
                  schemas:
                    ServiceErrorEnvelope:
                      allOf:
                        - $ref: "#/components/schemas/ReferenceCodes"
                        - properties:
                            error:
                              properties:
                                code:
                                  enum: [invalid_json, validation_error, context_package_not_found, write_conflict,
                                         write_failed, schema_unavailable, migration_failed, query_failed,
                                         context_lookup_failed, internal_error, legacy_timeout]
                    ReferenceCodes:
                      properties:
                        error:
                          properties:
                            code:
                              enum: [invalid_json, validation_error, context_package_not_found, write_conflict,
                                     write_failed, schema_unavailable, migration_failed, query_failed,
                                     context_lookup_failed, internal_error]
                """);
        assertThat(check(api)).isEmpty();
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

    /** Issue #26 defect 19: a null in the code enum is named as null, not as the empty string. */
    @Test
    void aNullInTheCodeEnumIsNamedAsNull() {
        List<Breach> breaches = check(AlignmentFixtures.openApi("                - internal_error\n",
                "                - internal_error\n                - null\n"));
        assertThat(breaches).singleElement().satisfies(b -> {
            assertThat(b.ruleId()).isEqualTo("ALIGN-ERROR-CODES");
            assertThat(b.message()).isEqualTo("ServiceErrorEnvelope error.code allows null, which is not an error code: "
                    + "contracts/producer-contract-manifest.json's error_code_enum lists strings");
            assertThat(b.jsonPointer()).isEqualTo("/components/schemas/ServiceErrorEnvelope/properties/error/properties/code/enum/10");
            assertThat(b.location().line()).isEqualTo(877);
            assertThat(b.actual()).isEqualTo("null");
            assertThat(b.hint()).isEqualTo("remove null from the enum (a missing code is written by leaving error.code out, "
                    + "if the envelope allows that)");
        });
    }

    /** Issue #26 defect 21: a code with a trailing line break is shown with the break escaped, not as a space. */
    @Test
    void aCodeWithATrailingLineBreakIsShownEscaped() {
        List<Breach> breaches = check(AlignmentFixtures.openApi("                - internal_error\n",
                "                - \"internal_error\\n\"\n"));
        assertThat(breaches).extracting(Breach::message).containsExactly(
                "ServiceErrorEnvelope error.code lacks manifest error code(s) internal_error of "
                        + "contracts/producer-contract-manifest.json",
                "ServiceErrorEnvelope error.code allows \"internal_error\\n\", which "
                        + "contracts/producer-contract-manifest.json's error_code_enum does not list");
        assertThat(breaches.get(1).actual()).isEqualTo("internal_error\\n");
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
        List<Breach> breaches = new EnvelopeCodesMatchManifest(api, AlignmentFixtures.manifest("\"error_code_enum\"", "\"codes\"")).check(List.of(AlignmentFixtures.envelope(api)));
        assertThat(breaches).singleElement().satisfies(b -> assertThat(b.message()).contains("has no error_code_enum"));
    }

    /** Two envelopes: {@code Coded} enumerates {@code codes}, {@code Free} has a free-string code. */
    private static OpenApiDocument twoEnvelopes(String codes) {
        return AlignmentFixtures.yaml("components:\n  schemas:\n    Coded:\n      properties:\n        error:\n"
                + "          properties:\n            code: {enum: [" + codes + "]}\n    Free:\n      properties:\n"
                + "        code: {type: string}\n");
    }

    private static List<EnvelopeSchema> both(OpenApiDocument api) {
        return List.of(new EnvelopeSchema(api, "/components/schemas/Coded"), new EnvelopeSchema(api, "/components/schemas/Free"));
    }

    private static final String REFERENCE_CODES = "invalid_json, validation_error, context_package_not_found, "
            + "write_conflict, write_failed, schema_unavailable, migration_failed, query_failed, context_lookup_failed, "
            + "internal_error";

    @Test
    void theCodesOfSeveralEnvelopesAreComparedTogetherAndAFreeStringCodeIsNoBreach() {
        OpenApiDocument api = twoEnvelopes(REFERENCE_CODES);
        assertThat(EnvelopeCodesMatchManifest.notApplicable(both(api), AlignmentFixtures.manifest())).isNull();
        assertThat(new EnvelopeCodesMatchManifest(api, AlignmentFixtures.manifest()).check(both(api))).isEmpty();
        OpenApiDocument lacking = twoEnvelopes(REFERENCE_CODES.replace("write_failed, ", ""));
        assertThat(new EnvelopeCodesMatchManifest(lacking, AlignmentFixtures.manifest()).check(both(lacking)))
                .extracting(Breach::message).containsExactly("Coded error.code lacks manifest error code(s) write_failed "
                        + "of contracts/producer-contract-manifest.json");
    }

    @Test
    void codesSplitOverTwoEnvelopesMustTogetherEqualTheManifest() {
        OpenApiDocument api = AlignmentFixtures.yaml("components:\n  schemas:\n    A:\n      properties:\n"
                + "        code: {enum: [invalid_json, validation_error, context_package_not_found, write_conflict, write_failed]}\n"
                + "    B:\n      properties:\n        error:\n          properties:\n            code:\n"
                + "              enum: [schema_unavailable, migration_failed, query_failed, context_lookup_failed, teapot, "
                + "teapot]\n");
        List<EnvelopeSchema> envelopes = List.of(new EnvelopeSchema(api, "/components/schemas/A"),
                new EnvelopeSchema(api, "/components/schemas/B"));
        assertThat(new EnvelopeCodesMatchManifest(api, AlignmentFixtures.manifest()).check(envelopes))
                .extracting(Breach::message).containsExactly(
                        "B error.code lists \"teapot\" more than once",
                        "the error envelopes A, B lack manifest error code(s) internal_error of "
                                + "contracts/producer-contract-manifest.json",
                        "B error.code allows \"teapot\", which contracts/producer-contract-manifest.json's "
                                + "error_code_enum does not list");
    }

    @Test
    void anApiWhoseManifestDeclaresFreeStringCodesHasNoCodeComparison() {
        OpenApiDocument api = AlignmentFixtures.yaml("components:\n  schemas:\n    basic-error:\n      properties:\n"
                + "        message: {type: string}\n    validation-error:\n      properties:\n        errors:\n"
                + "          items:\n            properties:\n              code: {type: string}\n");
        List<EnvelopeSchema> envelopes = List.of(new EnvelopeSchema(api, "/components/schemas/basic-error"),
                new EnvelopeSchema(api, "/components/schemas/validation-error"));
        JsonDocument freeStrings = freeStringManifest();
        assertThat(EnvelopeCodesMatchManifest.notApplicable(envelopes, freeStrings)).isEqualTo("not applicable: "
                + "contracts/producer-contract-manifest.json declares \"error_codes_enumerated\": false and no error "
                + "envelope enumerates its code (basic-error, validation-error)");
        // without the declaration the same API is a breach: nothing enumerates the codes the manifest lists
        assertThat(EnvelopeCodesMatchManifest.notApplicable(envelopes, AlignmentFixtures.manifest())).isNull();
        assertThat(new EnvelopeCodesMatchManifest(api, AlignmentFixtures.manifest()).check(envelopes)).singleElement()
                .satisfies(b -> {
                    assertThat(b.message()).isEqualTo("none of the error envelopes basic-error, validation-error "
                            + "enumerates its error.code or code, so its error codes cannot be compared with "
                            + "contracts/producer-contract-manifest.json");
                    assertThat(b.hint()).contains("\"error_codes_enumerated\": false");
                });
    }

    @Test
    void anEnvelopeThatEnumeratesCodesContradictsAFreeStringDeclaration() {
        OpenApiDocument api = twoEnvelopes("invalid_json, teapot");
        assertThat(EnvelopeCodesMatchManifest.notApplicable(both(api), freeStringManifest())).isNull();
        assertThat(new EnvelopeCodesMatchManifest(api, freeStringManifest()).check(both(api))).singleElement()
                .satisfies(b -> {
                    assertThat(b.message()).isEqualTo("Coded error.code enumerates invalid_json, teapot, but "
                            + "contracts/producer-contract-manifest.json declares \"error_codes_enumerated\": false");
                    assertThat(b.jsonPointer()).isEqualTo("/components/schemas/Coded/properties/error/properties/code/enum");
                });
    }

    private static JsonDocument freeStringManifest() {
        String manifest = io.github.cutoverguard.engine.testing.Fixtures.referenceText(AlignmentFixtures.MANIFEST);
        String codes = manifest.substring(manifest.indexOf("\"error_code_enum\""), manifest.indexOf("]") + 1);
        return AlignmentFixtures.manifest(codes, "\"error_codes_enumerated\": false,\n  \"error_code_enum\": []");
    }
}
