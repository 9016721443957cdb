package io.github.cutoverguard.engine.pin;

import io.github.cutoverguard.engine.Rule;
import io.github.cutoverguard.engine.Breach;
import io.github.cutoverguard.engine.Check;
import io.github.cutoverguard.engine.input.InputReader;
import io.github.cutoverguard.engine.io.LineEndings;
import io.github.cutoverguard.engine.input.RawInput;
import io.github.cutoverguard.engine.json.JsonDocument;

import java.util.List;
import java.util.Set;

/**
 * Raises {@link #RULE} when the SHA-256 of the mirrored producer manifest differs from the pin's
 * {@code expected_producer_manifest_sha256}.
 */
public final class ManifestMatchesPinnedHash implements Check<RawInput> {

    public static final Rule RULE = Rule.MANIFEST_HASH;

    private final JsonDocument pin;

    /** @param pin the pin whose expected_producer_manifest_sha256 the manifest must have */
    public ManifestMatchesPinnedHash(JsonDocument pin) {
        this.pin = pin;
    }

    @Override
    public Set<Rule> rules() {
        return Set.of(RULE);
    }

    @Override
    public List<Breach> check(RawInput manifest) {
        return pin.text(PinFields.MANIFEST_SHA256)
                .filter(expected -> !expected.equalsIgnoreCase(manifest.sha256()))
                .map(expected -> {
                    String pointer = JsonDocument.pointerOf(PinFields.MANIFEST_SHA256);
                    boolean lineEndings = LineEndings.hasCr(manifest.bytes())
                            && InputReader.sha256Hex(LineEndings.toLf(manifest.bytes())).equalsIgnoreCase(expected);
                    Breach.Builder breach = pin.breachAt(RULE, pointer, "sha256 of " + manifest.displayName() + " is "
                                    + manifest.sha256() + ", " + pin.displayName() + " expects " + expected
                                    + (lineEndings ? ": the manifest has CRLF line endings, with LF it has the pinned hash" : ""))
                            .expected(expected).actual(manifest.sha256());
                    if (lineEndings) {
                        breach.hint(LineEndings.fix(manifest.displayName()));
                    }
                    return breach.build();
                })
                .stream().toList();
    }
}
