package io.github.cutoverguard.engine.alignment;

import io.github.cutoverguard.engine.Rule;
import io.github.cutoverguard.engine.Breach;
import io.github.cutoverguard.engine.SetComparison;
import io.github.cutoverguard.engine.json.JsonDocument;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Raises {@link #RULE} when the error codes the envelope allows (the {@code enum}/{@code const}
 * values of its {@code error.code} field, or of a top-level {@code code} field when it has no
 * {@code error.code}, following {@code $ref}s, {@code allOf}, {@code anyOf} and {@code oneOf}) are
 * not set-equal to the manifest's {@code error_code_enum}: each missing and each unexpected code is
 * named, and a repeated code is reported too.
 */
public final class EnvelopeCodesMatchManifest {

    public static final Rule RULE = Rule.ALIGN_ERROR_CODES;
    /** The envelope fields that carry the error code, in the order they are tried. */
    public static final List<String> CODE_FIELDS = List.of("error.code", "code");

    private EnvelopeCodesMatchManifest() {
    }

    public static List<Breach> check(EnvelopeSchema envelope, OpenApiDocument api, JsonDocument manifest) {
        List<Breach> breaches = new ArrayList<>();
        JsonDocument doc = api.document();
        JsonNode manifestCodes = manifest.root().get("error_code_enum");
        if (manifestCodes == null || !manifestCodes.isArray()) {
            breaches.add(manifest.breachAt(RULE, "/error_code_enum", manifest.displayName()
                    + " has no error_code_enum to compare the envelope's codes with").build());
            return breaches;
        }
        Set<RefProblem> problems = new LinkedHashSet<>();
        List<EnvelopeSchema.AllowedValue> values = null;
        String field = null;
        for (String candidate : CODE_FIELDS) {
            values = envelope.allowedValues(candidate, problems);
            if (values != null) {
                field = candidate;
                break;
            }
        }
        problems.forEach(p -> breaches.add(p.toBreach(RULE, doc, "the error-code check")));
        if (values == null || values.isEmpty()) {
            breaches.add(doc.breachAt(RULE, envelope.pointer(), "the error envelope " + envelope.name()
                            + (values == null ? " defines no error.code field" : " gives " + field + " no enum")
                            + ", so its error codes cannot be compared with " + manifest.displayName())
                    .expected(String.join(", ", strings(manifestCodes)))
                    .hint("declare the codes as an enum of the envelope's error.code").build());
            return breaches;
        }
        Set<String> seen = new HashSet<>();
        for (EnvelopeSchema.AllowedValue value : values) {
            if (!seen.add(value.value())) {
                breaches.add(doc.breachAt(RULE, value.pointer(), envelope.name() + " " + field + " lists \""
                        + value.value() + "\" more than once").actual(value.value())
                        .hint("list each error code once").build());
            }
        }
        List<String> canonical = strings(manifestCodes);
        List<String> declared = values.stream().map(EnvelopeSchema.AllowedValue::value).toList();
        SetComparison comparison = SetComparison.of(canonical, declared);
        String first = values.get(0).pointer();
        String enumPointer = first.endsWith("/const") ? first : first.substring(0, first.lastIndexOf('/'));
        if (!comparison.missing().isEmpty()) {
            breaches.add(doc.breachAt(RULE, enumPointer, envelope.name() + " " + field + " lacks manifest error code(s) "
                            + String.join(", ", comparison.missing()) + " of " + manifest.displayName())
                    .expected(String.join(", ", canonical)).actual(String.join(", ", declared))
                    .hint("add the missing codes to the enum, or remove them from the manifest's error_code_enum "
                            + "in the same change").build());
        }
        for (String unexpected : comparison.unexpected()) {
            String pointer = values.stream().filter(v -> v.value().equals(unexpected)).findFirst().orElseThrow().pointer();
            breaches.add(doc.breachAt(RULE, pointer, envelope.name() + " " + field + " allows \"" + unexpected
                            + "\", which " + manifest.displayName() + "'s error_code_enum does not list")
                    .expected(String.join(", ", canonical)).actual(unexpected)
                    .hint("remove the code from the enum, or add it to the manifest's error_code_enum (an additive "
                            + "code needs the notice the manifest's policy asks for)").build());
        }
        return breaches;
    }

    static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(n -> values.add(n.asString()));
        return values;
    }
}
