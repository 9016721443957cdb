package io.github.cutoverguard.engine.schema;

import com.networknt.schema.Error;
import io.github.cutoverguard.engine.json.JsonNumbers;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a failed JSON Schema keyword expected, said about the value as the user wrote it: the constant or enum values,
 * the missing property, the pattern, the bound or the type, e.g. {@code manifest_contract_version is
 * "producer-contract-manifest.v2", expected "producer-contract-manifest.v1"}, with a hint that names the fix. A keyword
 * without its own wording keeps the validator's message.
 *
 * @param message  the breach message (without the schema's name)
 * @param expected what the schema expects, for the breach's {@code expected}
 * @param hint     the fix, or {@code null} for the rule's general hint
 */
record SchemaExpectation(String message, String expected, String hint) {

    /** How a missing required member is said; its breach's {@code expected} is the member's name. */
    static final String LACKS_REQUIRED = " lacks the required property ";

    /** The expectation of {@code error}, the failing value at {@code pointer} ({@code ""}: the document). */
    static SchemaExpectation of(Error error, String pointer) {
        String name = pointer.isEmpty() ? "the document" : pointer.substring(1);
        JsonNode keyword = error.getSchemaNode();
        JsonNode value = error.getInstanceNode();
        String actual = value == null ? "missing" : shown(value);
        switch (error.getKeyword() == null ? "" : error.getKeyword()) {
            case "const" -> {
                return new SchemaExpectation(name + " is " + actual + ", expected " + shown(keyword), shown(keyword),
                        "set " + name + " to " + shown(keyword));
            }
            case "enum" -> {
                String values = list(keyword);
                return new SchemaExpectation(name + " is " + actual + ", expected one of " + values, values,
                        "use one of " + values + " for " + name);
            }
            case "required" -> {
                String property = error.getProperty();
                String where = pointer.isEmpty() ? "the document" : name;
                return new SchemaExpectation(where + LACKS_REQUIRED + "\"" + property + "\"", property,
                        "add \"" + property + "\" to " + where);
            }
            case "additionalProperties", "unevaluatedProperties" -> {
                String property = error.getProperty();
                String where = pointer.isEmpty() ? "the document" : name;
                return new SchemaExpectation(where + " has the property \"" + property + "\", which the schema does not "
                        + "define", "no property \"" + property + "\"", "remove \"" + property + "\" (or correct its name)");
            }
            case "pattern" -> {
                return new SchemaExpectation(name + " is " + actual + ", which does not match the pattern "
                        + keyword.asString(), keyword.asString(), "change " + name + " to a value matching "
                        + keyword.asString());
            }
            case "type" -> {
                String type = keyword.isArray() ? list(keyword) : keyword.asString();
                String shownValue = value == null || value.isContainer() || value.isNull() ? "" : " (" + actual + ")";
                return new SchemaExpectation(name + " is " + typeOf(value) + shownValue + ", expected " + type, type,
                        "write " + name + " as " + type);
            }
            case "minimum", "exclusiveMinimum", "maximum", "exclusiveMaximum" -> {
                String bound = bound(error.getKeyword()) + " " + keyword.asString();
                return new SchemaExpectation(name + " is " + actual + ", expected " + bound, bound,
                        "set " + name + " to a number " + bound);
            }
            case "minLength", "maxLength" -> {
                String bound = (error.getKeyword().startsWith("min") ? "at least " : "at most ") + keyword.asString()
                        + " character" + (isOne(keyword) ? "" : "s");
                return new SchemaExpectation(name + " is " + actual + ", expected " + bound, bound,
                        "write " + name + " with " + bound);
            }
            case "minItems", "maxItems" -> {
                String bound = (error.getKeyword().startsWith("min") ? "at least " : "at most ") + keyword.asString()
                        + " item" + (isOne(keyword) ? "" : "s");
                int size = value == null ? 0 : value.size();
                return new SchemaExpectation(name + " has " + size + " item" + (size == 1 ? "" : "s") + ", expected "
                        + bound, bound, "give " + name + " " + bound);
            }
            case "uniqueItems" -> {
                String repeated = repeated(value);
                return new SchemaExpectation(name + " lists " + repeated + " more than once", "each item once",
                        "list " + repeated + " once in " + name);
            }
            default -> {
                String message = error.getMessage() == null ? "does not match the schema" : error.getMessage();
                String where = pointer.isEmpty() ? "document" : pointer;
                return new SchemaExpectation(message.startsWith(where + ":") ? message : where + ": " + message,
                        error.getKeyword(), null);
            }
        }
    }

    /** The first item of {@code array} that an earlier item equals, as JSON (an array uniqueItems refused has one). */
    private static String repeated(JsonNode array) {
        Set<JsonNode> seen = new HashSet<>();
        if (array == null) {
            return "an item";
        }
        for (JsonNode item : array) {
            if (!seen.add(item)) {
                return shown(item);
            }
        }
        return "an item";
    }

    /** Whether a schema's count keyword is 1; any number, 1e20 included, is read without an exception. */
    private static boolean isOne(JsonNode keyword) {
        return JsonNumbers.intValue(keyword).filter(n -> n == 1).isPresent();
    }

    private static String bound(String keyword) {
        return switch (keyword) {
            case "minimum" -> "at least";
            case "exclusiveMinimum" -> "above";
            case "maximum" -> "at most";
            default -> "below";
        };
    }

    /** A value as JSON, shortened: {@code "v7.4.0"}, {@code 50}, {@code {…}}. */
    private static String shown(JsonNode node) {
        if (node == null) {
            return "missing";
        }
        if (node.isContainer()) {
            return node.isArray() ? "an array" : "an object";
        }
        String text = node.toString();
        return text.length() <= 120 ? text : text.substring(0, 117) + "...";
    }

    private static String list(JsonNode values) {
        List<String> shown = new ArrayList<>();
        values.forEach(v -> shown.add(shown(v)));
        return String.join(", ", shown);
    }

    private static String typeOf(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return "missing";
        }
        if (node.isNull()) {
            return "null";
        }
        if (node.isString()) {
            return "a string";
        }
        if (node.isBoolean()) {
            return "a boolean";
        }
        if (node.isIntegralNumber()) {
            return "an integer";
        }
        if (node.isNumber()) {
            return "a number";
        }
        return node.isArray() ? "an array" : "an object";
    }
}
