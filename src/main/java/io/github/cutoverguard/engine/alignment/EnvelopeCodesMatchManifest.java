package io.github.cutoverguard.engine.alignment;

import io.github.cutoverguard.engine.Breach;
import io.github.cutoverguard.engine.Check;
import io.github.cutoverguard.engine.Rule;
import io.github.cutoverguard.engine.SetComparison;
import io.github.cutoverguard.engine.json.JsonDocument;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Raises {@link #RULE} when the error codes the envelopes allow (the {@code enum}/{@code const}
 * values of each envelope's {@code error.code} field, or of a top-level {@code code} field when it has
 * no {@code error.code}, following {@code $ref}s, {@code allOf}, {@code anyOf} and {@code oneOf}),
 * taken together, are not set-equal to the manifest's {@code error_code_enum}: each missing and each
 * unexpected code is named, and a code an envelope repeats is reported too.
 *
 * <p>An API whose error codes are free strings says so in its manifest ({@value #NOT_ENUMERATED}:
 * {@code false}, with an empty {@code error_code_enum}); when no envelope enumerates a code either, the
 * comparison does not apply ({@link #notApplicable}) and the check is skipped, not passed. An envelope
 * that does enumerate codes under that declaration is a breach.
 */
public final class EnvelopeCodesMatchManifest implements Check<List<EnvelopeSchema>> {

    public static final Rule RULE = Rule.ALIGN_ERROR_CODES;
    /** The envelope fields that carry the error code, in the order they are tried. */
    public static final List<String> CODE_FIELDS = List.of("error.code", "code");
    /** The manifest member by which an API declares its error codes free strings. */
    public static final String NOT_ENUMERATED = "error_codes_enumerated";

    private final OpenApiDocument api;
    private final JsonDocument manifest;

    public EnvelopeCodesMatchManifest(OpenApiDocument api, JsonDocument manifest) {
        this.api = api;
        this.manifest = manifest;
    }

    @Override
    public Set<Rule> rules() {
        return Set.of(RULE);
    }

    /** The codes one envelope enumerates: the field holding them ({@code null} if none) and their values. */
    private record Codes(EnvelopeSchema envelope, String field, InstanceModel.Allowed allowed) {

        /** The values an instance may give the field, {@code null} when nothing constrains it. */
        List<InstanceModel.AllowedValue> values() {
            return allowed == null ? null : allowed.values();
        }

        boolean enumerated() {
            return values() != null;
        }
    }

    /**
     * Why the comparison does not apply, or {@code null} when it does: the manifest declares
     * {@code "error_codes_enumerated": false} and no envelope enumerates a code.
     */
    public static String notApplicable(List<EnvelopeSchema> envelopes, JsonDocument manifest) {
        if (!declaresNotEnumerated(manifest)) {
            return null;
        }
        Set<RefProblem> ignored = new LinkedHashSet<>(); // reported by the envelope check
        if (envelopes.stream().map(e -> codesOf(e, ignored)).anyMatch(Codes::enumerated)) {
            return null;
        }
        return "not applicable: " + manifest.displayName() + " declares \"" + NOT_ENUMERATED + "\": false and no error "
                + "envelope enumerates its code (" + String.join(", ", envelopes.stream().map(EnvelopeSchema::name).toList())
                + ")";
    }

    @Override
    public List<Breach> check(List<EnvelopeSchema> envelopes) {
        List<Breach> breaches = new ArrayList<>();
        JsonDocument doc = api.document();
        JsonNode manifestCodes = manifest.root().get("error_code_enum");
        if (manifestCodes == null || !manifestCodes.isArray()) {
            breaches.add(manifest.breachAt(RULE, "/error_code_enum", manifest.displayName()
                    + " has no error_code_enum to compare the envelope's codes with").build());
            return breaches;
        }
        Set<RefProblem> problems = new LinkedHashSet<>();
        List<Codes> all = envelopes.stream().map(e -> codesOf(e, problems)).toList();
        List<Codes> enumerating = all.stream().filter(Codes::enumerated).toList();
        problems.forEach(p -> breaches.add(p.toBreach(RULE, doc, "the error-code check")));
        for (Codes codes : all) {
            for (String construct : codes.allowed() == null ? List.<String>of() : codes.allowed().unmodelled()) {
                String keyword = construct.substring(construct.lastIndexOf('/') + 1);
                breaches.add(doc.breachAt(RULE, construct, codes.envelope().name() + " " + codes.field()
                                + " is constrained under " + (construct.contains("/dependentSchemas/") ? "dependentSchemas"
                                : keyword) + ", which the error-code check does not model, so its codes cannot be "
                                + "compared with " + manifest.displayName())
                        .hint("state the codes as one enum of " + codes.field() + " that holds for every error body")
                        .build());
            }
        }
        List<String> canonical = strings(manifestCodes);
        if (declaresNotEnumerated(manifest)) {
            for (Codes codes : enumerating) {
                breaches.add(doc.breachAt(RULE, enumPointer(codes), codes.envelope().name() + " " + codes.field()
                                + " enumerates " + String.join(", ", declared(codes, doc)) + ", but " + manifest.displayName()
                                + " declares \"" + NOT_ENUMERATED + "\": false")
                        .actual(String.join(", ", declared(codes, doc)))
                        .hint("list the codes in the manifest's error_code_enum and remove " + NOT_ENUMERATED
                                + ", or drop the enum if the codes are free strings").build());
            }
            return breaches;
        }
        if (enumerating.isEmpty()) {
            Codes first = all.get(0);
            String what = all.size() == 1
                    ? "the error envelope " + first.envelope().name() + (first.field() == null
                    ? " defines no error.code field" : " gives " + first.field() + " no enum")
                    : "none of the error envelopes " + String.join(", ", envelopes.stream().map(EnvelopeSchema::name).toList())
                    + " enumerates its error.code or code";
            breaches.add(doc.breachAt(RULE, first.envelope().pointer(), what + ", so its error codes cannot be compared with "
                            + manifest.displayName())
                    .expected(String.join(", ", canonical))
                    .hint("declare the codes as an enum of the envelope's error.code; if the API's codes are free "
                            + "strings, declare \"" + NOT_ENUMERATED + "\": false and an empty error_code_enum in the manifest")
                    .build());
            return breaches;
        }
        List<String> declared = new ArrayList<>();
        boolean noneValid = false;
        for (Codes codes : enumerating) {
            codes.allowed().lists().values().forEach(list -> {
                Set<String> seen = new HashSet<>();
                for (InstanceModel.AllowedValue value : list) {
                    JsonNode written = doc.root().at(value.pointer());
                    if (!written.isString()) {
                        // null, a number or a boolean: no code, and never the empty string it would read as
                        breaches.add(doc.breachAt(RULE, value.pointer(), codes.envelope().name() + " " + codes.field()
                                        + " allows " + written + ", which is not an error code: " + manifest.displayName()
                                        + "'s error_code_enum lists strings").actual(written.toString())
                                .hint("remove " + written + " from the enum (a missing code is written by leaving "
                                        + codes.field() + " out, if the envelope allows that)").build());
                    } else if (!seen.add(value.value())) {
                        breaches.add(doc.breachAt(RULE, value.pointer(), codes.envelope().name() + " " + codes.field()
                                + " lists \"" + value.value() + "\" more than once").actual(value.value())
                                .hint("list each error code once").build());
                    }
                }
            });
            if (codes.values().isEmpty()) {
                noneValid = true;
                breaches.add(noneValid(codes, doc, manifest, canonical));
            }
            declared.addAll(declared(codes, doc));
        }
        if (noneValid) {
            return breaches;
        }
        Codes first = enumerating.get(0);
        String owner = enumerating.size() == 1 ? first.envelope().name() + " " + first.field()
                : "the error envelopes " + String.join(", ", enumerating.stream().map(c -> c.envelope().name()).toList());
        SetComparison comparison = SetComparison.of(canonical, declared);
        if (!comparison.missing().isEmpty()) {
            breaches.add(doc.breachAt(RULE, enumPointer(first), owner + (enumerating.size() == 1 ? " lacks" : " lack")
                            + " manifest error code(s) " + String.join(", ", comparison.missing()) + " of " + manifest.displayName())
                    .expected(String.join(", ", canonical)).actual(String.join(", ", declared))
                    .hint("add the missing codes to the enum, or remove them from the manifest's error_code_enum "
                            + "in the same change").build());
        }
        for (String unexpected : comparison.unexpected()) {
            Codes in = enumerating.stream().filter(c -> declared(c, doc).contains(unexpected)).findFirst().orElseThrow();
            String pointer = in.values().stream().filter(v -> v.value().equals(unexpected)).findFirst().orElseThrow().pointer();
            breaches.add(doc.breachAt(RULE, pointer, in.envelope().name() + " " + in.field() + " allows \"" + unexpected
                            + "\", which " + manifest.displayName() + "'s error_code_enum does not list")
                    .expected(String.join(", ", canonical)).actual(unexpected)
                    .hint("remove the code from the enum, or add it to the manifest's error_code_enum (an additive "
                            + "code needs the notice the manifest's policy asks for)").build());
        }
        return breaches;
    }

    /** The breach for an envelope whose enums, which must all hold, have no code in common. */
    private static Breach noneValid(Codes codes, JsonDocument doc, JsonDocument manifest, List<String> canonical) {
        List<String> where = codes.allowed().lists().keySet().stream()
                .map(p -> doc.displayName() + ":" + doc.locate(p).line()).toList();
        String first = codes.allowed().lists().keySet().iterator().next();
        return doc.breachAt(RULE, first, codes.envelope().name() + " " + codes.field() + " allows no code at all: the "
                        + (where.size() == 1 ? "enum at " + where.get(0) + " is empty"
                        : "enums at " + String.join(" and ", where) + " must all hold and have no value in common")
                        + ", so no code is valid; " + manifest.displayName() + " lists " + canonical.size())
                .expected(String.join(", ", canonical))
                .hint("state the codes once, in one enum of " + codes.field() + ", or make every enum that applies "
                        + "list them all").build();
    }

    private static Codes codesOf(EnvelopeSchema envelope, Set<RefProblem> problems) {
        for (String candidate : CODE_FIELDS) {
            InstanceModel.Allowed allowed = envelope.allowedValues(candidate, problems);
            if (allowed.defined()) {
                return new Codes(envelope, candidate, allowed);
            }
        }
        return new Codes(envelope, null, null);
    }

    private static boolean declaresNotEnumerated(JsonDocument manifest) {
        JsonNode declared = manifest.root().get(NOT_ENUMERATED);
        return declared != null && declared.isBoolean() && !declared.booleanValue();
    }

    /** The codes an envelope's enum lists: its strings (a {@code null} or a number is reported as no code). */
    private static List<String> declared(Codes codes, JsonDocument doc) {
        return codes.values().stream().filter(v -> doc.root().at(v.pointer()).isString())
                .map(InstanceModel.AllowedValue::value).toList();
    }

    /** The pointer of the enum (or const) holding an envelope's first code. */
    private static String enumPointer(Codes codes) {
        if (codes.values().isEmpty()) {
            return codes.allowed().lists().keySet().iterator().next();
        }
        String first = codes.values().get(0).pointer();
        return first.endsWith("/const") ? first : first.substring(0, first.lastIndexOf('/'));
    }

    static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(n -> values.add(n.asString()));
        return values;
    }
}
