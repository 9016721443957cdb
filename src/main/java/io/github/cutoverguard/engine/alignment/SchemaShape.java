package io.github.cutoverguard.engine.alignment;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.util.Set;
import java.util.TreeSet;

/**
 * The shape of a JSON Schema: the schema without its annotations ({@code title}, {@code description},
 * examples, {@code x-} extensions and the like) at every schema position, with {@code required} as a
 * sorted set. Two schemas of the same shape accept the same documents, so an inline copy of an error
 * envelope counts as that envelope, and equal inline schemas are reported once.
 */
final class SchemaShape {

    private static final Set<String> ANNOTATIONS = Set.of("title", "description", "example", "examples",
            "externalDocs", "deprecated", "readOnly", "writeOnly", "xml", "$comment", "default");
    /** Keywords whose value is a map of names to schemas. */
    private static final Set<String> SCHEMA_MAPS = Set.of("properties", "patternProperties", "$defs", "definitions",
            "dependentSchemas");
    /** Keywords whose value is a schema (or, for {@code items}, an array of schemas). */
    private static final Set<String> SCHEMA_VALUES = Set.of("items", "additionalProperties", "not", "if", "then",
            "else", "contains", "propertyNames", "unevaluatedProperties", "unevaluatedItems", "additionalItems");
    /** Keywords whose value is an array of schemas. */
    private static final Set<String> SCHEMA_ARRAYS = Set.of("allOf", "anyOf", "oneOf", "prefixItems");

    private SchemaShape() {
    }

    /** The shape of {@code schema}; a node that is no object is its own shape. */
    static JsonNode of(JsonNode schema) {
        if (schema == null || !schema.isObject()) {
            return schema;
        }
        ObjectNode shape = JsonNodeFactory.instance.objectNode();
        for (String keyword : schema.propertyNames()) {
            JsonNode value = schema.get(keyword);
            if (ANNOTATIONS.contains(keyword) || keyword.startsWith("x-")) {
                continue;
            }
            if (SCHEMA_MAPS.contains(keyword) && value.isObject()) {
                ObjectNode members = shape.putObject(keyword);
                value.propertyNames().forEach(name -> members.set(name, of(value.get(name))));
            } else if ((SCHEMA_ARRAYS.contains(keyword) || SCHEMA_VALUES.contains(keyword)) && value.isArray()) {
                ArrayNode members = shape.putArray(keyword);
                value.forEach(member -> members.add(of(member)));
            } else if (SCHEMA_VALUES.contains(keyword)) {
                shape.set(keyword, of(value));
            } else if (keyword.equals("required") && value.isArray()) {
                Set<String> names = new TreeSet<>();
                value.forEach(name -> names.add(name.asString()));
                ArrayNode sorted = shape.putArray(keyword);
                names.forEach(sorted::add);
            } else {
                shape.set(keyword, value);
            }
        }
        return shape;
    }
}
