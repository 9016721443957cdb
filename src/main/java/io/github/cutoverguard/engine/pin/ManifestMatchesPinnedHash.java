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
    private final ProducerCopy release;

    /** @param pin the pin whose expected_producer_manifest_sha256 the manifest must have */
    public ManifestMatchesPinnedHash(JsonDocument pin) {
        this(pin, null);
    }

    /**
     * @param pin     the pin whose expected_producer_manifest_sha256 the manifest must have
     * @param release the producer's manifest at the pinned tag, or {@code null} when no producerRepository tells it:
     *                with it the breach says whether the mirror or the pinned hash is what changed
     */
    public ManifestMatchesPinnedHash(JsonDocument pin, ProducerCopy release) {
        this.pin = pin;
        this.release = release;
    }

    /**
     * The producer's manifest at the pinned tag.
     *
     * @param source where it was read, e.g. {@code ../inventory:api/producer-contract-manifest.json at v6.0.0}
     * @param sha256 its SHA-256, lowercase hex
     */
    public record ProducerCopy(String source, String sha256) {
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
                    return breach.hint(lineEndings ? LineEndings.fix(manifest.displayName())
                            : hint(manifest, expected)).build();
                })
                .stream().toList();
    }

    /**
     * What to fix: the producer's copy tells whether the mirror or the pinned hash is wrong; without it, both
     * situations and the fix of each.
     */
    private String hint(RawInput manifest, String expected) {
        String mirror = manifest.displayName();
        String hash = pin.displayName() + "'s " + PinFields.MANIFEST_SHA256;
        if (release == null) {
            return "if " + mirror + " was edited, restore it byte-for-byte from the pinned release's manifest (mvn "
                    + "cutover:repin with <producerRepository> rewrites it); if it is the release's, " + hash + " is wrong: "
                    + "mvn cutover:repin records the release's hash (with <producerRepository> check-pin tells which)";
        }
        if (release.sha256().equalsIgnoreCase(manifest.sha256())) {
            return mirror + " is " + release.source() + ", so " + hash + " is what is wrong: mvn cutover:repin records "
                    + "the release's hash " + release.sha256();
        }
        return mirror + " was changed: it is not " + release.source() + " (MANIFEST-SOURCE shows the diff); restore it "
                + "from there (mvn cutover:repin rewrites it)" + (release.sha256().equalsIgnoreCase(expected)
                ? "; the pinned hash is the release's" : " and records the release's hash");
    }
}
