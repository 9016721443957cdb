package io.github.cutoverguard.engine.json;

import io.github.cutoverguard.engine.Rule;
import io.github.cutoverguard.engine.Breach;
import io.github.cutoverguard.engine.Location;
import io.github.cutoverguard.engine.input.RawInput;
import tools.jackson.databind.JsonNode;

import java.util.Optional;

/**
 * A strictly parsed JSON input: its tree, its source bytes and the line:column of every value,
 * addressed by JSON Pointer.
 */
public final class JsonDocument {

    private final RawInput source;
    private final JsonNode root;
    private final LocationTable locations;

    JsonDocument(RawInput source, JsonNode root, LocationTable locations) {
        this.source = source;
        this.root = root;
        this.locations = locations;
    }

    /** The file this document was read from (bytes and SHA-256). */
    public RawInput source() {
        return source;
    }

    /** The path as shown to the user. */
    public String displayName() {
        return source.displayName();
    }

    public JsonNode root() {
        return root;
    }

    /** The value at an RFC 6901 pointer, if present. */
    public Optional<JsonNode> at(String pointer) {
        JsonNode node = root.at(pointer);
        return node.isMissingNode() ? Optional.empty() : Optional.of(node);
    }

    /** The text of a string member of the root object, if it is a string. */
    public Optional<String> text(String field) {
        JsonNode node = root.get(field);
        return node != null && node.isString() ? Optional.of(node.asString()) : Optional.empty();
    }

    /**
     * The line:column of the value at {@code pointer}, or of its nearest present ancestor, so that a
     * missing member is reported at the object that should hold it.
     */
    public Location locate(String pointer) {
        String p = pointer == null ? "" : pointer;
        while (true) {
            Location location = locations.get(p);
            if (location != null) {
                return location;
            }
            if (p.isEmpty()) {
                return Location.UNKNOWN;
            }
            p = p.substring(0, Math.max(0, p.lastIndexOf('/')));
        }
    }

    /** Starts an error-level breach located at the value {@code pointer} names in this document. */
    public Breach.Builder breachAt(Rule rule, String pointer, String message) {
        return Breach.error(rule, message).file(displayName()).at(locate(pointer)).pointer(pointer);
    }

    /** The pointer of a root-object member, escaped per RFC 6901. */
    public static String pointerOf(String field) {
        return "/" + escape(field);
    }

    /** RFC 6901 escaping of one reference token. */
    public static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }
}
