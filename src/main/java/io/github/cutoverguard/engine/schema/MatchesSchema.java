package io.github.cutoverguard.engine.schema;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import io.github.cutoverguard.engine.Breach;
import io.github.cutoverguard.engine.Check;
import io.github.cutoverguard.engine.Rule;
import io.github.cutoverguard.engine.json.JsonDocument;

import tools.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Raises {@link #RULE} for every place a JSON input does not match its JSON Schema. */
public final class MatchesSchema implements Check<JsonDocument> {

    public static final Rule RULE = Rule.JSON_SCHEMA;
    /** The largest magnitude a number of an input may have: every field's meaning fits a {@code long}. */
    private static final BigDecimal LARGEST = BigDecimal.valueOf(Long.MAX_VALUE);

    private final Schema schema;
    private final String schemaName;

    /** Checks against {@code schema}, named {@code schemaName} in messages. */
    public MatchesSchema(Schema schema, String schemaName) {
        this.schema = schema;
        this.schemaName = schemaName;
    }

    /** Checks against the bundled schema {@code name} ({@link SchemaCatalog#bundled}). */
    public static MatchesSchema bundled(String name) {
        return new MatchesSchema(SchemaCatalog.bundled(name), name);
    }

    @Override
    public Set<Rule> rules() {
        return Set.of(RULE);
    }

    /**
     * Validates {@code document} against {@code schema} ({@code schemaName} names it in messages). A number beyond what
     * any field can mean (magnitude above {@link Long#MAX_VALUE}) is a breach at its location, and the document is not
     * validated further: the validator cannot compare it (it threw on {@code 1e20}).
     */
    @Override
    public List<Breach> check(JsonDocument document) {
        List<Breach> outOfRange = outOfRange(document, schemaName);
        if (!outOfRange.isEmpty()) {
            return outOfRange;
        }
        List<Breach> breaches = new ArrayList<>();
        List<Error> errors;
        try {
            errors = schema.validate(document.root());
        } catch (BoundedRegularExpressions.PatternTooSlow e) {
            return List.of(Breach.error(RULE, e.getMessage() + " (schema " + schemaName + ")")
                    .file(document.displayName())
                    .hint("rewrite the pattern in " + schemaName + " without nested quantifiers such as (a+)+")
                    .build());
        }
        MisspeltMembers misspelt = MisspeltMembers.of(schema.getSchemaNode(), errors);
        for (Error error : misspelt.uncovered(errors)) {
            String pointer = pointerOf(error);
            SchemaExpectation expectation = misspelt.expectation(error, pointer).orElse(null);
            expectation = expectation != null ? expectation : "format".equals(error.getKeyword())
                    ? new SchemaExpectation(describe(pointer, message(error)), isVisibleText(error) ? "a visible character"
                            : error.getKeyword(), isVisibleText(error) ? "write the text a reader should see at " + pointer
                            + "; white space, zero-width and other invisible characters alone do not count" : null)
                    : SchemaExpectation.of(error, pointer);
            // a property the schema does not define, or whose name it refuses, is shown where it is written, not at its object
            String at = error.getProperty() != null && error.getKeyword() != null
                    && (error.getKeyword().endsWith("Properties") || "propertyNames".equals(error.getKeyword())) ? pointer + "/" + JsonDocument.escape(error.getProperty())
                    : pointer;
            breaches.add(Breach.error(RULE, expectation.message() + " (schema " + schemaName + ")")
                    .file(document.displayName())
                    .at(document.locate(at))
                    .pointer(at)
                    .expected(expectation.expected())
                    .actual(error.getInstanceNode() == null || error.getInstanceNode().isContainer()
                            ? null : abbreviate(error.getInstanceNode().toString()))
                    .hint(expectation.hint())
                    .build());
        }
        return breaches;
    }

    /**
     * The members {@code breach} (this check's) refuses, as pointers into its file: where it points, and for a missing
     * required member or a misspelt one, the member the schema names (so that a later check's breach there, e.g.
     * "duration_days cannot be read", is known to have the same cause). The document itself ({@code ""}) is none.
     */
    public static List<String> refusedMembers(Breach breach) {
        String pointer = breach.jsonPointer();
        if (pointer == null || breach.rule() != RULE) {
            return List.of();
        }
        if (breach.message().contains(SchemaExpectation.LACKS_REQUIRED) && breach.expected() != null) {
            return List.of(pointer + "/" + JsonDocument.escape(breach.expected()));
        }
        if (breach.message().contains(MisspeltMembers.UNKNOWN) && breach.expected() != null) {
            return List.of(pointer, pointer.substring(0, pointer.lastIndexOf('/') + 1) + JsonDocument.escape(breach.expected()));
        }
        return pointer.isEmpty() ? List.of() : List.of(pointer);
    }

    /** Every number of {@code document} whose magnitude is above {@link #LARGEST}, as a breach at its place. */
    private static List<Breach> outOfRange(JsonDocument document, String schemaName) {
        List<Breach> breaches = new ArrayList<>();
        Deque<Map.Entry<String, JsonNode>> pending = new ArrayDeque<>();
        pending.push(Map.entry("", document.root()));
        while (!pending.isEmpty()) {
            Map.Entry<String, JsonNode> next = pending.pop();
            JsonNode node = next.getValue();
            if (node.isObject()) {
                node.properties().forEach(p -> pending.push(Map.entry(next.getKey() + "/" + JsonDocument.escape(p.getKey()),
                        p.getValue())));
            } else if (node.isArray()) {
                for (int i = 0; i < node.size(); i++) {
                    pending.push(Map.entry(next.getKey() + "/" + i, node.get(i)));
                }
            } else if (node.isNumber() && tooLarge(node)) {
                String at = next.getKey();
                breaches.add(Breach.error(RULE, (at.isEmpty() ? "document" : at) + ": " + abbreviate(node.toString())
                                + " is out of range: no field of " + schemaName + " means a number that large (schema "
                                + schemaName + ")")
                        .file(document.displayName()).at(document.locate(at)).pointer(at)
                        .expected("a number of at most " + Long.MAX_VALUE + " in magnitude").actual(abbreviate(node.toString()))
                        .hint("write the value the field means, e.g. a timeout in milliseconds or a number of days")
                        .build());
            }
        }
        breaches.sort(java.util.Comparator.comparing(Breach::jsonPointer));
        return breaches;
    }

    private static boolean tooLarge(JsonNode number) {
        if (number.isDouble() || number.isFloat()) {
            double value = number.doubleValue();
            return !Double.isFinite(value) || Math.abs(value) > Long.MAX_VALUE;
        }
        return number.decimalValue().abs().compareTo(LARGEST) > 0;
    }

    /** networknt's message, except for {@code format}, whose message is rephrased to name the format plainly. */
    private static String message(Error error) {
        if ("format".equals(error.getKeyword()) && error.getSchemaNode() != null && error.getSchemaNode().isString()) {
            String value = error.getInstanceNode() == null ? "the value" : error.getInstanceNode().toString();
            if (isVisibleText(error)) {
                return value + " holds no visible character (only white space or invisible characters)";
            }
            return value + " is not a valid " + error.getSchemaNode().asString();
        }
        return error.getMessage();
    }

    private static boolean isVisibleText(Error error) {
        return "format".equals(error.getKeyword()) && error.getSchemaNode() != null
                && VisibleTextFormat.NAME.equals(error.getSchemaNode().asString());
    }

    private static String pointerOf(Error error) {
        return error.getInstanceLocation() == null ? "" : error.getInstanceLocation().toString();
    }

    private static String describe(String pointer, String message) {
        String where = pointer.isEmpty() ? "document" : pointer;
        String text = message == null ? "does not match the schema" : message;
        return text.startsWith(pointer + ": ") || text.startsWith(where + ":") ? text : where + ": " + text;
    }

    private static String abbreviate(String value) {
        return value.length() <= 120 ? value : value.substring(0, 117) + "...";
    }
}
