package io.github.cutoverguard.engine.alignment;

import io.github.cutoverguard.engine.json.JsonDocument;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The error-envelope schema of an OpenAPI description and the fields it defines, addressed by
 * dotted paths such as {@code error.code} that walk nested {@code properties}.
 *
 * <p>At each level the schema is taken together with its <em>parts</em>: what its {@code $ref} names
 * and its {@code allOf} members, recursively, following local {@code $ref}s only. Those parts must
 * all hold, so a field is <em>required</em> when one of them lists it under {@code required}. For
 * what a schema <em>may</em> hold (forbidden fields, enum values), the {@code anyOf}/{@code oneOf}
 * branches count as well. A {@code $ref} that cannot be followed is collected as a {@link RefProblem}.
 */
public final class EnvelopeSchema {

    /** One schema that applies at a level, and the {@code $ref} that brought it in ({@code null} if none did). */
    public record Part(String pointer, JsonNode node, String viaRef) {
    }

    /** Whether a required dotted field holds; if not, the first path prefix that fails and where. */
    public record Requirement(boolean satisfied, String field, boolean defined, String pointer) {
    }

    /** Where a field is defined ({@code properties/<name>}) or required ({@code required/<i>}). */
    public record Occurrence(String pointer, boolean required, String viaRef) {
    }

    /** One value an enum or const allows, and its pointer. */
    public record AllowedValue(String value, String pointer) {
    }

    private static final JsonNode NO_PROPERTIES = JsonNodeFactory.instance.objectNode();

    private final OpenApiDocument api;
    private final String pointer;

    public EnvelopeSchema(OpenApiDocument api, String pointer) {
        this.api = api;
        this.pointer = pointer;
    }

    /** The schema's pointer, e.g. {@code /components/schemas/ServiceErrorEnvelope}. */
    public String pointer() {
        return pointer;
    }

    /** The schema's name: the last token of its pointer, e.g. {@code ServiceErrorEnvelope}. */
    public String name() {
        return OpenApiDocument.lastToken(pointer);
    }

    /**
     * The schemas that apply at {@code start}: itself, what its {@code $ref} names and its
     * {@code allOf} members, recursively; with {@code branches}, also {@code anyOf}/{@code oneOf} members.
     */
    public List<Part> parts(String start, boolean branches, Set<RefProblem> problems) {
        List<Part> out = new ArrayList<>();
        collect(start, null, branches, new HashSet<>(), new HashSet<>(), out, problems);
        return out;
    }

    private void collect(String at, String viaRef, boolean branches, Set<String> stack, Set<String> seen,
                         List<Part> out, Set<RefProblem> problems) {
        JsonNode node = api.at(at);
        if (node == null || !node.isObject() || !seen.add(at)) {
            return;
        }
        stack.add(at);
        out.add(new Part(at, node, viaRef));
        JsonNode ref = node.get("$ref");
        if (ref != null && ref.isString()) {
            String refPointer = at + "/$ref";
            OpenApiDocument.Hop hop = api.hop(refPointer, ref.asString());
            if (hop.problem() != null) {
                problems.add(hop.problem());
            } else if (stack.contains(hop.target())) {
                problems.add(new RefProblem(RefProblem.Kind.CYCLE, refPointer, ref.asString()));
            } else {
                collect(hop.target(), refPointer, branches, stack, seen, out, problems);
            }
        }
        for (String keyword : branches ? List.of("allOf", "anyOf", "oneOf") : List.of("allOf")) {
            JsonNode members = node.get(keyword);
            if (members != null && members.isArray()) {
                for (int i = 0; i < members.size(); i++) {
                    collect(at + "/" + keyword + "/" + i, viaRef, branches, stack, seen, out, problems);
                }
            }
        }
        stack.remove(at);
    }

    private List<Part> partsOf(List<String> pointers, boolean branches, Set<RefProblem> problems) {
        Set<String> seen = new HashSet<>();
        List<Part> out = new ArrayList<>();
        for (String p : pointers) {
            collect(p, null, branches, new HashSet<>(), seen, out, problems);
        }
        return out;
    }

    /**
     * Whether every prefix of {@code dotted} is required (e.g. for {@code error.code}: {@code error}
     * by the envelope and {@code code} by {@code error}'s schema); if not, the first prefix that is
     * not, whether it is at least defined, and where to report it.
     */
    public Requirement requirement(String dotted, Set<RefProblem> problems) {
        String[] segments = dotted.split("\\.");
        List<String> level = List.of(pointer);
        String report = pointer;
        for (int i = 0; i < segments.length; i++) {
            String segment = segments[i];
            String prefix = String.join(".", Arrays.copyOfRange(segments, 0, i + 1));
            List<Part> parts = partsOf(level, false, problems);
            List<String> next = new ArrayList<>();
            boolean required = false;
            for (Part part : parts) {
                JsonNode property = properties(part.node()).get(segment);
                if (property != null) {
                    next.add(part.pointer() + "/properties/" + JsonDocument.escape(segment));
                }
                required |= requiredIndex(part.node(), segment) >= 0;
            }
            if (!required) {
                String where = next.isEmpty() ? (parts.isEmpty() ? report : parts.get(0).pointer())
                        : requiredListOrSchema(parts, next.get(0));
                return new Requirement(false, prefix, !next.isEmpty(), where);
            }
            if (next.isEmpty() && i < segments.length - 1) {
                return new Requirement(false, prefix + "." + segments[i + 1], false,
                        parts.isEmpty() ? report : parts.get(0).pointer());
            }
            report = next.isEmpty() ? report : next.get(0);
            level = next;
        }
        return new Requirement(true, dotted, true, report);
    }

    /** The {@code required} array of the part defining {@code propertyPointer}, or that part. */
    private static String requiredListOrSchema(List<Part> parts, String propertyPointer) {
        String owner = propertyPointer.substring(0, propertyPointer.lastIndexOf("/properties/"));
        for (Part part : parts) {
            if (part.pointer().equals(owner)) {
                return part.node().has("required") ? owner + "/required" : owner;
            }
        }
        return owner;
    }

    /**
     * Every place the envelope defines or requires {@code dotted}, counting {@code $ref}'d
     * components and {@code allOf}/{@code anyOf}/{@code oneOf} members at every level.
     */
    public List<Occurrence> occurrences(String dotted, Set<RefProblem> problems) {
        String[] segments = dotted.split("\\.");
        List<String> level = List.of(pointer);
        List<Occurrence> found = new ArrayList<>();
        for (int i = 0; i < segments.length; i++) {
            String segment = segments[i];
            List<Part> parts = partsOf(level, true, problems);
            List<String> next = new ArrayList<>();
            for (Part part : parts) {
                JsonNode property = properties(part.node()).get(segment);
                if (property != null) {
                    next.add(part.pointer() + "/properties/" + JsonDocument.escape(segment));
                }
                int index = requiredIndex(part.node(), segment);
                if (i == segments.length - 1) {
                    if (property != null) {
                        found.add(new Occurrence(part.pointer() + "/properties/" + JsonDocument.escape(segment), false,
                                part.viaRef()));
                    }
                    if (index >= 0) {
                        found.add(new Occurrence(part.pointer() + "/required/" + index, true, part.viaRef()));
                    }
                }
            }
            level = next;
        }
        return found;
    }

    /**
     * The values the {@code enum}s and {@code const}s of {@code dotted} allow, in document order, or
     * {@code null} when the envelope does not define {@code dotted} at all.
     */
    public List<AllowedValue> allowedValues(String dotted, Set<RefProblem> problems) {
        List<String> level = List.of(pointer);
        for (String segment : dotted.split("\\.")) {
            List<String> next = new ArrayList<>();
            for (Part part : partsOf(level, true, problems)) {
                if (properties(part.node()).get(segment) != null) {
                    next.add(part.pointer() + "/properties/" + JsonDocument.escape(segment));
                }
            }
            if (next.isEmpty()) {
                return null;
            }
            level = next;
        }
        List<AllowedValue> values = new ArrayList<>();
        for (Part part : partsOf(level, true, problems)) {
            JsonNode allowed = part.node().get("enum");
            if (allowed != null && allowed.isArray()) {
                for (int i = 0; i < allowed.size(); i++) {
                    values.add(new AllowedValue(allowed.get(i).asString(), part.pointer() + "/enum/" + i));
                }
            }
            JsonNode constant = part.node().get("const");
            if (constant != null && constant.isValueNode()) {
                values.add(new AllowedValue(constant.asString(), part.pointer() + "/const"));
            }
        }
        return values;
    }

    /** Whether the schema at {@code start} is this envelope (directly, through {@code $ref}s or as an {@code allOf} member). */
    public boolean isUsedBy(String start, Set<RefProblem> problems) {
        for (Part part : parts(start, false, problems)) {
            if (part.pointer().equals(pointer)) {
                return true;
            }
        }
        return false;
    }

    private static JsonNode properties(JsonNode schema) {
        JsonNode properties = schema.get("properties");
        return properties != null && properties.isObject() ? properties : NO_PROPERTIES;
    }

    private static int requiredIndex(JsonNode schema, String name) {
        JsonNode required = schema.get("required");
        if (required != null && required.isArray()) {
            for (int i = 0; i < required.size(); i++) {
                if (required.get(i).isString() && required.get(i).asString().equals(name)) {
                    return i;
                }
            }
        }
        return -1;
    }
}
