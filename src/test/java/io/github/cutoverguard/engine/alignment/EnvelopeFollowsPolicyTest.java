package io.github.cutoverguard.engine.alignment;

import io.github.cutoverguard.engine.Breach;
import io.github.cutoverguard.engine.Location;
import io.github.cutoverguard.engine.handoff.EnvelopePolicyIsConsistent;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EnvelopeFollowsPolicyTest {

    static final String ENVELOPE_START = "    ServiceErrorEnvelope:\n      type: object\n";
    /** The reference envelope with legacy_error brought back through an allOf $ref to a component. */
    static final String[] LEGACY_THROUGH_REF = {ENVELOPE_START,
            "    ServiceErrorEnvelope:\n      allOf:\n        - $ref: \"#/components/schemas/LegacyErrorFields\"\n"
                    + "      type: object\n"};
    static final String LEGACY_COMPONENT = "    LegacyErrorFields:\n      type: object\n      properties:\n"
            + "        legacy_error:\n          type: string\n";

    private static final EnvelopePolicy DEFAULT = new EnvelopePolicy(
            new EnvelopePolicy.Fields(EnvelopePolicyIsConsistent.DEFAULT_REQUIRES, EnvelopePolicy.DEFAULT_SOURCE),
            new EnvelopePolicy.Fields(EnvelopePolicyIsConsistent.DEFAULT_FORBIDS, EnvelopePolicy.DEFAULT_SOURCE), null);

    private static List<Breach> check(OpenApiDocument api) {
        return new EnvelopeFollowsPolicy(api, DEFAULT).envelope(AlignmentFixtures.envelope(api));
    }

    /** A closed ServiceErrorEnvelope with {@code yaml} below {@code additionalProperties: false}. */
    private static OpenApiDocument envelope(String yaml) {
        return AlignmentFixtures.yaml("components:\n  schemas:\n    ServiceErrorEnvelope:\n      additionalProperties: false\n"
                + yaml);
    }

    @Test
    void referenceEnvelopeRequiresAndForbidsWhatThePolicySays() {
        assertThat(check(AlignmentFixtures.openApi())).isEmpty();
    }

    @Test
    void legacyErrorReaddedThroughARefdComponentFailsAtTheComponent() {
        OpenApiDocument api = AlignmentFixtures.yaml(AlignmentFixtures.openApiText(LEGACY_THROUGH_REF) + LEGACY_COMPONENT);
        List<Breach> breaches = check(api);
        assertThat(breaches).singleElement().satisfies(b -> {
            assertThat(b.ruleId()).isEqualTo("ALIGN-ENVELOPE");
            assertThat(b.location()).isEqualTo(new Location(889, 9));
            assertThat(b.jsonPointer()).isEqualTo("/components/schemas/LegacyErrorFields/properties/legacy_error");
            assertThat(b.message()).isEqualTo("the error envelope ServiceErrorEnvelope defines legacy_error through the "
                    + "$ref at openapi.yaml:849 to #/components/schemas/LegacyErrorFields; the plugin's default policy "
                    + "forbids it");
        });
    }

    @Test
    void forbiddenFieldDefinedDirectlyFails() {
        List<Breach> breaches = check(AlignmentFixtures.openApi("        service_contract_version:\n          type: string\n"
                        + "          const: service.v3\n        error:\n          type: object\n          additionalProperties: false\n",
                "        service_contract_version:\n          type: string\n          const: service.v3\n"
                        + "        api_contract_version:\n          type: string\n"
                        + "        error:\n          type: object\n          additionalProperties: false\n"));
        assertThat(breaches).singleElement().satisfies(b -> {
            assertThat(b.message()).startsWith("the error envelope ServiceErrorEnvelope defines api_contract_version;");
            assertThat(b.location().line()).isEqualTo(857);
        });
    }

    @Test
    void forbiddenFieldThatIsOnlyRequiredFails() {
        List<Breach> breaches = check(envelope("      required: [service_contract_version, error, legacy_error]\n"
                + "      properties:\n        service_contract_version: {type: string}\n"
                + "        error:\n          required: [code, message]\n"
                + "          properties: {code: {type: string}, message: {type: string}}\n"));
        assertThat(breaches).singleElement().satisfies(b -> {
            assertThat(b.message()).startsWith("the error envelope ServiceErrorEnvelope requires legacy_error;");
            assertThat(b.jsonPointer()).isEqualTo("/components/schemas/ServiceErrorEnvelope/required/2");
        });
    }

    @Test
    void forbiddenFieldInAOneOfBranchFails() {
        List<Breach> breaches = check(envelope("      required: [service_contract_version, error]\n"
                + "      properties:\n        service_contract_version: {type: string}\n"
                + "        error:\n          required: [code, message]\n"
                + "          properties: {code: {type: string}, message: {type: string}}\n"
                + "      oneOf:\n        - properties: {legacy_error: {type: string}}\n"));
        assertThat(breaches).extracting(Breach::jsonPointer)
                .containsExactly("/components/schemas/ServiceErrorEnvelope/oneOf/0/properties/legacy_error");
    }

    @Test
    void requiredFieldThatIsOnlyDefinedFailsAtItsRequiredList() {
        List<Breach> breaches = check(AlignmentFixtures.openApi("            - code\n            - message\n", "            - code\n"));
        assertThat(breaches).singleElement().satisfies(b -> {
            assertThat(b.message()).isEqualTo("the error envelope ServiceErrorEnvelope defines error.message but does "
                    + "not require it; the plugin's default policy requires error.message");
            assertThat(b.jsonPointer()).isEqualTo("/components/schemas/ServiceErrorEnvelope/properties/error/required");
            assertThat(b.location()).isEqualTo(new Location(860, 11));
        });
    }

    @Test
    void requiredFieldThatIsNotDefinedFails() {
        List<Breach> breaches = check(envelope("      required: [error]\n      properties:\n"
                + "        error:\n          required: [code, message]\n"
                + "          properties: {code: {type: string}, message: {type: string}}\n"));
        assertThat(breaches).singleElement().satisfies(b ->
                assertThat(b.message()).startsWith("the error envelope ServiceErrorEnvelope does not define service_contract_version;"));
    }

    @Test
    void parentThatIsNotRequiredFailsForTheNestedField() {
        List<Breach> breaches = check(envelope("      required: [service_contract_version]\n      properties:\n"
                + "        service_contract_version: {type: string}\n"
                + "        error:\n          required: [code, message]\n"
                + "          properties: {code: {type: string}, message: {type: string}}\n"));
        assertThat(breaches).extracting(Breach::message).containsExactly(
                "the error envelope ServiceErrorEnvelope defines error but does not require it (needed for error.code); "
                        + "the plugin's default policy requires error.code",
                "the error envelope ServiceErrorEnvelope defines error but does not require it (needed for error.message); "
                        + "the plugin's default policy requires error.message");
    }

    @Test
    void fieldsRequiredThroughRefsAndAllOfCount() {
        OpenApiDocument api = AlignmentFixtures.yaml("""
                components:
                  schemas:
                    ServiceErrorEnvelope:
                      unevaluatedProperties: false
                      allOf:
                        - $ref: "#/components/schemas/Versioned"
                        - required: [error]
                          properties:
                            error:
                              $ref: "#/components/schemas/ErrorBody"
                    Versioned:
                      required: [service_contract_version]
                      properties:
                        service_contract_version: {type: string}
                    ErrorBody:
                      required: [code, message]
                      properties:
                        code: {type: string}
                        message: {type: string}
                """);
        assertThat(check(api)).isEmpty();
    }

    @Test
    void nestedForbiddenFieldIsFound() {
        OpenApiDocument api = AlignmentFixtures.openApi();
        EnvelopePolicy policy = new EnvelopePolicy(DEFAULT.requires(),
                new EnvelopePolicy.Fields(List.of("error.details"), "<apiEnvelopeForbids>"), null);
        List<Breach> breaches = new EnvelopeFollowsPolicy(api, policy).envelope(AlignmentFixtures.envelope(api));
        assertThat(breaches).singleElement().satisfies(b -> {
            assertThat(b.message()).endsWith("defines error.details; <apiEnvelopeForbids> forbids it");
            assertThat(b.location()).isEqualTo(new Location(879, 13));
        });
    }

    /** The inventory team's closed envelope ({@code stock.v6}), with {@code extra} keywords at its top level. */
    private static OpenApiDocument stock(String openapi, String extra) {
        return AlignmentFixtures.yaml(stockText(openapi) + extra);
    }

    private static String stockText(String openapi) {
        return "openapi: " + openapi + "\ncomponents:\n  schemas:\n    StockErrorEnvelope:\n"
                + "      type: object\n      additionalProperties: false\n"
                + "      required: [service_contract_version, error]\n"
                + "      properties:\n        service_contract_version: {const: stock.v6}\n"
                + "        error:\n          type: object\n          required: [code, message]\n"
                + "          properties: {code: {enum: [out_of_stock]}, message: {type: string}}\n";
    }

    private static List<Breach> checkStock(OpenApiDocument api) {
        return new EnvelopeFollowsPolicy(api, DEFAULT).envelope(new EnvelopeSchema(api, "/components/schemas/StockErrorEnvelope"));
    }

    @Test
    void closedStockEnvelopeFollowsThePolicy() {
        assertThat(checkStock(stock("3.1.0", ""))).isEmpty();
        assertThat(checkStock(stock("3.0.3", ""))).isEmpty();
    }

    @Test
    void forbiddenFieldRequiredThroughIfThenFails() {
        List<Breach> breaches = checkStock(stock("3.1.0", "      if: {required: [error]}\n"
                + "      then: {required: [legacy_error]}\n"));
        assertThat(breaches).singleElement().satisfies(b -> {
            assertThat(b.ruleId()).isEqualTo("ALIGN-ENVELOPE");
            assertThat(b.jsonPointer()).isEqualTo("/components/schemas/StockErrorEnvelope/then/required/0");
            assertThat(b.location().line()).isEqualTo(15);
            assertThat(b.message()).isEqualTo("the error envelope StockErrorEnvelope requires legacy_error (under then); "
                    + "the plugin's default policy forbids it");
        });
    }

    @Test
    void forbiddenFieldRequiredThroughDependentSchemasFails() {
        List<Breach> breaches = checkStock(stock("3.1.0", "      dependentSchemas:\n"
                + "        error: {required: [api_contract_version]}\n"));
        assertThat(breaches).singleElement().satisfies(b -> {
            assertThat(b.jsonPointer()).isEqualTo("/components/schemas/StockErrorEnvelope/dependentSchemas/error/required/0");
            assertThat(b.message()).isEqualTo("the error envelope StockErrorEnvelope requires api_contract_version (under "
                    + "dependentSchemas/error); the plugin's default policy forbids it");
        });
    }

    @Test
    void forbiddenFieldAdmittedByAPatternPropertyFails() {
        List<Breach> breaches = checkStock(stock("3.1.0", "      patternProperties:\n        \"^legacy_\": {type: string}\n"));
        assertThat(breaches).singleElement().satisfies(b -> {
            assertThat(b.jsonPointer()).isEqualTo("/components/schemas/StockErrorEnvelope/patternProperties/^legacy_");
            assertThat(b.location().line()).isEqualTo(15);
            assertThat(b.message()).isEqualTo("the error envelope StockErrorEnvelope admits legacy_error through "
                    + "patternProperties \"^legacy_\"; the plugin's default policy forbids it");
        });
    }

    @Test
    void forbiddenFieldsAdmittedByAnAdditionalPropertiesSchemaFail() {
        List<Breach> breaches = checkStock(AlignmentFixtures.yaml(AlignmentFixtures.edit(stockText("3.1.0"),
                "      additionalProperties: false\n", "      additionalProperties: {type: string}\n")));
        assertThat(breaches).extracting(Breach::message).containsExactly(
                "the error envelope StockErrorEnvelope admits legacy_error through additionalProperties; the plugin's "
                        + "default policy forbids it",
                "the error envelope StockErrorEnvelope admits api_contract_version through additionalProperties; the "
                        + "plugin's default policy forbids it");
        assertThat(breaches).extracting(Breach::jsonPointer)
                .containsOnly("/components/schemas/StockErrorEnvelope/additionalProperties");
    }

    @Test
    void forbiddenFieldAdmittedByUnevaluatedPropertiesFails() {
        List<Breach> breaches = checkStock(AlignmentFixtures.yaml(AlignmentFixtures.edit(stockText("3.1.0"),
                "      additionalProperties: false\n", "      unevaluatedProperties: true\n")));
        assertThat(breaches).extracting(Breach::message).first().isEqualTo("the error envelope StockErrorEnvelope "
                + "admits legacy_error through unevaluatedProperties; the plugin's default policy forbids it");
    }

    @Test
    void openEnvelopeAdmitsTheForbiddenFieldsAtItsTopLevel() {
        List<Breach> breaches = checkStock(AlignmentFixtures.yaml(AlignmentFixtures.edit(stockText("3.1.0"),
                "      additionalProperties: false\n", "")));
        assertThat(breaches).singleElement().satisfies(b -> {
            assertThat(b.ruleId()).isEqualTo("ALIGN-ENVELOPE");
            assertThat(b.jsonPointer()).isEqualTo("/components/schemas/StockErrorEnvelope");
            assertThat(b.location()).isEqualTo(new Location(4, 5));
            assertThat(b.message()).isEqualTo("the error envelope StockErrorEnvelope is open: no schema that applies to "
                    + "it closes it (additionalProperties: false) or names legacy_error or api_contract_version, so an "
                    + "error body carrying legacy_error or api_contract_version validates against it; the plugin's "
                    + "default policy forbids them");
            assertThat(b.hint()).startsWith("close the envelope: additionalProperties: false");
        });
    }

    @Test
    void openErrorObjectAdmitsANestedForbiddenField() {
        EnvelopePolicy policy = new EnvelopePolicy(DEFAULT.requires(),
                new EnvelopePolicy.Fields(List.of("error.legacy_code"), "<apiEnvelopeForbids>"), null);
        OpenApiDocument api = stock("3.1.0", "");
        List<Breach> breaches = new EnvelopeFollowsPolicy(api, policy).envelope(new EnvelopeSchema(api, "/components/schemas/StockErrorEnvelope"));
        assertThat(breaches).singleElement().satisfies(b -> {
            assertThat(b.jsonPointer()).isEqualTo("/components/schemas/StockErrorEnvelope/properties/error");
            assertThat(b.location().line()).isEqualTo(10);
            assertThat(b.message()).isEqualTo("error of the error envelope StockErrorEnvelope is open: no schema that "
                    + "applies to it closes it (additionalProperties: false) or names legacy_code, so an error body "
                    + "carrying error.legacy_code validates against it; <apiEnvelopeForbids> forbids it");
            assertThat(b.hint()).startsWith("close error: additionalProperties: false");
        });
        OpenApiDocument closed = AlignmentFixtures.yaml(AlignmentFixtures.edit(stockText("3.1.0"),
                "          type: object\n          required: [code, message]\n",
                "          type: object\n          additionalProperties: false\n          required: [code, message]\n"));
        assertThat(new EnvelopeFollowsPolicy(closed, policy).envelope(new EnvelopeSchema(closed, "/components/schemas/StockErrorEnvelope"))).isEmpty();
    }

    @Test
    void openEnvelopeLevelAboveAnUndefinedParentAdmitsTheNestedField() {
        EnvelopePolicy policy = new EnvelopePolicy(DEFAULT.requires(),
                new EnvelopePolicy.Fields(List.of("legacy.code"), "<apiEnvelopeForbids>"), null);
        OpenApiDocument api = AlignmentFixtures.yaml(AlignmentFixtures.edit(stockText("3.1.0"),
                "      additionalProperties: false\n", ""));
        List<Breach> breaches = new EnvelopeFollowsPolicy(api, policy).envelope(new EnvelopeSchema(api, "/components/schemas/StockErrorEnvelope"));
        assertThat(breaches).extracting(Breach::message).containsExactly("the error envelope StockErrorEnvelope is "
                + "open: no schema that applies to it closes it (additionalProperties: false) or names legacy, so an "
                + "error body carrying legacy.code validates against it; <apiEnvelopeForbids> forbids it");
    }

    @Test
    void onePartOfAnAllOfClosingTheEnvelopeClosesIt() {
        String text = "openapi: 3.1.0\ncomponents:\n  schemas:\n    StockErrorEnvelope:\n"
                + "      allOf:\n        - $ref: \"#/components/schemas/StockErrorBase\"\n"
                + "        - additionalProperties: false\n"
                + "          properties: {service_contract_version: true, error: true}\n"
                + "    StockErrorBase:\n      type: object\n      required: [service_contract_version, error]\n"
                + "      properties:\n        service_contract_version: {const: stock.v6}\n"
                + "        error:\n          type: object\n          required: [code, message]\n"
                + "          properties: {code: {enum: [out_of_stock]}, message: {type: string}}\n";
        assertThat(checkStock(AlignmentFixtures.yaml(text))).isEmpty();
    }

    @Test
    void aClosingPartThatHoldsOnlyUnderABranchDoesNotCloseTheEnvelope() {
        List<Breach> breaches = checkStock(AlignmentFixtures.yaml(AlignmentFixtures.edit(stockText("3.1.0"),
                "      additionalProperties: false\n", "      anyOf:\n        - additionalProperties: false\n"
                        + "          properties: {service_contract_version: true, error: true}\n        - {}\n")));
        assertThat(breaches).extracting(Breach::jsonPointer).containsExactly("/components/schemas/StockErrorEnvelope");
    }

    @Test
    void unevaluatedPropertiesFalseClosesTheEnvelopeInOpenApi31Only() {
        String closedByUnevaluated = AlignmentFixtures.edit(stockText("3.1.0"), "      additionalProperties: false\n",
                "      unevaluatedProperties: false\n");
        assertThat(checkStock(AlignmentFixtures.yaml(closedByUnevaluated))).isEmpty();
        assertThat(checkStock(AlignmentFixtures.yaml(closedByUnevaluated.replace("3.1.0", "3.0.3"))))
                .extracting(Breach::jsonPointer).containsExactly("/components/schemas/StockErrorEnvelope");
    }

    @Test
    void anOpenEnvelopeThatNamesTheForbiddenFieldsFalseRejectsThem() {
        String open = AlignmentFixtures.edit(stockText("3.1.0"), "      additionalProperties: false\n", "");
        assertThat(checkStock(AlignmentFixtures.yaml(AlignmentFixtures.edit(open,
                "        service_contract_version: {const: stock.v6}\n", "        service_contract_version: {const: stock.v6}\n"
                        + "        legacy_error: false\n        api_contract_version: false\n")))).isEmpty();
        assertThat(checkStock(AlignmentFixtures.yaml(open
                + "      patternProperties: {\"^(legacy_error|api_contract_version)$\": false}\n"))).isEmpty();
        assertThat(checkStock(AlignmentFixtures.yaml(open + "      patternProperties: {\"^legacy_\": false}\n")))
                .extracting(Breach::message).singleElement().asString().contains("or names api_contract_version,");
    }

    @Test
    void forbiddenFieldUnderNotIsBeyondTheAnalysisAndFails() {
        List<Breach> breaches = checkStock(stock("3.1.0", "      not: {not: {required: [legacy_error]}}\n"));
        assertThat(breaches).singleElement().satisfies(b -> {
            assertThat(b.jsonPointer()).isEqualTo("/components/schemas/StockErrorEnvelope/not/not/required/0");
            assertThat(b.message()).isEqualTo("the error envelope StockErrorEnvelope names legacy_error under not, which "
                    + "the envelope check does not model; the plugin's default policy forbids it");
        });
    }

    @Test
    void inOpenApi30TheSiblingsOfARefAreIgnoredSoTheEnvelopeRequiresNothing() {
        String text = "openapi: 3.0.3\ncomponents:\n  schemas:\n    StockErrorEnvelope:\n"
                + "      $ref: \"#/components/schemas/StockErrorBase\"\n"
                + "      required: [service_contract_version, error]\n"
                + "    StockErrorBase:\n      type: object\n      additionalProperties: false\n"
                + "      properties:\n        service_contract_version: {type: string}\n"
                + "        error:\n          type: object\n          required: [code, message]\n"
                + "          properties: {code: {type: string}, message: {type: string}}\n";
        List<Breach> breaches = checkStock(AlignmentFixtures.yaml(text));
        assertThat(breaches).extracting(Breach::message).containsExactly(
                "the error envelope StockErrorEnvelope defines service_contract_version but does not require it; the "
                        + "plugin's default policy requires service_contract_version",
                "the error envelope StockErrorEnvelope defines error but does not require it (needed for error.code); "
                        + "the plugin's default policy requires error.code",
                "the error envelope StockErrorEnvelope defines error but does not require it (needed for error.message); "
                        + "the plugin's default policy requires error.message");
        assertThat(checkStock(AlignmentFixtures.yaml(text.replace("3.0.3", "3.1.0")))).isEmpty();
    }

    @Test
    void envelopeThatAdmitsNullRequiresNothing() {
        List<Breach> breaches = checkStock(AlignmentFixtures.yaml(AlignmentFixtures.edit(stockText("3.1.0"),
                "      type: object\n      additionalProperties", "      type: [object, \"null\"]\n      additionalProperties")));
        assertThat(breaches).singleElement().satisfies(b -> {
            assertThat(b.jsonPointer()).isEqualTo("/components/schemas/StockErrorEnvelope/type");
            assertThat(b.message()).isEqualTo("the error envelope StockErrorEnvelope admits null as well as an object "
                    + "(type null), so an error body may carry none of the fields the plugin's default policy requires");
        });
        List<Breach> nullable = checkStock(AlignmentFixtures.yaml(AlignmentFixtures.edit(stockText("3.0.3"),
                "      type: object\n      additionalProperties", "      type: object\n      nullable: true\n"
                        + "      additionalProperties")));
        assertThat(nullable).extracting(Breach::jsonPointer).containsExactly("/components/schemas/StockErrorEnvelope/nullable");
    }

    @Test
    void errorResponseThatAddsARequiredForbiddenFieldBesideTheEnvelopeFails() {
        OpenApiDocument api = AlignmentFixtures.yaml("openapi: 3.1.0\npaths:\n  /v1/stock/{sku}:\n    get:\n"
                + "      responses:\n        \"409\":\n          description: conflict\n          content:\n"
                + "            application/json:\n              schema:\n                allOf:\n"
                + "                  - $ref: \"#/components/schemas/StockErrorEnvelope\"\n"
                + "                  - required: [legacy_error, error]\n"
                + stockText("3.1.0").substring(stockText("3.1.0").indexOf("components:")));
        List<EnvelopeSchema> envelopes = List.of(new EnvelopeSchema(api, "/components/schemas/StockErrorEnvelope"));
        List<Breach> breaches = new EnvelopeFollowsPolicy(api, DEFAULT).responses(envelopes);
        assertThat(breaches).singleElement().satisfies(b -> {
            assertThat(b.ruleId()).isEqualTo("ALIGN-ENVELOPE");
            assertThat(b.jsonPointer()).isEqualTo("/paths/~1v1~1stock~1{sku}/get/responses/409/content/application~1json"
                    + "/schema/allOf/1/required/0");
            assertThat(b.location().line()).isEqualTo(13);
            assertThat(b.message()).isEqualTo("the 409 response of GET /v1/stock/{sku} requires legacy_error beside the "
                    + "error envelope StockErrorEnvelope; the plugin's default policy forbids it");
        });
    }

    @Test
    void danglingRemoteAndCyclicRefsAreBreachesOfThisRule() {
        OpenApiDocument api = envelope("      required: [service_contract_version, error]\n"
                + "      allOf:\n        - $ref: \"#/components/schemas/Gone\"\n"
                + "        - $ref: \"https://example.invalid/envelope.json\"\n"
                + "        - $ref: \"#/components/schemas/Loop\"\n"
                + "      properties:\n        service_contract_version: {type: string}\n"
                + "        error:\n          required: [code, message]\n"
                + "          properties: {code: {type: string}, message: {type: string}}\n"
                + "    Loop:\n      $ref: \"#/components/schemas/ServiceErrorEnvelope\"\n");
        List<Breach> breaches = check(api);
        assertThat(breaches).extracting(Breach::ruleId).containsOnly("ALIGN-ENVELOPE");
        assertThat(breaches).extracting(Breach::message).containsExactly(
                "$ref \"#/components/schemas/Gone\" names nothing in openapi.yaml, so the envelope check cannot follow it",
                "$ref \"https://example.invalid/envelope.json\" is remote: the envelope check follows only local "
                        + "references (#/...) and never fetches a document",
                "$ref \"#/components/schemas/ServiceErrorEnvelope\" leads back to a schema it started from (a $ref "
                        + "cycle), so the envelope check cannot resolve it");
        assertThat(breaches.get(0).location().line()).isEqualTo(7);
    }

    @Test
    void envelopeThatCannotBeFoundIsABreach() {
        OpenApiDocument api = AlignmentFixtures.openApi();
        EnvelopeLookup lookup = EnvelopeLookup.configured(api, List.of("ErrorEnvelope", "ServiceErrorEnvelope"));
        assertThat(lookup.names()).isEqualTo("ServiceErrorEnvelope");
        Breach breach = new EnvelopeFollowsPolicy(api, DEFAULT).notFound(lookup.missing().get(0));
        assertThat(breach.message()).isEqualTo("cannot find the error envelope schema: errorEnvelopeSchemas lists "
                + "ErrorEnvelope, which names no schema in openapi.yaml");
        assertThat(breach.location().line()).isEqualTo(253);
    }

    @Test
    void envelopeIsFoundFromTheErrorResponses() {
        OpenApiDocument api = AlignmentFixtures.openApi();
        EnvelopeLookup lookup = EnvelopeLookup.discover(api, api.operations(new java.util.ArrayList<>()));
        assertThat(lookup.names()).isEqualTo("ServiceErrorEnvelope");
        assertThat(lookup.how()).isEqualTo("the schema that 27 4xx/5xx response bodies reference");
        assertThat(EnvelopeLookup.configured(api, List.of("#/components/schemas/ServiceErrorEnvelope",
                "ServiceErrorEnvelope")).envelopes()).extracting(EnvelopeSchema::pointer)
                .containsExactly("/components/schemas/ServiceErrorEnvelope");
    }
}
