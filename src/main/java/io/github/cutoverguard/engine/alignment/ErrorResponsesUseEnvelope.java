package io.github.cutoverguard.engine.alignment;

import io.github.cutoverguard.engine.Rule;
import io.github.cutoverguard.engine.Breach;
import io.github.cutoverguard.engine.alignment.EnvelopeLookup.StatusCodes;
import io.github.cutoverguard.engine.json.JsonDocument;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Raises {@link #RULE} when
 * <ul>
 *   <li>a 4xx/5xx response ({@code 400}…{@code 599}, {@code 4XX}, {@code 5XX}) or {@code default}
 *       response of any operation does not carry the error envelope: it has no {@code content}, or a
 *       media type whose schema is not the envelope (directly, through {@code $ref}s, or as an
 *       {@code allOf} member). Responses are followed through {@code $ref}
 *       ({@code #/components/responses/...}); a shared response is reported once, naming its users;</li>
 *   <li>an {@code errorResponseOperations} entry names no operation of the document, or a selected
 *       operation declares no 4xx response ({@code 4nn} or {@code 4XX}) or no {@code 500}
 *       ({@code 500} or {@code 5XX}).</li>
 * </ul>
 * A {@code $ref} on the way that is remote, dangling or cyclic is reported under this rule too.
 */
public final class ErrorResponsesUseEnvelope {

    public static final Rule RULE = Rule.ALIGN_ERROR_RESPONSES;

    private final List<OperationSelector> required;

    public ErrorResponsesUseEnvelope(List<OperationSelector> required) {
        this.required = List.copyOf(required);
    }

    /** @param envelope the error envelope, or {@code null} when none was found (only declarations are checked) */
    public List<Breach> check(OpenApiDocument api, EnvelopeSchema envelope) {
        JsonDocument doc = api.document();
        List<Breach> breaches = new ArrayList<>();
        Set<RefProblem> problems = new LinkedHashSet<>();
        List<OpenApiDocument.Operation> operations = api.operations(problems);
        Map<String, List<Use>> users = new LinkedHashMap<>();
        for (OpenApiDocument.Operation operation : operations) {
            JsonNode responses = operation.node().get("responses");
            if (responses == null || !responses.isObject()) {
                continue;
            }
            for (String status : responses.propertyNames()) {
                if (!StatusCodes.isClientOrServerError(status) && !status.equals("default")) {
                    continue;
                }
                OpenApiDocument.Resolved response = api.follow(operation.pointer() + "/responses/" + JsonDocument.escape(status),
                        responses.get(status));
                if (!response.ok()) {
                    problems.add(response.problem());
                } else if (response.node() != null) {
                    users.computeIfAbsent(response.pointer(), p -> new ArrayList<>()).add(new Use(status, operation));
                }
            }
        }
        if (envelope != null) {
            users.forEach((pointer, usedBy) -> breaches.addAll(usesEnvelope(api, envelope, pointer, usedBy, problems)));
        }
        for (OperationSelector selector : required) {
            breaches.addAll(declaresErrors(api, selector, operations));
        }
        problems.forEach(p -> breaches.add(p.toBreach(RULE, doc, "the error-response check")));
        return breaches;
    }

    /** One operation's use of a response: its status key and the operation. */
    private record Use(String status, OpenApiDocument.Operation operation) {
    }

    private static List<Breach> usesEnvelope(OpenApiDocument api, EnvelopeSchema envelope, String pointer,
                                             List<Use> usedBy, Set<RefProblem> problems) {
        JsonDocument doc = api.document();
        String subject = describe(pointer, usedBy);
        JsonNode content = api.at(pointer).get("content");
        if (content == null || !content.isObject() || content.isEmpty()) {
            return List.of(doc.breachAt(RULE, pointer, subject + " has no content, so it does not carry the error "
                            + "envelope " + envelope.name())
                    .expected("#/components/schemas/" + envelope.name())
                    .hint("give the response content application/json with schema $ref '#/components/schemas/"
                            + envelope.name() + "'").build());
        }
        List<Breach> breaches = new ArrayList<>();
        for (String mediaType : content.propertyNames()) {
            String mediaPointer = pointer + "/content/" + JsonDocument.escape(mediaType);
            String schemaPointer = mediaPointer + "/schema";
            if (api.at(schemaPointer) == null) {
                breaches.add(doc.breachAt(RULE, mediaPointer, subject + " declares " + mediaType
                                + " without a schema, so it does not carry the error envelope " + envelope.name())
                        .expected("#/components/schemas/" + envelope.name()).build());
            } else if (!envelope.isUsedBy(schemaPointer, problems)) {
                String actual = referenced(api, schemaPointer);
                breaches.add(doc.breachAt(RULE, schemaPointer, subject + " returns " + mediaType + " "
                                + (actual == null ? "with an inline schema" : actual) + " instead of the error envelope "
                                + envelope.name())
                        .expected("#/components/schemas/" + envelope.name()).actual(actual)
                        .hint("use schema $ref '#/components/schemas/" + envelope.name() + "' for every 4xx/5xx body")
                        .build());
            }
        }
        return breaches;
    }

    private static List<Breach> declaresErrors(OpenApiDocument api, OperationSelector selector,
                                               List<OpenApiDocument.Operation> operations) {
        JsonDocument doc = api.document();
        List<OpenApiDocument.Operation> selected = operations.stream().filter(selector::matches).toList();
        if (selected.isEmpty()) {
            String pathPointer = "/paths/" + JsonDocument.escape(selector.path());
            return List.of(doc.breachAt(RULE, api.at(pathPointer) != null ? pathPointer : "/paths",
                            "errorResponseOperations lists " + selector.display() + ", but " + doc.displayName()
                                    + " defines no such operation")
                    .expected(selector.display())
                    .hint("restore the operation, or correct <errorResponseOperations>").build());
        }
        List<Breach> breaches = new ArrayList<>();
        for (OpenApiDocument.Operation operation : selected) {
            JsonNode responses = operation.node().get("responses");
            List<String> statuses = new ArrayList<>();
            if (responses != null && responses.isObject()) {
                statuses.addAll(responses.propertyNames());
            }
            boolean clientError = statuses.stream().anyMatch(StatusCodes::isClientError);
            boolean internalError = statuses.stream().anyMatch(StatusCodes::isInternalError);
            if (clientError && internalError) {
                continue;
            }
            String lacking = !clientError && !internalError ? "neither a 4xx nor a 500 response"
                    : !clientError ? "no 4xx response" : "no 500 response";
            breaches.add(doc.breachAt(RULE, operation.pointer() + "/responses", operation.display() + " declares "
                            + lacking + " (it declares " + (statuses.isEmpty() ? "none" : String.join(", ", statuses))
                            + "); errorResponseOperations requires a 4xx and a 500")
                    .expected("a 4xx and a 500 response").actual(String.join(", ", statuses))
                    .hint("declare the missing responses with the error envelope, e.g. \"500\": $ref "
                            + "'#/components/responses/InternalError'").build());
        }
        return breaches;
    }

    /** {@code response InternalError (the 500 of POST /v1/db/migrate and 8 more)} or {@code the 503 response of GET /v1/ready}. */
    private static String describe(String pointer, List<Use> usedBy) {
        Use first = usedBy.get(0);
        String more = usedBy.size() > 1 ? " and " + (usedBy.size() - 1) + " more" : "";
        if (pointer.startsWith("/components/responses/")) {
            return "response " + OpenApiDocument.lastToken(pointer) + " (the " + first.status() + " of "
                    + first.operation().display() + more + ")";
        }
        return "the " + first.status() + " response of " + first.operation().display() + more;
    }

    /** The component schema a schema refers to ({@code #/components/schemas/X}), or {@code null} for an inline one. */
    private static String referenced(OpenApiDocument api, String schemaPointer) {
        List<String> chain = api.follow(schemaPointer).chain();
        return chain.size() > 1 ? "#" + chain.get(1) : null;
    }
}
