package io.github.cutoverguard.engine.handoff;

import io.github.cutoverguard.engine.Rule;
import io.github.cutoverguard.engine.Breach;
import io.github.cutoverguard.engine.SetComparison;
import io.github.cutoverguard.engine.json.JsonDocument;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

/**
 * Raises {@link #RULE} when, under {@code set_equality}, the payload's error codes are not
 * set-equal to the canonical manifest's {@code error_code_enum}; missing and unexpected codes are
 * named.
 */
public final class HandoffErrorCodesMatchManifest {

    public static final Rule RULE = Rule.ERROR_CODES;

    private HandoffErrorCodesMatchManifest() {
    }

    public static List<Breach> check(HandoffPayload payload, JsonDocument manifest) {
        List<Breach> breaches = new ArrayList<>();
        HandoffPayload.Field codes = payload.errorCodes();
        JsonNode manifestCodes = manifest.root().get("error_code_enum");
        if (codes.value().isEmpty() || manifestCodes == null || !manifestCodes.isArray()
                || !"set_equality".equals(payload.errorCodeValidationMode())) {
            return breaches;
        }
        List<String> promised = strings(codes.value().get());
        List<String> canonical = strings(manifestCodes);
        SetComparison comparison = SetComparison.of(canonical, promised);
        JsonDocument doc = payload.document();
        if (!comparison.missing().isEmpty()) {
            breaches.add(doc.breachAt(RULE, codes.pointer(), "the payload lacks manifest error code(s) "
                            + String.join(", ", comparison.missing()))
                    .expected(String.join(", ", canonical)).actual(String.join(", ", promised))
                    .hint("regenerate the handoff from " + manifest.displayName()).build());
        }
        if (!comparison.unexpected().isEmpty()) {
            breaches.add(doc.breachAt(RULE, codes.pointer(), "the payload holds error code(s) not in "
                            + manifest.displayName() + ": " + String.join(", ", comparison.unexpected()))
                    .expected(String.join(", ", canonical)).actual(String.join(", ", promised))
                    .hint("regenerate the handoff from " + manifest.displayName()).build());
        }
        return breaches;
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(n -> values.add(n.asString()));
        return values;
    }
}
