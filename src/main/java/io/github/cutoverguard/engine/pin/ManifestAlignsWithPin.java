package io.github.cutoverguard.engine.pin;

import io.github.cutoverguard.engine.Rule;
import io.github.cutoverguard.engine.Breach;
import io.github.cutoverguard.engine.Check;
import io.github.cutoverguard.engine.json.JsonDocument;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.Optional;

/**
 * Raises {@link #RULE} for each manifest field (tag, SHA, contract versions) that differs from the
 * pin: the mirrored manifest must describe the pinned release.
 */
public final class ManifestAlignsWithPin implements Check<JsonDocument> {

    public static final Rule RULE = Rule.MANIFEST_ALIGNMENT;

    private final JsonDocument pin;

    /** @param pin the pin whose release the manifest must describe */
    public ManifestAlignsWithPin(JsonDocument pin) {
        this.pin = pin;
    }

    @Override
    public Set<Rule> rules() {
        return Set.of(RULE);
    }

    @Override
    public List<Breach> check(JsonDocument manifest) {
        List<Breach> breaches = new ArrayList<>();
        PinFields.MANIFEST_TO_PIN.forEach((manifestField, pinField) -> {
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
