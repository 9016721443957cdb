package io.github.cutoverguard.engine.handoff;

import io.github.cutoverguard.engine.Rule;
import io.github.cutoverguard.engine.Breach;
import io.github.cutoverguard.engine.json.JsonDocument;
import io.github.cutoverguard.engine.io.UnifiedDiff;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Raises {@link #RULE} when the committed rehearsal handoff differs from what
 * {@link HandoffGenerator} makes of the canonical manifest today (ignoring {@code generated_at_utc}),
 * with a unified diff of the committed file against the regenerated one.
 */
public final class HandoffIsFresh {

    public static final Rule RULE = Rule.HANDOFF_STALE;

    private HandoffIsFresh() {
    }

    /**
     * @param committed the committed payload
     * @param manifest  the canonical manifest it must be generated from
     * @param settings  the generator settings configured in the POM
     */
    public static List<Breach> check(JsonDocument committed, JsonDocument manifest, HandoffSettings settings) {
        byte[] expected = regenerate(committed, manifest, settings);
        byte[] actual = committed.source().bytes();
        if (Arrays.equals(expected, actual)) {
            return List.of();
        }
        String diff = UnifiedDiff.of(committed.displayName() + " (committed)", actual,
                committed.displayName() + " (regenerated)", expected).text();
        return List.of(Breach.error(RULE, committed.displayName() + " drifted from " + manifest.displayName()
                        + " (diff below: - committed, + regenerated)")
                .file(committed.displayName())
                .hint("run mvn cutover:generate-handoff and commit the result")
                .details(diff)
                .build());
    }

    /** The bytes the generator makes, stamped with the committed payload's own timestamp. */
    static byte[] regenerate(JsonDocument committed, JsonDocument manifest, HandoffSettings settings) {
        Instant stamp = committed.text("generated_at_utc").flatMap(HandoffIsFresh::instant).orElse(Instant.EPOCH);
        return HandoffGenerator.render(HandoffGenerator.generate(manifest, settings, stamp));
    }

    private static Optional<Instant> instant(String value) {
        try {
            return Optional.of(Instant.parse(value));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
