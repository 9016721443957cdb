package io.github.cutoverguard.engine.json;

import io.github.cutoverguard.engine.Location;
import io.github.cutoverguard.engine.input.RawInput;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.util.HashMap;
import java.util.Map;

/**
 * Parses JSON strictly with Jackson's streaming parser and builds the tree in the same pass,
 * recording the line:column of every value. Duplicate keys, trailing content, invalid UTF-8, a
 * byte-order mark or UTF-16/32 encoding, and input beyond {@link JsonLimits} are {@link JsonProblem}s
 * with a location, never exceptions that escape.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class StrictJsonReader {

    private static final String DUPLICATE_HINT =
            "remove the repeated key: with duplicates, one value would silently win";
    private static final String ENCODING_HINT = "save the file as UTF-8 without a byte-order mark";

    private final JsonFactory factory;
    private final JsonLimits limits;

    public StrictJsonReader(JsonLimits limits) {
        this.limits = limits;
        this.factory = JsonFactory.builder()
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(limits.maxDepth())
                        .maxDocumentLength(limits.maxBytes())
                        .maxStringLength(limits.maxStringLength())
                        .maxNameLength(limits.maxStringLength())
                        .maxNumberLength(limits.maxNumberLength())
                        .build())
                .build();
    }

    public JsonLimits limits() {
        return limits;
    }

    /** Parses the bytes of {@code input}. */
    public JsonDocument parse(RawInput input) throws JsonProblem {
        byte[] bytes = input.bytes();
        checkEncoding(bytes);
        Map<String, Location> locations = new HashMap<>();
        JsonParser parser = factory.createParser(ObjectReadContext.empty(), bytes);
        try (parser) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new JsonProblem("the file holds no JSON value (only whitespace)", new Location(1, 1),
                        "put the expected JSON object in the file");
            }
            JsonNode root = readValue(parser, "", locations);
            JsonToken trailing = parser.nextToken();
            if (trailing != null) {
                throw new JsonProblem("content follows the end of the JSON value",
                        location(parser.currentTokenLocation()),
                        "remove everything after the closing bracket of the top-level value");
            }
            return new JsonDocument(input, root, locations);
        } catch (StreamConstraintsException e) {
            throw new JsonProblem(firstLine(e.getOriginalMessage()), where(e, parser),
                    "the input exceeds a safety limit; keep contract files small and shallow");
        } catch (JacksonException e) {
            String message = firstLine(e.getOriginalMessage());
            boolean duplicate = message.startsWith("Duplicate");
            boolean utf8 = message.contains("UTF-8") || message.contains("UTF8");
            throw new JsonProblem(message, where(e, parser),
                    duplicate ? DUPLICATE_HINT : utf8 ? ENCODING_HINT
                            : "fix the JSON syntax at this position");
        }
    }

    private static void checkEncoding(byte[] bytes) throws JsonProblem {
        Location start = new Location(1, 1);
        if (bytes.length == 0) {
            throw new JsonProblem("the file is empty", start, "put the expected JSON object in the file");
        }
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            throw new JsonProblem("the file starts with a UTF-8 byte-order mark", start, ENCODING_HINT);
        }
        boolean utf16Bom = bytes.length >= 2 && (((bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF)
                || ((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE));
        boolean zeroBytes = bytes.length >= 2 && (bytes[0] == 0 || bytes[1] == 0);
        if (utf16Bom || zeroBytes) {
            throw new JsonProblem("the file is UTF-16 or UTF-32 encoded, not UTF-8", start, ENCODING_HINT);
        }
    }

    private JsonNode readValue(JsonParser parser, String pointer, Map<String, Location> locations) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        locations.put(pointer, location(parser.currentTokenLocation()));
        JsonToken token = parser.currentToken();
        switch (token) {
            case START_OBJECT: {
                ObjectNode object = nodes.objectNode();
                while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                    String name = parser.currentName();
                    parser.nextToken();
                    object.set(name, readValue(parser, pointer + "/" + JsonDocument.escape(name), locations));
                }
                return object;
            }
            case START_ARRAY: {
                ArrayNode array = nodes.arrayNode();
                int index = 0;
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    array.add(readValue(parser, pointer + "/" + index++, locations));
                }
                return array;
            }
            case VALUE_STRING:
                return nodes.stringNode(parser.getString());
            case VALUE_NUMBER_INT:
                return switch (parser.getNumberType()) {
                    case INT -> nodes.numberNode(parser.getIntValue());
                    case LONG -> nodes.numberNode(parser.getLongValue());
                    default -> nodes.numberNode(parser.getBigIntegerValue());
                };
            case VALUE_NUMBER_FLOAT:
                return nodes.numberNode(parser.getDecimalValue());
            case VALUE_TRUE:
                return nodes.booleanNode(true);
            case VALUE_FALSE:
                return nodes.booleanNode(false);
            case VALUE_NULL:
                return nodes.nullNode();
            default:
                throw new IllegalStateException("unexpected token " + token);
        }
    }

    private static Location where(JacksonException e, JsonParser parser) {
        Location reported = location(e.getLocation());
        return reported.isKnown() ? reported : location(parser.currentLocation());
    }

    private static Location location(TokenStreamLocation location) {
        if (location == null || location.getLineNr() <= 0) {
            return Location.UNKNOWN;
        }
        return new Location(location.getLineNr(), Math.max(1, location.getColumnNr()));
    }

    private static String firstLine(String message) {
        if (message == null || message.isBlank()) {
            return "not valid JSON";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
