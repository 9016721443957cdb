package io.github.cutoverguard.engine.pin;

import io.github.cutoverguard.engine.Check;
import io.github.cutoverguard.engine.Rule;
import io.github.cutoverguard.engine.Breach;
import io.github.cutoverguard.engine.SetComparison;
import io.github.cutoverguard.engine.json.JsonDocument;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Raises {@link #RULE} when the manifest's {@code error_code_enum} repeats a code, or (when
 * expected codes are configured) lacks an expected code or holds an unexpected one.
 */
public final class ErrorCodesMatchExpected implements Check<JsonDocument> {

    public static final Rule RULE = Rule.ERROR_CODES;

    private final List<String> expectedCodes;

    /** @param expectedCodes the codes the consumer handles; empty to check duplicates only */
    public ErrorCodesMatchExpected(List<String> expectedCodes) {
        this.expectedCodes = List.copyOf(expectedCodes);
    }

    @Override
    public Set<Rule> rules() {
        return Set.of(RULE);
    }

    @Override
    public List<Breach> check(JsonDocument manifest) {
        JsonNode codes = manifest.root().get(PinFields.MANIFEST_ERROR_CODES);
        if (codes == null || !codes.isArray()) {
            return List.of();
        }
        String arrayPointer = JsonDocument.pointerOf(PinFields.MANIFEST_ERROR_CODES);
        List<Breach> breaches = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (int i = 0; i < codes.size(); i++) {
            String code = codes.get(i).asString();
            if (!seen.add(code)) {
                String pointer = arrayPointer + "/" + i;
                breaches.add(manifest.breachAt(RULE, pointer, PinFields.MANIFEST_ERROR_CODES + " lists \"" + code + "\" twice")
                        .actual(code).hint("list each error code once").build());
            }
        }
        if (expectedCodes.isEmpty()) {
            return breaches;
        }
        SetComparison comparison = SetComparison.of(expectedCodes, seen);
        String expected = String.join(", ", new LinkedHashSet<>(expectedCodes));
        if (!comparison.missing().isEmpty()) {
            breaches.add(manifest.breachAt(RULE, arrayPointer, PinFields.MANIFEST_ERROR_CODES + " lacks expected code(s) "
                            + String.join(", ", comparison.missing()))
                    .expected(expected).actual(String.join(", ", seen)).build());
        }
        if (!comparison.unexpected().isEmpty()) {
            breaches.add(manifest.breachAt(RULE, arrayPointer, PinFields.MANIFEST_ERROR_CODES + " holds unexpected code(s) "
                            + String.join(", ", comparison.unexpected()))
                    .expected(expected).actual(String.join(", ", seen)).build());
        }
        return breaches;
    }
}
