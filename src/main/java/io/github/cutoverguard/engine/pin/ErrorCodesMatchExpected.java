package io.github.cutoverguard.engine.pin;

import io.github.cutoverguard.engine.Breach;
import io.github.cutoverguard.engine.json.JsonDocument;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Raises {@value #RULE} when the manifest's {@code error_code_enum} repeats a code, or (when
 * expected codes are configured) lacks an expected code or holds an unexpected one.
 */
public final class ErrorCodesMatchExpected {

    public static final String RULE = "ERROR-CODES";

    private final List<String> expectedCodes;

    /** @param expectedCodes the codes the consumer handles; empty to check duplicates only */
    public ErrorCodesMatchExpected(List<String> expectedCodes) {
        this.expectedCodes = List.copyOf(expectedCodes);
    }

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
                breaches.add(Breach.error(RULE, PinFields.MANIFEST_ERROR_CODES + " lists \"" + code + "\" twice")
                        .file(manifest.displayName()).at(manifest.locate(pointer)).pointer(pointer)
                        .actual(code).hint("list each error code once").build());
            }
        }
        if (expectedCodes.isEmpty()) {
            return breaches;
        }
        Set<String> expected = new LinkedHashSet<>(expectedCodes);
        Set<String> missing = new LinkedHashSet<>(expected);
        missing.removeAll(seen);
        Set<String> unexpected = new LinkedHashSet<>(seen);
        unexpected.removeAll(new HashSet<>(expected));
        if (!missing.isEmpty()) {
            breaches.add(Breach.error(RULE, PinFields.MANIFEST_ERROR_CODES + " lacks expected code(s) "
                            + String.join(", ", missing))
                    .file(manifest.displayName()).at(manifest.locate(arrayPointer)).pointer(arrayPointer)
                    .expected(String.join(", ", expected)).actual(String.join(", ", seen)).build());
        }
        if (!unexpected.isEmpty()) {
            breaches.add(Breach.error(RULE, PinFields.MANIFEST_ERROR_CODES + " holds unexpected code(s) "
                            + String.join(", ", unexpected))
                    .file(manifest.displayName()).at(manifest.locate(arrayPointer)).pointer(arrayPointer)
                    .expected(String.join(", ", expected)).actual(String.join(", ", seen)).build());
        }
        return breaches;
    }
}
