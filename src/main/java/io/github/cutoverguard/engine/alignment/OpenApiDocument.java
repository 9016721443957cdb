package io.github.cutoverguard.engine.alignment;

import io.github.cutoverguard.engine.json.JsonDocument;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.MissingNode;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * An OpenAPI 3.0/3.1 description (read from YAML or JSON into a {@link JsonDocument}) seen through
 * what the alignment checks need: its operations, and local {@code $ref}s followed to what they
 * name. A {@code $ref} is followed only inside this document: a remote one is a {@link RefProblem},
 * never fetched.
 */
public final class OpenApiDocument {

    /** The HTTP methods of an OpenAPI path item, in the order the specification lists them. */
    public static final List<String> METHODS = List.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

    /** One operation: {@code POST /v1/query/recall} and the pointer of its operation object. */
    public record Operation(String method, String path, String pointer, JsonNode node) {

        /** {@code POST /v1/query/recall}. */
        public String display() {
            return method.toUpperCase(Locale.ROOT) + " " + path;
        }
    }

    /**
     * Where a chain of {@code $ref}s ends: the pointer and node reached (the node is {@code null}
     * when the start pointer names nothing), every pointer on the way (the start first), or the
     * problem that stopped it.
     */
    public record Resolved(String pointer, JsonNode node, List<String> chain, RefProblem problem) {

        public boolean ok() {
            return problem == null;
        }
    }

    private static final JsonNode MISSING = MissingNode.getInstance();

    private final JsonDocument document;
    private final Map<String, JsonNode> targets = new HashMap<>();

    /** Not thread-safe: it caches {@code $ref} targets (one instance per goal run). */
    public OpenApiDocument(JsonDocument document) {
        this.document = document;
    }

    public JsonDocument document() {
        return document;
    }

    /** The {@code openapi} version field, if it is a string. */
    public String openApiVersion() {
        JsonNode version = document.root().get("openapi");
        return version != null && version.isString() ? version.asString() : null;
    }

    /**
     * Every operation under {@code paths}, in document order; a path item that is itself a
     * {@code $ref} is followed, and one that cannot be followed is left out and returned in
     * {@code problems}.
     */
    public List<Operation> operations(Collection<RefProblem> problems) {
        List<Operation> operations = new ArrayList<>();
        JsonNode paths = document.root().get("paths");
        if (paths == null || !paths.isObject()) {
            return operations;
        }
        for (String path : paths.propertyNames()) {
            Resolved item = follow("/paths/" + JsonDocument.escape(path), paths.get(path));
            if (!item.ok()) {
                problems.add(item.problem());
                continue;
            }
            if (!item.node().isObject()) {
                continue;
            }
            for (String method : METHODS) {
                JsonNode operation = item.node().get(method);
                if (operation != null && operation.isObject()) {
                    operations.add(new Operation(method, path, item.pointer() + "/" + method, operation));
                }
            }
        }
        return operations;
    }

    /** The node at {@code pointer}, or {@code null}. */
    public JsonNode at(String pointer) {
        return document.at(pointer).orElse(null);
    }

    /** The node a {@code $ref} names: looked up once per target, as many operations share a few components. */
    private JsonNode target(String pointer) {
        return targets.computeIfAbsent(pointer, p -> document.at(p).orElse(MISSING));
    }

    /** Follows the chain of {@code $ref}s starting at the node at {@code pointer} to the node it ends at. */
    public Resolved follow(String pointer) {
        return follow(pointer, at(pointer));
    }

    /** {@link #follow(String)} for a start node the caller already holds ({@code start} is the node at {@code pointer}). */
    public Resolved follow(String pointer, JsonNode start) {
        Set<String> chain = new LinkedHashSet<>();
        String current = pointer;
        JsonNode node = start;
        while (true) {
            chain.add(current);
            if (node == null) {
                return new Resolved(current, null, List.copyOf(chain), null);
            }
            JsonNode ref = node.isObject() ? node.get("$ref") : null;
            if (ref == null || !ref.isString()) {
                return new Resolved(current, node, List.copyOf(chain), null);
            }
            String refPointer = current + "/$ref";
            Hop hop = hop(refPointer, ref.asString());
            if (hop.problem() == null && chain.contains(hop.target())) {
                hop = new Hop(null, new RefProblem(RefProblem.Kind.CYCLE, refPointer, ref.asString()));
            }
            if (hop.problem() != null) {
                return new Resolved(current, node, List.copyOf(chain), hop.problem());
            }
            current = hop.target();
            node = target(current);
        }
    }

    /** One {@code $ref} step: the pointer it names (present in the document), or why it cannot be taken. */
    record Hop(String target, RefProblem problem) {
    }

    /** Resolves the {@code $ref} text at {@code refPointer} to the pointer it names, one step only. */
    Hop hop(String refPointer, String ref) {
        if (!ref.startsWith("#")) {
            return new Hop(null, new RefProblem(RefProblem.Kind.REMOTE, refPointer, ref));
        }
        String target = percentDecode(ref.substring(1));
        if (target == null || !(target.isEmpty() || target.startsWith("/"))) {
            return new Hop(null, new RefProblem(RefProblem.Kind.MALFORMED, refPointer, ref));
        }
        if (target(target) == MISSING) {
            return new Hop(null, new RefProblem(RefProblem.Kind.DANGLING, refPointer, ref));
        }
        return new Hop(target, null);
    }

    /** The last token of a pointer, unescaped: {@code ServiceErrorEnvelope} for {@code /components/schemas/ServiceErrorEnvelope}. */
    public static String lastToken(String pointer) {
        String token = pointer.substring(pointer.lastIndexOf('/') + 1);
        return token.replace("~1", "/").replace("~0", "~");
    }

    /** Percent-decodes a URI fragment (UTF-8); {@code null} when an escape is malformed. */
    static String percentDecode(String fragment) {
        if (fragment.indexOf('%') < 0) {
            return fragment;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int i = 0;
        while (i < fragment.length()) {
            int percent = fragment.indexOf('%', i);
            int end = percent < 0 ? fragment.length() : percent;
            byte[] plain = fragment.substring(i, end).getBytes(StandardCharsets.UTF_8);
            bytes.write(plain, 0, plain.length);
            if (percent < 0) {
                break;
            }
            if (percent + 2 >= fragment.length()) {
                return null;
            }
            int hi = Character.digit(fragment.charAt(percent + 1), 16);
            int lo = Character.digit(fragment.charAt(percent + 2), 16);
            if (hi < 0 || lo < 0) {
                return null;
            }
            bytes.write(hi * 16 + lo);
            i = percent + 3;
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
