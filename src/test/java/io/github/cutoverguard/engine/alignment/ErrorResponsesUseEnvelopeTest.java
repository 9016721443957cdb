package io.github.cutoverguard.engine.alignment;

import io.github.cutoverguard.engine.Breach;
import io.github.cutoverguard.engine.Location;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ErrorResponsesUseEnvelopeTest {

    /** The reference recall operation without its 500 response. */
    static final String[] RECALL_WITHOUT_500 = {
            "          $ref: \"#/components/responses/ServiceUnavailableError\"\n        \"500\":\n"
                    + "          $ref: \"#/components/responses/InternalError\"\n  /v1/context/{context_package_id}:",
            "          $ref: \"#/components/responses/ServiceUnavailableError\"\n  /v1/context/{context_package_id}:"};

    private static List<Breach> check(OpenApiDocument api, String... operations) {
        return new ErrorResponsesUseEnvelope(Stream.of(operations).map(OperationSelector::parse).toList())
                .check(api, AlignmentFixtures.envelope(api));
    }

    @Test
    void referenceResponsesUseTheEnvelopeAndQueryOperationsDeclareA4xxAndA500() {
        assertThat(check(AlignmentFixtures.openApi())).isEmpty();
        assertThat(check(AlignmentFixtures.openApi(), "/v1/query/ask", "POST /v1/query/recall", "/v1/context/{context_package_id}"))
                .isEmpty();
    }

    @Test
    void queryOperationWithoutIts500FailsAtItsResponses() {
        List<Breach> breaches = check(AlignmentFixtures.openApi(RECALL_WITHOUT_500), "/v1/query/ask", "POST /v1/query/recall");
        assertThat(breaches).singleElement().satisfies(b -> {
            assertThat(b.ruleId()).isEqualTo("ALIGN-ERROR-RESPONSES");
            assertThat(b.message()).isEqualTo("POST /v1/query/recall declares no 500 response (it declares 200, 400, 503); "
                    + "errorResponseOperations requires a 4xx and a 500");
            assertThat(b.location()).isEqualTo(new Location(179, 7));
            assertThat(b.jsonPointer()).isEqualTo("/paths/~1v1~1query~1recall/post/responses");
        });
        assertThat(check(AlignmentFixtures.openApi(RECALL_WITHOUT_500))).as("not listed: not required").isEmpty();
    }

    @Test
    void listedOperationWithoutAny4xxOr500Fails() {
        assertThat(check(AlignmentFixtures.openApi(), "/v1/ready")).extracting(Breach::message).containsExactly(
                "GET /v1/ready declares neither a 4xx nor a 500 response (it declares 200, 503); errorResponseOperations "
                        + "requires a 4xx and a 500");
        assertThat(check(AlignmentFixtures.openApi(), "POST /v1/db/schema-version")).extracting(Breach::message)
                .singleElement().asString().startsWith("POST /v1/db/schema-version declares no 4xx response");
    }

    @Test
    void listedOperationThatDoesNotExistFails() {
        List<Breach> breaches = check(AlignmentFixtures.openApi(), "POST /v1/query/remember", "DELETE /v1/query/recall");
        assertThat(breaches).extracting(Breach::message).containsExactly(
                "errorResponseOperations lists POST /v1/query/remember, but openapi.yaml defines no such operation",
                "errorResponseOperations lists DELETE /v1/query/recall, but openapi.yaml defines no such operation");
        assertThat(breaches).extracting(b -> b.location().line()).containsExactly(7, 170);
    }

    @Test
    void sharedResponseWithAnotherSchemaIsReportedOnceNamingItsUsers() {
        OpenApiDocument api = AlignmentFixtures.yaml(AlignmentFixtures.openApiText(
                "    InternalError:\n      description: Unexpected internal error.\n      content:\n        application/json:\n"
                        + "          schema:\n            $ref: \"#/components/schemas/ServiceErrorEnvelope\"",
                "    InternalError:\n      description: Unexpected internal error.\n      content:\n        application/json:\n"
                        + "          schema:\n            $ref: \"#/components/schemas/LegacyError\"")
                + "    LegacyError:\n      type: object\n");
        List<Breach> breaches = check(api);
        assertThat(breaches).singleElement().satisfies(b -> {
            assertThat(b.message()).isEqualTo("response InternalError (the 500 of POST /v1/db/schema-version and 7 more) "
                    + "returns application/json #/components/schemas/LegacyError instead of the error envelope "
                    + "ServiceErrorEnvelope");
            assertThat(b.location()).isEqualTo(new Location(251, 11));
            assertThat(b.actual()).isEqualTo("#/components/schemas/LegacyError");
        });
    }

    @Test
    void inlineErrorResponseWithoutContentFails() {
        List<Breach> breaches = check(AlignmentFixtures.openApi(
                "        \"503\":\n          $ref: \"#/components/responses/ServiceUnavailableError\"\n  /v1/openapi:",
                "        \"503\":\n          description: down\n  /v1/openapi:"));
        assertThat(breaches).singleElement().satisfies(b -> {
            assertThat(b.message()).isEqualTo("the 503 response of GET /v1/ready has no content, so it does not carry "
                    + "the error envelope ServiceErrorEnvelope");
            assertThat(b.location()).isEqualTo(new Location(28, 9));
        });
    }

    @Test
    void rangesAndDefaultResponsesMustUseTheEnvelopeToo() {
        OpenApiDocument api = AlignmentFixtures.yaml("""
                paths:
                  /x:
                    get:
                      responses:
                        "200": {description: ok}
                        "4XX":
                          description: client error
                          content: {application/json: {schema: {type: object}}}
                        default:
                          description: anything else
                          content: {application/json: {schema: {$ref: "#/components/schemas/ServiceErrorEnvelope"}}}
                        "302": {description: moved}
                components:
                  schemas:
                    ServiceErrorEnvelope: {type: object}
                """);
        assertThat(check(api, "GET /x")).extracting(Breach::message).containsExactly(
                "the 4XX response of GET /x returns application/json with an inline schema instead of the error "
                        + "envelope ServiceErrorEnvelope",
                "GET /x declares no 500 response (it declares 200, 4XX, default, 302); errorResponseOperations "
                        + "requires a 4xx and a 500");
    }

    @Test
    void envelopeAsAnAllOfMemberCounts() {
        OpenApiDocument api = AlignmentFixtures.yaml("""
                paths:
                  /x:
                    get:
                      responses:
                        "500":
                          description: failed
                          content:
                            application/json:
                              schema:
                                allOf:
                                  - $ref: "#/components/schemas/ServiceErrorEnvelope"
                                  - description: with a retry hint
                components:
                  schemas:
                    ServiceErrorEnvelope: {type: object}
                """);
        assertThat(check(api)).isEmpty();
    }

    @Test
    void danglingAndRemoteResponseRefsAreBreachesOfThisRule() {
        List<Breach> breaches = check(AlignmentFixtures.openApi(
                "        \"503\":\n          $ref: \"#/components/responses/ServiceUnavailableError\"\n  /v1/openapi:",
                "        \"503\":\n          $ref: \"#/components/responses/Gone\"\n        \"504\":\n"
                        + "          $ref: \"errors.yaml#/Timeout\"\n  /v1/openapi:"));
        assertThat(breaches).extracting(Breach::ruleId).containsOnly("ALIGN-ERROR-RESPONSES");
        assertThat(breaches).extracting(Breach::message).containsExactly(
                "$ref \"#/components/responses/Gone\" names nothing in openapi.yaml, so the error-response check cannot "
                        + "follow it",
                "$ref \"errors.yaml#/Timeout\" is remote: the error-response check follows only local references (#/...) "
                        + "and never fetches a document");
        assertThat(breaches).extracting(b -> b.location().line()).containsExactly(29, 31);
    }

    @Test
    void withoutAnEnvelopeOnlyDeclarationsAreChecked() {
        OpenApiDocument api = AlignmentFixtures.openApi(RECALL_WITHOUT_500);
        assertThat(new ErrorResponsesUseEnvelope(List.of(OperationSelector.parse("/v1/query/recall"))).check(api, null))
                .extracting(Breach::jsonPointer).containsExactly("/paths/~1v1~1query~1recall/post/responses");
    }

    @Test
    void selectorsAreMethodAndPathOrPath() {
        assertThat(OperationSelector.parse(" post   /v1/query/recall ")).isEqualTo(new OperationSelector("post", "/v1/query/recall"));
        assertThat(OperationSelector.parse("/v1/query/recall").display()).isEqualTo("/v1/query/recall");
        for (String bad : new String[] {"", "v1/query", "FETCH /v1/x", "POST /a /b", "POST"}) {
            assertThatThrownBy(() -> OperationSelector.parse(bad)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("errorResponseOperations entry");
        }
    }
}
