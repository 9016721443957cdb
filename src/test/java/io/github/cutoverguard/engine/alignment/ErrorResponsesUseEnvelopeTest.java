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
        return new ErrorResponsesUseEnvelope(Stream.of(operations).map(OperationSelector::parse).toList(), List.of(),
                List.of(AlignmentFixtures.envelope(api))).check(api);
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
                          content: {application/json: {schema: {type: string}}}
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

    /** Issue #26 defect 20: a schema $ref to another file is reported as remote, not also as an inline schema. */
    @Test
    void aRemoteSchemaRefIsReportedOnceAsRemote() {
        String local = "    InvalidJsonError:\n      description: JSON request payload could not be parsed.\n      content:\n"
                + "        application/json:\n          schema:\n            $ref: \"#/components/schemas/ServiceErrorEnvelope\"";
        List<Breach> breaches = check(AlignmentFixtures.openApi(local,
                local.replace("#/components/schemas/ServiceErrorEnvelope", "errors.yaml#/StockError")));
        assertThat(breaches).singleElement().satisfies(b -> {
            assertThat(b.ruleId()).isEqualTo("ALIGN-ERROR-RESPONSES");
            assertThat(b.message()).isEqualTo("$ref \"errors.yaml#/StockError\" is remote: the error-response check follows "
                    + "only local references (#/...) and never fetches a document");
            assertThat(b.jsonPointer()).isEqualTo("/components/responses/InvalidJsonError/content/application~1json/schema/$ref");
            assertThat(b.location().line()).isEqualTo(222);
        });
    }

    @Test
    void withoutAnEnvelopeOnlyDeclarationsAreChecked() {
        OpenApiDocument api = AlignmentFixtures.openApi(RECALL_WITHOUT_500);
        assertThat(new ErrorResponsesUseEnvelope(List.of(OperationSelector.parse("/v1/query/recall")), List.of(), List.of())
                .check(api))
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

    /** A GitHub-like API: two envelopes, a oneOf of both, an inline copy, inline shapes, responses without a body. */
    private static final String SEVERAL_SHAPES = """
            paths:
              /a:
                get:
                  responses:
                    "404": {$ref: "#/components/responses/not_found"}
                    "422":
                      description: invalid
                      content: {application/json: {schema: {$ref: "#/components/schemas/validation-error"}}}
                    "409": {description: conflict}
                    "500": {$ref: "#/components/responses/bare"}
              /b:
                post:
                  responses:
                    "422":
                      description: either
                      content:
                        application/json:
                          schema:
                            oneOf:
                              - {$ref: "#/components/schemas/basic-error"}
                              - {$ref: "#/components/schemas/validation-error"}
                    "403":
                      description: an inline copy of basic-error
                      content:
                        application/json:
                          schema:
                            title: Forbidden
                            type: object
                            required: [documentation_url, message]
                            properties:
                              message: {type: string, description: what went wrong}
                              documentation_url: {type: string}
                    "409": {description: conflict}
                    "404": {$ref: "#/components/responses/bare"}
              /c:
                get:
                  responses:
                    "400":
                      description: inline
                      content: {application/json: {schema: {type: object, properties: {code: {type: string}}}}}
                    "401":
                      description: the same inline shape
                      content:
                        application/json:
                          schema: {type: object, description: other words, properties: {code: {type: string}}}
                    "409": {description: conflict}
                    "503":
                      description: not an envelope
                      content: {application/json: {schema: {$ref: "#/components/schemas/merge-result"}}}
            components:
              responses:
                not_found:
                  description: not found
                  content: {application/json: {schema: {$ref: "#/components/schemas/basic-error"}}}
                bare: {description: no body}
              schemas:
                basic-error:
                  type: object
                  required: [message, documentation_url]
                  properties:
                    message: {type: string}
                    documentation_url: {type: string}
                validation-error:
                  type: object
                  properties:
                    errors: {type: array}
                merge-result: {type: object, properties: {merged: {type: boolean}}}
            """;

    private static final String BARE_404 = "response bare (the 404 of POST /b) has no content, so it does not carry any "
            + "of the error envelopes basic-error, validation-error";
    private static final String INLINE_SHAPE = "the 400 response of GET /c returns application/json with an inline schema "
            + "instead of any of the error envelopes basic-error, validation-error; 1 more error response returns the "
            + "same shape: the 401 of GET /c";
    private static final String MERGE_RESULT = "the 503 response of GET /c returns application/json "
            + "#/components/schemas/merge-result instead of any of the error envelopes basic-error, validation-error";

    private static List<Breach> several(String... withoutBody) {
        OpenApiDocument api = AlignmentFixtures.yaml(SEVERAL_SHAPES);
        return new ErrorResponsesUseEnvelope(List.of(), List.of(withoutBody), List.of(
                new EnvelopeSchema(api, "/components/schemas/basic-error"),
                new EnvelopeSchema(api, "/components/schemas/validation-error"))).check(api);
    }

    @Test
    void anyEnvelopeAOneOfOfEnvelopesOrAnInlineCopyCarriesTheEnvelopeAndTheRestIsReportedOncePerSchemaOrStatus() {
        assertThat(several()).extracting(Breach::message).containsExactly(
                "3 409 responses have no content, so they do not carry any of the error envelopes basic-error, "
                        + "validation-error: the 409 of GET /a, the 409 of POST /b, the 409 of GET /c",
                "response bare (the 500 of GET /a) has no content, so it does not carry any of the error "
                        + "envelopes basic-error, validation-error",
                BARE_404, INLINE_SHAPE, MERGE_RESULT);
    }

    @Test
    void statusesListedWithoutBodyMayHaveNoContentAndARangeCoversItsStatuses() {
        assertThat(several("409", "5XX")).extracting(Breach::message).containsExactly(
                BARE_404, INLINE_SHAPE, MERGE_RESULT);
        assertThat(several("4xx", "500")).extracting(Breach::ruleId).hasSize(2);
        Breach bodiless = several("500", "404").get(0);
        assertThat(bodiless.hint()).contains("or list 409 in <errorStatusesWithoutBody>");
        assertThat(bodiless.expected()).isEqualTo("#/components/schemas/basic-error | #/components/schemas/validation-error");
    }

    @Test
    void errorStatusEntriesAreCoveredByTheSameKeyOrTheirRange() {
        assertThat(EnvelopeLookup.StatusCodes.covers("404", "404")).isTrue();
        assertThat(EnvelopeLookup.StatusCodes.covers("4XX", "404")).isTrue();
        assertThat(EnvelopeLookup.StatusCodes.covers("4xx", "4XX")).isTrue();
        assertThat(EnvelopeLookup.StatusCodes.covers("DEFAULT", "default")).isTrue();
        assertThat(EnvelopeLookup.StatusCodes.covers("404", "4XX")).isFalse();
        assertThat(EnvelopeLookup.StatusCodes.covers("4XX", "500")).isFalse();
        assertThat(EnvelopeLookup.StatusCodes.covers("5XX", "default")).isFalse();
        assertThat(EnvelopeLookup.StatusCodes.isErrorStatus("default")).isTrue();
        assertThat(EnvelopeLookup.StatusCodes.isErrorStatus("200")).isFalse();
    }
}
