package io.github.cutoverguard.engine.schema;

import io.github.cutoverguard.engine.Rule;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import io.github.cutoverguard.engine.Breach;
import io.github.cutoverguard.engine.json.JsonDocument;

import java.util.ArrayList;
import java.util.List;

/** Raises {@link #RULE} for every place a JSON input does not match its JSON Schema. */
public final class MatchesSchema {

    public static final Rule RULE = Rule.JSON_SCHEMA;

    private MatchesSchema() {
    }

    /** Validates {@code document} against {@code schema} ({@code schemaName} names it in messages). */
    public static List<Breach> check(JsonDocument document, Schema schema, String schemaName) {
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
        for (Error error : errors) {
            String pointer = pointerOf(error);
            SchemaExpectation expectation = "format".equals(error.getKeyword())
                    ? new SchemaExpectation(describe(pointer, message(error)), error.getKeyword(), null)
                    : SchemaExpectation.of(error, pointer);
            // a property the schema does not define is shown where it is written, not at its object
            String at = error.getProperty() != null && error.getKeyword() != null
                    && error.getKeyword().endsWith("Properties") ? pointer + "/" + JsonDocument.escape(error.getProperty())
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

    /** networknt's message, except for {@code format}, whose message is rephrased to name the format plainly. */
    private static String message(Error error) {
        if ("format".equals(error.getKeyword()) && error.getSchemaNode() != null && error.getSchemaNode().isString()) {
            String value = error.getInstanceNode() == null ? "the value" : error.getInstanceNode().toString();
            return value + " is not a valid " + error.getSchemaNode().asString();
        }
        return error.getMessage();
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
