package io.github.cutoverguard.engine.schema;

import com.networknt.schema.Error;
import com.networknt.schema.path.NodePath;
import io.github.cutoverguard.engine.NearestName;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Members that only a schema's {@code additionalProperties} admits and that are named within a few edits of a member
 * the schema names ({@code duration_day} beside {@code duration_days}): a misspelling, said as one, instead of the
 * catch-all's type ("write duration_day as boolean") and the named member's absence.
 */
final class MisspeltMembers {

    /** How a misspelt member is said; its breach's {@code expected} is the member it stands for. */
    static final String UNKNOWN = " is no member the schema names";
    /** How many edits make a misspelling rather than another name. */
    private static final int MAX_DISTANCE = 2;

    /**
     * One misspelt member.
     *
     * @param parent the pointer of the object holding it
     * @param member the name as written
     * @param known  the member the schema names that it is nearest to
     */
    private record Misspelt(String parent, String member, String known) {
    }

    private final Map<Error, Misspelt> misspelt;

    private MisspeltMembers(Map<Error, Misspelt> misspelt) {
        this.misspelt = misspelt;
    }

    /** The misspellings among {@code errors}, read against {@code schemaRoot}, the schema that raised them. */
    static MisspeltMembers of(JsonNode schemaRoot, List<Error> errors) {
        Map<Error, Misspelt> found = new IdentityHashMap<>();
        for (Error error : errors) {
            Optional<JsonNode> properties = catchAllOf(schemaRoot, error).map(object -> object.get("properties"))
                    .filter(JsonNode::isObject);
            String pointer = error.getInstanceLocation() == null ? "" : error.getInstanceLocation().toString();
            int slash = pointer.lastIndexOf('/');
            if (properties.isEmpty() || slash < 0) {
                continue;
            }
            String member = pointer.substring(slash + 1).replace("~1", "/").replace("~0", "~");
            NearestName.within(member, properties.get().propertyNames(), MAX_DISTANCE).ifPresent(known ->
                    found.put(error, new Misspelt(pointer.substring(0, slash), member, known)));
        }
        return new MisspeltMembers(found);
    }

    /**
     * The object schema whose {@code additionalProperties} raised {@code error} (its schema location ends in
     * {@code additionalProperties/<keyword>}), found in {@code schemaRoot}; empty for any other error or a location
     * outside it.
     */
    private static Optional<JsonNode> catchAllOf(JsonNode schemaRoot, Error error) {
        NodePath fragment = error.getSchemaLocation() == null ? null : error.getSchemaLocation().getFragment();
        int count = fragment == null ? 0 : fragment.getNameCount();
        if (count < 2 || !"additionalProperties".equals(String.valueOf(fragment.getElement(count - 2)))) {
            return Optional.empty();
        }
        JsonNode node = schemaRoot;
        for (int i = 0; i < count - 2 && node != null; i++) {
            Object element = fragment.getElement(i);
            node = element instanceof Integer index ? node.get(index) : node.get(String.valueOf(element));
        }
        return Optional.ofNullable(node).filter(JsonNode::isObject);
    }

    /** How {@code error} is said when it is a misspelling: the member unknown, the nearest known member named. */
    Optional<SchemaExpectation> expectation(Error error, String pointer) {
        Misspelt found = misspelt.get(error);
        if (found == null) {
            return Optional.empty();
        }
        String name = pointer.substring(1);
        String catchAll = describe(error.getSchemaNode(), error.getKeyword());
        return Optional.of(new SchemaExpectation(name + UNKNOWN + " (its other members are "
                + catchAll + "): did you mean " + found.known() + "?", found.known(),
                "rename \"" + found.member() + "\" to \"" + found.known() + "\""));
    }

    /** Whether {@code error} is the absence of a member a misspelling stands for: the same cause, said once. */
    private boolean covers(Error error, String pointer) {
        return "required".equals(error.getKeyword()) && misspelt.values().stream()
                .anyMatch(m -> m.parent().equals(pointer) && m.known().equals(error.getProperty()));
    }

    /** What the catch-all admits, e.g. "boolean flags". */
    private static String describe(JsonNode keyword, String name) {
        if ("type".equals(name) && keyword != null && keyword.isString()) {
            return keyword.asString() + (keyword.asString().equals("boolean") ? " flags" : " values");
        }
        return "held to the schema's additionalProperties";
    }

    /** The errors that are not covered by a misspelling. */
    List<Error> uncovered(List<Error> errors) {
        List<Error> kept = new ArrayList<>();
        for (Error error : errors) {
            String pointer = error.getInstanceLocation() == null ? "" : error.getInstanceLocation().toString();
            if (!covers(error, pointer)) {
                kept.add(error);
            }
        }
        return kept;
    }
}
