package io.github.cutoverguard.engine.alignment;

import io.github.cutoverguard.engine.Breach;
import io.github.cutoverguard.engine.Check;
import io.github.cutoverguard.engine.Rule;
import io.github.cutoverguard.engine.json.JsonDocument;
import tools.jackson.databind.JsonNode;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Raises {@link #RULE} when a contract schema has no {@code $id}, an {@code $id} that is not a
 * non-empty string, the same {@code $id} as another contract schema, or an empty property name
 * ({@code ""}) anywhere in the document.
 */
public final class ContractSchemasHaveIds implements Check<List<JsonDocument>> {

    public static final Rule RULE = Rule.ALIGN_SCHEMA_ID;

    @Override
    public Set<Rule> rules() {
        return Set.of(RULE);
    }

    /** Checks the schemas together (so that a repeated {@code $id} is found). */
    @Override
    public List<Breach> check(List<JsonDocument> schemas) {
        List<Breach> breaches = new ArrayList<>();
        Map<String, JsonDocument> ids = new HashMap<>();
        for (JsonDocument schema : schemas) {
            JsonNode id = schema.root().get("$id");
            if (!schema.root().isObject() || id == null) {
                breaches.add(schema.breachAt(RULE, "", schema.displayName() + " has no $id")
                        .expected("a non-empty $id")
                        .hint("add \"$id\": \"https://<your-domain>/contracts/.../" + fileName(schema) + "\"").build());
            } else if (!id.isString() || id.asString().isBlank()) {
                breaches.add(schema.breachAt(RULE, "/$id", schema.displayName() + " has an empty $id")
                        .expected("a non-empty $id").actual(id.toString())
                        .hint("set $id to the schema's canonical URI").build());
            } else {
                JsonDocument other = ids.putIfAbsent(id.asString(), schema);
                if (other != null) {
                    breaches.add(schema.breachAt(RULE, "/$id", schema.displayName() + " has the $id \"" + id.asString()
                                    + "\" of " + other.displayName())
                            .actual(id.asString())
                            .hint("give every contract schema its own $id").build());
                }
            }
            breaches.addAll(emptyKeys(schema));
        }
        return breaches;
    }

    /** Every empty property name in the document, in document order. */
    private static List<Breach> emptyKeys(JsonDocument schema) {
        List<Breach> breaches = new ArrayList<>();
        Deque<Map.Entry<String, JsonNode>> pending = new ArrayDeque<>();
        pending.push(Map.entry("", schema.root()));
        while (!pending.isEmpty()) {
            Map.Entry<String, JsonNode> next = pending.pop();
            String pointer = next.getKey();
            JsonNode node = next.getValue();
            List<Map.Entry<String, JsonNode>> children = new ArrayList<>();
            if (node.isObject()) {
                for (String name : node.propertyNames()) {
                    if (name.isEmpty()) {
                        breaches.add(schema.breachAt(RULE, pointer + "/", schema.displayName()
                                        + " has an empty property name in " + (pointer.isEmpty() ? "its root object" : pointer))
                                .hint("remove the \"\" key or give it a name").build());
                    }
                    children.add(Map.entry(pointer + "/" + JsonDocument.escape(name), node.get(name)));
                }
            } else if (node.isArray()) {
                for (int i = 0; i < node.size(); i++) {
                    children.add(Map.entry(pointer + "/" + i, node.get(i)));
                }
            }
            for (int i = children.size() - 1; i >= 0; i--) {
                pending.push(children.get(i));
            }
        }
        return breaches;
    }

    private static String fileName(JsonDocument schema) {
        String name = schema.displayName();
        return name.substring(name.lastIndexOf('/') + 1);
    }
}
