package io.github.cutoverguard.engine.alignment;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/** How the error envelope is found: configured by name, or the schema error responses reference most often. */
class EnvelopeLookupTest {

    private static final String SCHEMAS = """
            components:
              schemas:
                A: {type: object}
                B: {type: object}
              responses:
                Shared:
                  description: shared
                  content:
                    application/json:
                      schema: {$ref: "#/components/schemas/B"}
            """;

    private static String op(String path, String status, String schema) {
        return "  " + path + ":\n    get:\n      responses:\n        \"" + status + "\":\n          description: x\n"
                + "          content:\n            application/json:\n              schema: {$ref: \"#/components/schemas/"
                + schema + "\"}\n";
    }

    private static EnvelopeLookup discover(String yaml) {
        OpenApiDocument api = AlignmentFixtures.yaml(yaml);
        return EnvelopeLookup.discover(api, api.operations(new ArrayList<>()));
    }

    @Test
    void theSchemaMostErrorResponsesReferenceIsTheEnvelope() {
        EnvelopeLookup lookup = discover("paths:\n" + op("/a", "404", "A") + op("/b", "500", "B") + op("/c", "4XX", "B")
                + op("/d", "200", "A") + op("/e", "default", "A") + op("/f", "201", "A") + SCHEMAS);
        assertThat(lookup.envelopes()).extracting(EnvelopeSchema::pointer).containsExactly("/components/schemas/B");
        assertThat(lookup.missing()).isEmpty();
        assertThat(lookup.how()).isEqualTo("the schema that 2 4xx/5xx response bodies reference (the most often of 2 schemas)");
    }

    @Test
    void aTieGoesToTheSchemaReferencedFirst() {
        EnvelopeLookup lookup = discover("paths:\n" + op("/a", "400", "A") + op("/b", "500", "B") + SCHEMAS);
        assertThat(lookup.names()).isEqualTo("A");
        assertThat(lookup.how()).isEqualTo("the schema that 1 4xx/5xx response bodies reference (the most often of 2 schemas)");
        assertThat(discover("paths:\n" + op("/b", "500", "B") + op("/a", "400", "A") + SCHEMAS).names())
                .isEqualTo("B");
    }

    @Test
    void aSharedResponseComponentCountsForEveryOperationUsingIt() {
        String shared = "  /s%d:\n    get:\n      responses:\n        \"503\": {$ref: \"#/components/responses/Shared\"}\n";
        EnvelopeLookup lookup = discover("paths:\n" + op("/a", "400", "A") + shared.formatted(1) + shared.formatted(2) + SCHEMAS);
        assertThat(lookup.names()).isEqualTo("B");
        assertThat(lookup.how()).startsWith("the schema that 2 4xx/5xx response bodies reference");
    }

    @Test
    void withoutASchemaReferencedByAnErrorResponseThereIsNoEnvelope() {
        EnvelopeLookup none = discover("paths:\n  /a:\n    get:\n      responses:\n        \"500\": {description: no body}\n"
                + "        \"404\":\n          description: inline\n          content:\n            application/json:\n"
                + "              schema: {type: object}\n" + op("/b", "200", "A") + SCHEMAS);
        assertThat(none.envelopes()).isEmpty();
        assertThat(none.missing()).containsExactly(new EnvelopeLookup.Missing("no 4xx/5xx response of openapi.yaml "
                + "references a component schema (#/components/schemas/<Name>)", "/paths"));
        assertThat(discover(SCHEMAS).missing()).extracting(EnvelopeLookup.Missing::pointer).containsExactly("");
    }

    @Test
    void statusKeysAreThreeCharacterCodesOrRanges() {
        for (String error : new String[] {"400", "404", "4XX", "4xx", "500", "503", "5XX"}) {
            assertThat(EnvelopeLookup.StatusCodes.isClientOrServerError(error)).as(error).isTrue();
        }
        for (String other : new String[] {"200", "default", "40", "4000", "4ab", "4X1", "40X", "600", "3XX"}) {
            assertThat(EnvelopeLookup.StatusCodes.isClientOrServerError(other)).as(other).isFalse();
        }
        assertThat(EnvelopeLookup.StatusCodes.isClientError("404")).isTrue();
        assertThat(EnvelopeLookup.StatusCodes.isServerError("404")).isFalse();
        assertThat(EnvelopeLookup.StatusCodes.isInternalError("5xx")).isTrue();
        assertThat(EnvelopeLookup.StatusCodes.isInternalError("500")).isTrue();
        assertThat(EnvelopeLookup.StatusCodes.isInternalError("503")).isFalse();
    }
}
