package io.github.cutoverguard.engine.alignment;

import io.github.cutoverguard.engine.json.JsonDocument;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds the error envelopes: the configured {@code errorEnvelopeSchemas}, or else the one component
 * schema ({@code #/components/schemas/<Name>}) that the operations' 4xx/5xx responses reference most
 * often, directly, through {@code $ref}s or as an {@code allOf} member (ties go to the one referenced first).
 *
 * @param envelopes the envelopes found, in the configured order (empty when none was found)
 * @param how       how they were found (for the report)
 * @param missing   each configured name that names no schema, or why none was found
 */
public record EnvelopeLookup(List<EnvelopeSchema> envelopes, String how, List<Missing> missing) {

    private static final String SCHEMAS = "/components/schemas/";

    /** An envelope that was not found: why, and where to report it. */
    public record Missing(String why, String pointer) {
    }

    public EnvelopeLookup {
        envelopes = List.copyOf(envelopes);
        missing = List.copyOf(missing);
    }

    /**
     * Looks each envelope up by name ({@code ServiceErrorEnvelope} or
     * {@code #/components/schemas/ServiceErrorEnvelope}); a name that names no schema is {@link #missing}.
     */
    public static EnvelopeLookup configured(OpenApiDocument api, List<String> names) {
        List<EnvelopeSchema> envelopes = new ArrayList<>();
        List<Missing> missing = new ArrayList<>();
        for (String name : names) {
            String pointer = name.startsWith("#") ? OpenApiDocument.percentDecode(name.substring(1))
                    : SCHEMAS + JsonDocument.escape(name);
            if (pointer == null || api.at(pointer) == null || !api.at(pointer).isObject()) {
                missing.add(new Missing("errorEnvelopeSchemas lists " + name + ", which names no schema in "
                        + api.document().displayName(), api.at("/components/schemas") != null ? "/components/schemas" : ""));
            } else if (envelopes.stream().noneMatch(e -> e.pointer().equals(pointer))) {
                envelopes.add(new EnvelopeSchema(api, pointer));
            }
        }
        return new EnvelopeLookup(envelopes, "configured errorEnvelopeSchemas", missing);
    }

    /** Finds the component schema the 4xx/5xx responses of {@code operations} reference most often. */
    public static EnvelopeLookup discover(OpenApiDocument api, List<OpenApiDocument.Operation> operations) {
        InstanceModel model = new InstanceModel(api);
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, List<String>> schemasOfResponse = new HashMap<>();
        for (OpenApiDocument.Operation operation : operations) {
            JsonNode responses = operation.node().get("responses");
            if (responses == null || !responses.isObject()) {
                continue;
            }
            for (String status : responses.propertyNames()) {
                if (!StatusCodes.isClientOrServerError(status)) {
                    continue;
                }
                OpenApiDocument.Resolved response = api.follow(operation.pointer() + "/responses/" + JsonDocument.escape(status),
                        responses.get(status));
                if (response.ok() && response.node() != null) {
                    // a shared response component is read once, but counts once per operation using it
                    schemasOfResponse.computeIfAbsent(response.pointer(), p -> schemasOf(model, response))
                            .forEach(schema -> counts.merge(schema, 1, Integer::sum));
                }
            }
        }
        String best = null;
        for (Map.Entry<String, Integer> entry : counts.entrySet()) {
            if (best == null || entry.getValue() > counts.get(best)) {
                best = entry.getKey();
            }
        }
        if (best == null) {
            return new EnvelopeLookup(List.of(), "not found", List.of(new Missing("no 4xx/5xx response of "
                    + api.document().displayName() + " references a component schema (#/components/schemas/<Name>)",
                    api.at("/paths") != null ? "/paths" : "")));
        }
        return new EnvelopeLookup(List.of(new EnvelopeSchema(api, best)), "the schema that " + counts.get(best)
                + " 4xx/5xx response bodies reference" + (counts.size() > 1 ? " (the most often of " + counts.size()
                + " schemas)" : ""), List.of());
    }

    /** {@code ServiceErrorEnvelope} or {@code basic-error, validation-error}. */
    public String names() {
        return String.join(", ", envelopes.stream().map(EnvelopeSchema::name).toList());
    }

    /** The component schemas (first one reached per media type) a response's content references. */
    private static List<String> schemasOf(InstanceModel model, OpenApiDocument.Resolved response) {
        List<String> schemas = new ArrayList<>();
        JsonNode content = response.node().get("content");
        if (content == null || !content.isObject()) {
            return schemas;
        }
        for (String mediaType : content.propertyNames()) {
            String schemaPointer = response.pointer() + "/content/" + JsonDocument.escape(mediaType) + "/schema";
            for (InstanceModel.Part part : model.parts(schemaPointer, false, new HashSet<>())) {
                String step = part.pointer();
                if (step.startsWith(SCHEMAS) && step.indexOf('/', SCHEMAS.length()) < 0) {
                    schemas.add(step);
                    break;
                }
            }
        }
        return schemas;
    }

    /** Status keys of an OpenAPI responses object. */
    static final class StatusCodes {

        private StatusCodes() {
        }

        /** {@code 4xx}/{@code 5xx} codes and the {@code 4XX}/{@code 5XX} ranges. */
        static boolean isClientOrServerError(String key) {
            return isClientError(key) || isServerError(key);
        }

        static boolean isClientError(String key) {
            return key.length() == 3 && key.charAt(0) == '4' && rest(key);
        }

        static boolean isServerError(String key) {
            return key.length() == 3 && key.charAt(0) == '5' && rest(key);
        }

        /**
         * Whether an {@code errorStatusesWithoutBody} entry covers a response's status key: the same key
         * ({@code 404}, {@code default}, case ignored), or a range ({@code 4XX}) covering it.
         */
        static boolean covers(String entry, String status) {
            String e = entry.toUpperCase(Locale.ROOT);
            String s = status.toUpperCase(Locale.ROOT);
            return e.equals(s) || e.endsWith("XX") && s.length() == 3 && s.charAt(0) == e.charAt(0);
        }

        /** Whether {@code entry} is a status key of an error response: {@code 4nn}, {@code 5nn}, {@code 4XX}, {@code 5XX} or {@code default}. */
        static boolean isErrorStatus(String entry) {
            return isClientOrServerError(entry) || entry.equals("default");
        }

        /** {@code 500} or the {@code 5XX} range. */
        static boolean isInternalError(String key) {
            return key.equals("500") || key.toUpperCase(Locale.ROOT).equals("5XX");
        }

        private static boolean rest(String key) {
            String tail = key.substring(1).toUpperCase(Locale.ROOT);
            return tail.equals("XX") || Character.isDigit(tail.charAt(0)) && Character.isDigit(tail.charAt(1));
        }
    }
}
