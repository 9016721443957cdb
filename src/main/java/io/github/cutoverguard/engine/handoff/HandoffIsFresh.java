package io.github.cutoverguard.engine.handoff;

import io.github.cutoverguard.engine.Breach;
import io.github.cutoverguard.engine.json.JsonDocument;
import org.eclipse.jgit.diff.DiffAlgorithm;
import org.eclipse.jgit.diff.DiffFormatter;
import org.eclipse.jgit.diff.EditList;
import org.eclipse.jgit.diff.RawText;
import org.eclipse.jgit.diff.RawTextComparator;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Raises {@value #RULE} when the committed rehearsal handoff differs from what
 * {@link HandoffGenerator} makes of the canonical manifest today (ignoring {@code generated_at_utc}),
 * with a unified diff of the committed file against the regenerated one.
 */
public final class HandoffIsFresh {

    public static final String RULE = "HANDOFF-STALE";

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
        String diff = unifiedDiff(committed.displayName(), actual, expected);
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

    /** A unified diff (3 lines of context) of {@code from} against {@code to}, via JGit's histogram diff. */
    static String unifiedDiff(String name, byte[] from, byte[] to) {
        RawText a = new RawText(from);
        RawText b = new RawText(to);
        EditList edits = DiffAlgorithm.getAlgorithm(DiffAlgorithm.SupportedAlgorithm.HISTOGRAM)
                .diff(RawTextComparator.DEFAULT, a, b);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DiffFormatter formatter = new DiffFormatter(out)) {
            formatter.setContext(3);
            formatter.format(edits, a, b);
            formatter.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "--- " + name + " (committed)\n+++ " + name + " (regenerated)\n" + out.toString(StandardCharsets.UTF_8);
    }

    private static Optional<Instant> instant(String value) {
        try {
            return Optional.of(Instant.parse(value));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
