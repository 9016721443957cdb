package io.github.cutoverguard.engine.pin;

import io.github.cutoverguard.engine.Rule;
import io.github.cutoverguard.engine.Breach;
import io.github.cutoverguard.engine.json.JsonDocument;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Raises {@link #RULE} for each manifest field (tag, SHA, contract versions) that differs from the
 * pin: the mirrored manifest must describe the pinned release.
 */
public final class ManifestAlignsWithPin {

    public static final Rule RULE = Rule.MANIFEST_ALIGNMENT;

    /** Manifest member → pin member, in report order. */
    private static final Map<String, String> PAIRS;

    static {
        Map<String, String> pairs = new LinkedHashMap<>();
        pairs.put(PinFields.RELEASE_TAG, PinFields.RELEASE_TAG);
        pairs.put(PinFields.COMMIT_SHA, PinFields.COMMIT_SHA);
        pairs.put(PinFields.SERVICE_CONTRACT, PinFields.SERVICE_CONTRACT);
        pairs.put(PinFields.API_CONTRACT, PinFields.API_CONTRACT);
        pairs.put(PinFields.MANIFEST_INTEGRATION_BASELINE, PinFields.INTEGRATION_BASELINE);
        PAIRS = java.util.Collections.unmodifiableMap(pairs);
    }

    private ManifestAlignsWithPin() {
    }

    public static List<Breach> check(JsonDocument pin, JsonDocument manifest) {
        List<Breach> breaches = new ArrayList<>();
        PAIRS.forEach((manifestField, pinField) -> {
            Optional<String> pinned = pin.text(pinField);
            Optional<String> mirrored = manifest.text(manifestField);
            if (pinned.isPresent() && mirrored.isPresent() && !pinned.get().equals(mirrored.get())) {
                String pointer = JsonDocument.pointerOf(manifestField);
                breaches.add(manifest.breachAt(RULE, pointer, manifestField + " is \"" + mirrored.get() + "\", "
                                + pin.displayName() + " pins " + pinField + " \"" + pinned.get() + "\"")
                        .expected(pinned.get()).actual(mirrored.get()).build());
            }
        });
        return breaches;
    }
}
