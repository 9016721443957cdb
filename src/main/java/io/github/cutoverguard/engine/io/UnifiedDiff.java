package io.github.cutoverguard.engine.io;

import org.eclipse.jgit.diff.DiffAlgorithm;
import org.eclipse.jgit.diff.DiffFormatter;
import org.eclipse.jgit.diff.EditList;
import org.eclipse.jgit.diff.RawText;
import org.eclipse.jgit.diff.RawTextComparator;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A short unified diff (3 lines of context, JGit's histogram diff) for a breach's details, cut
 * after {@value #MAX_LINES} lines.
 *
 * @param text      the diff, with {@code ---}/{@code +++} headers
 * @param firstLine the first changed line in the new text (1-based), or 0 without changes
 */
public record UnifiedDiff(String text, int firstLine) {

    /** Longest diff shown, in lines; the rest is summarised. */
    public static final int MAX_LINES = 60;

    /** The diff of {@code from} (labelled {@code fromLabel}) against {@code to}. */
    public static UnifiedDiff of(String fromLabel, byte[] from, String toLabel, byte[] to) {
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
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        String body = String.join("\n", lines.subList(0, Math.min(lines.size(), MAX_LINES)))
                + (lines.size() > MAX_LINES ? "\n… (" + (lines.size() - MAX_LINES) + " more diff lines)" : "");
        int first = edits.isEmpty() ? 0 : Math.min(edits.get(0).getBeginB() + 1, Math.max(1, b.size()));
        return new UnifiedDiff("--- " + fromLabel + "\n+++ " + toLabel + "\n" + body + "\n", first);
    }
}
