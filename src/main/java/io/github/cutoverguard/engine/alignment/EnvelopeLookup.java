package io.github.cutoverguard.engine.alignment;

import io.github.cutoverguard.engine.json.JsonDocument;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds the error-envelope schema: the configured {@code errorEnvelopeSchema}, or else the
 * component schema ({@code #/components/schemas/<Name>}) that the operations' 4xx/5xx responses
 * reference most often (ties go to the one referenced first).
 *
 * @param envelope the envelope, or {@code null} when none was found
 * @param how      how it was found (for the report), or why none was found
 * @param pointer  where to report a failure
 */
public record EnvelopeLookup(EnvelopeSchema envelope, String how, String pointer) {

    private static final String SCHEMAS = "/components/schemas/";

    /** Looks the envelope up by name ({@code ServiceErrorEnvelope} or {@code #/components/schemas/ServiceErrorEnvelope}). */
    public static EnvelopeLookup configured(OpenApiDocument api, String name) {
        String pointer = name.startsWith("#") ? OpenApiDocument.percentDecode(name.substring(1))
                : SCHEMAS + JsonDocument.escape(name);
        if (pointer == null || api.at(pointer) == null || !api.at(pointer).isObject()) {
            return new EnvelopeLookup(null, "errorEnvelopeSchema " + name + " names no schema in "
                    + api.document().displayName(), api.at("/components/schemas") != null ? "/components/schemas" : "");
        }
        return new EnvelopeLookup(new EnvelopeSchema(api, pointer), "configured errorEnvelopeSchema", pointer);
    }

    /** Finds the component schema the 4xx/5xx responses of {@code operations} reference most often. */
    public static EnvelopeLookup discover(OpenApiDocument api, List<OpenApiDocument.Operation> operations) {
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
                    schemasOfResponse.computeIfAbsent(response.pointer(), p -> schemasOf(api, response))
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
            return new EnvelopeLookup(null, "no 4xx/5xx response of " + api.document().displayName()
                    + " references a component schema (#/components/schemas/<Name>)",
                    api.at("/paths") != null ? "/paths" : "");
        }
        return new EnvelopeLookup(new EnvelopeSchema(api, best), "the schema that " + counts.get(best)
                + " 4xx/5xx response bodies reference" + (counts.size() > 1 ? " (the most often of " + counts.size()
                + " schemas)" : ""), best);
    }

    /** The component schemas (first one reached per media type) a response's content references. */
    private static List<String> schemasOf(OpenApiDocument api, OpenApiDocument.Resolved response) {
        List<String> schemas = new ArrayList<>();
        JsonNode content = response.node().get("content");
        if (content == null || !content.isObject()) {
            return schemas;
        }
        for (String mediaType : content.propertyNames()) {
            String schemaPointer = response.pointer() + "/content/" + JsonDocument.escape(mediaType) + "/schema";
            for (String step : api.follow(schemaPointer).chain()) {
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
