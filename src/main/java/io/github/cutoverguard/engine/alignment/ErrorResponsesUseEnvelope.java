package io.github.cutoverguard.engine.alignment;

import io.github.cutoverguard.engine.Rule;
import io.github.cutoverguard.engine.Breach;
import io.github.cutoverguard.engine.Check;
import io.github.cutoverguard.engine.alignment.EnvelopeLookup.StatusCodes;
import io.github.cutoverguard.engine.json.JsonDocument;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Raises {@link #RULE} when
 * <ul>
 *   <li>a 4xx/5xx response ({@code 400}…{@code 599}, {@code 4XX}, {@code 5XX}) or {@code default}
 *       response of any operation does not carry one of the error envelopes. A media type carries an
 *       envelope when its schema is one (directly, through {@code $ref}s, or as an {@code allOf}
 *       member), when it is a {@code oneOf}/{@code anyOf} whose every branch carries one, or when it is
 *       an inline schema of the same {@link SchemaShape shape} as one. Responses are followed through
 *       {@code $ref} ({@code #/components/responses/...}). A response with no {@code content} is allowed
 *       for the statuses {@code errorStatusesWithoutBody} lists; the others are reported once per
 *       status. A schema that is no envelope is reported once, naming how many responses return it;</li>
 *   <li>an {@code errorResponseOperations} entry names no operation of the document, or a selected
 *       operation declares no 4xx response ({@code 4nn} or {@code 4XX}) or no {@code 500}
 *       ({@code 500} or {@code 5XX}).</li>
 * </ul>
 * A {@code $ref} on the way that is remote, dangling or cyclic is reported under this rule too.
 */
public final class ErrorResponsesUseEnvelope implements Check<OpenApiDocument> {

    public static final Rule RULE = Rule.ALIGN_ERROR_RESPONSES;
    /** How many operations a grouped breach names before "and N more". */
    private static final int NAMED = 3;

    private final List<OperationSelector> required;
    private final List<String> statusesWithoutBody;
    private final List<EnvelopeSchema> envelopes;

    /**
     * @param required            operations that must declare a 4xx and a 500
     * @param statusesWithoutBody status keys ({@code 404}, {@code 4XX}, {@code default}) whose responses may
     *                            have no body
     * @param envelopes           the error envelopes; empty when none was found (only declarations are checked)
     */
    public ErrorResponsesUseEnvelope(List<OperationSelector> required, List<String> statusesWithoutBody,
                                     List<EnvelopeSchema> envelopes) {
        this.required = List.copyOf(required);
        this.statusesWithoutBody = List.copyOf(statusesWithoutBody);
        this.envelopes = List.copyOf(envelopes);
    }

    @Override
    public Set<Rule> rules() {
        return Set.of(RULE);
    }

    @Override
    public List<Breach> check(OpenApiDocument api) {
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
                if (!StatusCodes.isErrorStatus(status)) {
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
        if (!envelopes.isEmpty()) {
            breaches.addAll(new Envelopes(api, envelopes, problems).check(users));
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

    /** A response (at {@code pointer}) and the uses of it one breach is about. */
    private record Found(String pointer, List<Use> uses, String mediaType, String schemaPointer) {
    }

    /** The envelopes, their shapes, and the responses that carry none of them, grouped. */
    private final class Envelopes {

        private final OpenApiDocument api;
        private final List<EnvelopeSchema> envelopes;
        private final Set<JsonNode> shapes = new HashSet<>();
        private final Set<RefProblem> problems;
        private final String expected;
        private final String firstRef;
        private final String named;

        Envelopes(OpenApiDocument api, List<EnvelopeSchema> envelopes, Set<RefProblem> problems) {
            this.api = api;
            this.envelopes = envelopes;
            this.problems = problems;
            envelopes.forEach(e -> shapes.add(SchemaShape.of(api.at(e.pointer()))));
            List<String> refs = envelopes.stream().map(e -> "#/components/schemas/" + e.name()).toList();
            this.expected = String.join(" | ", refs);
            this.firstRef = refs.get(0);
            this.named = envelopes.size() == 1 ? "the error envelope " + envelopes.get(0).name()
                    : "any of the error envelopes " + String.join(", ", envelopes.stream().map(EnvelopeSchema::name).toList());
        }

        List<Breach> check(Map<String, List<Use>> users) {
            JsonDocument doc = api.document();
            List<Breach> breaches = new ArrayList<>();
            Map<String, List<Found>> bodiless = new LinkedHashMap<>();
            Map<Object, List<Found>> others = new LinkedHashMap<>();
            users.forEach((pointer, usedBy) -> {
                JsonNode content = api.at(pointer).get("content");
                if (content == null || !content.isObject() || content.isEmpty()) {
                    Map<String, List<Use>> byStatus = new LinkedHashMap<>();
                    usedBy.stream().filter(u -> !withoutBody(u.status()))
                            .forEach(u -> byStatus.computeIfAbsent(u.status(), k -> new ArrayList<>()).add(u));
                    byStatus.forEach((status, uses) -> bodiless.computeIfAbsent(status, k -> new ArrayList<>())
                            .add(new Found(pointer, uses, null, null)));
                    return;
                }
                for (String mediaType : content.propertyNames()) {
                    String mediaPointer = pointer + "/content/" + JsonDocument.escape(mediaType);
                    String schemaPointer = mediaPointer + "/schema";
                    if (api.at(schemaPointer) == null) {
                        breaches.add(doc.breachAt(RULE, mediaPointer, describe(pointer, usedBy) + " declares " + mediaType
                                        + " without a schema, so it does not carry " + named)
                                .expected(expected).build());
                    } else if (!carries(schemaPointer, 0) && followable(schemaPointer)) {
                        String referenced = referenced(api, schemaPointer);
                        Object key = referenced != null ? referenced : SchemaShape.of(api.at(schemaPointer));
                        others.computeIfAbsent(key, k -> new ArrayList<>())
                                .add(new Found(pointer, usedBy, mediaType, schemaPointer));
                    }
                }
            });
            bodiless.forEach((status, found) -> breaches.add(bodiless(status, found)));
            others.values().forEach(found -> breaches.add(other(found)));
            return breaches;
        }

        /**
         * Whether every {@code $ref} of the schema at {@code schemaPointer} can be followed. One that cannot (remote,
         * dangling) is reported as such, once, and the schema is not also called "inline" or another schema.
         */
        private boolean followable(String schemaPointer) {
            Set<RefProblem> unfollowed = new LinkedHashSet<>();
            envelopes.get(0).parts(schemaPointer, true, unfollowed);
            problems.addAll(unfollowed);
            return unfollowed.isEmpty();
        }

        private boolean withoutBody(String status) {
            return statusesWithoutBody.stream().anyMatch(entry -> StatusCodes.covers(entry, status));
        }

        /** Whether the schema at {@code schemaPointer} carries an envelope (see the class comment). */
        private boolean carries(String schemaPointer, int depth) {
            for (EnvelopeSchema envelope : envelopes) {
                if (envelope.isUsedBy(schemaPointer, problems)) {
                    return true;
                }
            }
            OpenApiDocument.Resolved resolved = api.follow(schemaPointer);
            JsonNode node = resolved.node();
            if (!resolved.ok() || node == null || !node.isObject() || depth > 8) {
                return false;
            }
            for (String keyword : List.of("oneOf", "anyOf")) {
                JsonNode branches = node.get(keyword);
                if (branches != null && branches.isArray() && !branches.isEmpty()) {
                    boolean all = true;
                    for (int i = 0; i < branches.size() && all; i++) {
                        all = carries(resolved.pointer() + "/" + keyword + "/" + i, depth + 1);
                    }
                    if (all) {
                        return true;
                    }
                }
            }
            return shapes.contains(SchemaShape.of(node));
        }

        private Breach bodiless(String status, List<Found> found) {
            List<Use> uses = found.stream().flatMap(f -> f.uses().stream()).toList();
            String subject = uses.size() == 1 ? describe(found.get(0).pointer(), found.get(0).uses()) + " has"
                    : uses.size() + " " + status + " responses have";
            return api.document().breachAt(RULE, found.get(0).pointer(), subject + " no content, so "
                            + (uses.size() == 1 ? "it does" : "they do") + " not carry " + named
                            + (uses.size() == 1 ? "" : ": " + operations(uses)))
                    .expected(expected)
                    .hint("give the response content application/json with schema $ref '" + firstRef
                            + "', or list " + status + " in <errorStatusesWithoutBody> if it has no body by design")
                    .build();
        }

        private Breach other(List<Found> found) {
            Found first = found.get(0);
            String actual = referenced(api, first.schemaPointer());
            String more = found.size() == 1 ? "" : "; " + (found.size() - 1) + " more error response"
                    + (found.size() == 2 ? " returns" : "s return") + " the same " + (actual == null ? "shape" : "schema")
                    + ": " + operations(found.stream().skip(1).flatMap(f -> f.uses().stream()).toList());
            return api.document().breachAt(RULE, first.schemaPointer(), describe(first.pointer(), first.uses())
                            + " returns " + first.mediaType() + " " + (actual == null ? "with an inline schema" : actual)
                            + " instead of " + named + more)
                    .expected(expected).actual(actual)
                    .hint(actual == null
                            ? "use schema $ref '" + firstRef + "'; an inline schema counts only when it has the "
                            + "shape of an envelope"
                            : "use an envelope for every 4xx/5xx body, or list " + OpenApiDocument.lastToken(actual.substring(1))
                            + " in <errorEnvelopeSchemas> if it is one of the API's error envelopes")
                    .build();
        }
    }

    /** {@code the 404 of GET /a, the 404 of POST /b, the 409 of PUT /c and 30 more}. */
    private static String operations(List<Use> uses) {
        List<String> named = uses.stream().limit(NAMED)
                .map(u -> "the " + u.status() + " of " + u.operation().display()).toList();
        return String.join(", ", named) + (uses.size() > NAMED ? " and " + (uses.size() - NAMED) + " more" : "");
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
