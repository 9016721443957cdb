package io.github.cutoverguard.engine.handoff;

import io.github.cutoverguard.engine.Breach;
import io.github.cutoverguard.engine.Check;
import io.github.cutoverguard.engine.Rule;
import io.github.cutoverguard.engine.SetComparison;
import io.github.cutoverguard.engine.json.JsonDocument;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Raises {@link #RULE} when the payload's error codes differ from the canonical manifest's {@code error_code_enum} under
 * the comparison the consumer configured ({@link ErrorCodeComparison}, set equality by default; missing and unexpected
 * codes are named), when the payload's {@code validation_mode} asks for a comparison the consumer did not allow, when a
 * code is listed more than once in either list (at the repetition), or when either list cannot be read.
 */
public final class HandoffErrorCodesMatchManifest implements Check<HandoffPayload> {

    public static final Rule RULE = Rule.ERROR_CODES;

    private final JsonDocument manifest;
    private final ErrorCodeComparison configured;

    public HandoffErrorCodesMatchManifest(JsonDocument manifest, ErrorCodeComparison configured) {
        this.manifest = manifest;
        this.configured = configured;
    }

    @Override
    public Set<Rule> rules() {
        return Set.of(RULE);
    }

    @Override
    public List<Breach> check(HandoffPayload payload) {
        List<Breach> breaches = new ArrayList<>();
        JsonDocument doc = payload.document();
        ErrorCodeComparison comparison = comparison(payload, configured, breaches);
        HandoffPayload.Field codes = payload.errorCodes();
        Optional<List<String>> promised = codes.value().filter(JsonNode::isArray).map(list -> codes(doc, codes.pointer(), list, breaches));
        if (promised.isEmpty()) {
            breaches.add(doc.breachAt(RULE, codes.pointer(), "the payload's error codes cannot be read: "
                            + codes.pointer().substring(codes.pointer().lastIndexOf('/') + 1) + " is "
                            + codes.value().map(JsonNode::toString).orElse("missing") + ", not a list of codes")
                    .expected("a list of the manifest's error codes").hint("regenerate the handoff from "
                            + manifest.displayName()).build());
        }
        JsonNode manifestCodes = manifest.root().get("error_code_enum");
        if (manifestCodes == null || !manifestCodes.isArray()) {
            breaches.add(manifest.breachAt(RULE, "/error_code_enum", "the payload's error codes cannot be compared: "
                            + manifest.displayName() + " has no error_code_enum list")
                    .hint("point producerManifestFile at the producer's contract manifest").build());
            return breaches;
        }
        if (promised.isEmpty()) {
            return breaches;
        }
        List<String> canonical = codes(manifest, "/error_code_enum", manifestCodes, breaches);
        SetComparison difference = SetComparison.of(canonical, promised.get());
        String expected = String.join(", ", canonical);
        String actual = String.join(", ", promised.get());
        if (comparison.missingIsBreach() && !difference.missing().isEmpty()) {
            breaches.add(doc.breachAt(RULE, codes.pointer(), "the payload lacks manifest error code(s) "
                            + String.join(", ", difference.missing()))
                    .expected(expected).actual(actual).hint(disagreement(doc)).build());
        }
        if (comparison.unexpectedIsBreach() && !difference.unexpected().isEmpty()) {
            breaches.add(doc.breachAt(RULE, codes.pointer(), "the payload holds error code(s) not in "
                            + manifest.displayName() + ": " + String.join(", ", difference.unexpected()))
                    .expected(expected).actual(actual).hint(disagreement(doc)).build());
        }
        return breaches;
    }

    /**
     * The handoff and the manifest mirror disagree: which one is wrong, this check cannot see (check-pin can: the mirror
     * against the pinned hash and the producer's copy), so the hint names both files and the fix of each.
     */
    private String disagreement(JsonDocument handoff) {
        String mirror = manifest.displayName();
        return handoff.displayName() + " and " + mirror + " disagree: if " + mirror + " was edited (check-pin's "
                + "MANIFEST-HASH fails), restore it from the pinned release (mvn cutover:repin) and keep the handoff; if "
                + mirror + " is the release's, regenerate the handoff from it";
    }

    /**
     * The comparison to apply: the payload's {@code validation_mode} when the consumer accepts it (a payload is held to
     * what it states), else the configured one, with a breach at the mode the consumer did not allow.
     */
    private static ErrorCodeComparison comparison(HandoffPayload payload, ErrorCodeComparison configured,
                                                  List<Breach> breaches) {
        Optional<HandoffPayload.Field> mode = payload.errorCodeValidationMode();
        if (mode.isEmpty() || mode.get().value().isEmpty()) {
            return configured;
        }
        HandoffPayload.Field field = mode.get();
        Optional<ErrorCodeComparison> stated = field.text().flatMap(ErrorCodeComparison::ofValidationMode);
        if (stated.isPresent() && configured.accepts(stated.get())) {
            return stated.get();
        }
        String accepted = configured == ErrorCodeComparison.EQUAL ? "only \"set_equality\""
                : "\"set_equality\" or \"" + configured.validationMode() + "\"";
        breaches.add(payload.document().breachAt(RULE, field.pointer(), "validation_mode is "
                        + field.value().get() + ", but the consumer compares error codes by <errorCodeComparison> "
                        + configured.id() + ", which accepts " + accepted)
                .expected(configured == ErrorCodeComparison.EQUAL ? "set_equality"
                        : "set_equality or " + configured.validationMode())
                .actual(field.value().get().toString())
                .hint("the consumer, not the payload, decides how codes are compared: list exactly the manifest's "
                        + "codes under set_equality, or have the consumer configure <errorCodeComparison>").build());
        return configured;
    }

    /** The codes of {@code list}, each once, with a breach at every repetition and at every entry that is no string. */
    private static List<String> codes(JsonDocument doc, String pointer, JsonNode list, List<Breach> breaches) {
        Map<String, Integer> first = new LinkedHashMap<>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode entry = list.get(i);
            if (!entry.isString()) {
                breaches.add(doc.breachAt(RULE, pointer + "/" + i, "the error code at index " + i + " is " + entry + ", not a string")
                        .actual(entry.toString()).hint("list each error code as a string").build());
                continue;
            }
            Integer earlier = first.putIfAbsent(entry.asString(), i);
            if (earlier != null) {
                breaches.add(doc.breachAt(RULE, pointer + "/" + i, "error code \"" + entry.asString()
                                + "\" is listed again (first at index " + earlier + ")")
                        .actual(entry.asString()).hint("list each error code once").build());
            }
        }
        return List.copyOf(first.keySet());
    }
}
