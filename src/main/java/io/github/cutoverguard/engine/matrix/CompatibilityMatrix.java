package io.github.cutoverguard.engine.matrix;

import io.github.cutoverguard.engine.input.RawInput;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A consumer's Markdown compatibility matrix, split into lines (LF, CRLF or CR) with the baseline
 * bullet lines and table rows it holds.
 */
public final class CompatibilityMatrix {

    /** A bullet line such as {@code - Billing release tag: `v7.4.0`}. */
    public record BaselineLine(int line, String product, String kind, String value) {
    }

    /** A Markdown table row, its cells trimmed and stripped of backticks. */
    public record TableRow(int line, List<String> cells) {
    }

    private static final Pattern BASELINE_LINE = Pattern.compile(
            "^\\s*[-*+]\\s+(.+?)\\s+(release tag|commit sha):\\s*`([^`]*)`\\s*$", Pattern.CASE_INSENSITIVE);

    private final String displayName;
    private final String text;
    private final List<BaselineLine> baselineLines = new ArrayList<>();
    private final List<TableRow> rows = new ArrayList<>();

    private CompatibilityMatrix(String displayName, String text) {
        this.displayName = displayName;
        this.text = text;
        List<String> lines = RawInput.lines(text);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            Matcher m = BASELINE_LINE.matcher(line);
            if (m.matches()) {
                baselineLines.add(new BaselineLine(i + 1, m.group(1), m.group(2).toLowerCase(Locale.ROOT), m.group(3).trim()));
            } else if (line.trim().startsWith("|")) {
                rows.add(new TableRow(i + 1, cells(line.trim())));
            }
        }
    }

    /** Reads a matrix from its bytes (UTF-8). */
    public static CompatibilityMatrix of(RawInput input) {
        return new CompatibilityMatrix(input.displayName(), input.text());
    }

    public String displayName() {
        return displayName;
    }

    /** Bullet lines of one kind: {@code release tag} or {@code commit sha}. */
    public List<BaselineLine> baselineLines(String kind) {
        return baselineLines.stream().filter(l -> l.kind().equals(kind)).toList();
    }

    public List<TableRow> rows() {
        return List.copyOf(rows);
    }

    /** Whether the text names {@code token} as a whole word (so {@code billing.v7} is not found in {@code billing.v71}). */
    public boolean mentions(String token) {
        return Pattern.compile("(?<![A-Za-z0-9_])" + Pattern.quote(token) + "(?![A-Za-z0-9_])").matcher(text).find();
    }

    /** The cells of a table row ({@code | a | b |}), trimmed and stripped of backticks. */
    static List<String> cells(String row) {
        String body = row.substring(1);
        if (body.endsWith("|")) {
            body = body.substring(0, body.length() - 1);
        }
        List<String> cells = new ArrayList<>();
        for (String cell : body.split("\\|", -1)) {
            cells.add(cell.trim().replace("`", "").trim());
        }
        return cells;
    }
}
