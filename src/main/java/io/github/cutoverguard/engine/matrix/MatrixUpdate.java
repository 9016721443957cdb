package io.github.cutoverguard.engine.matrix;

import io.github.cutoverguard.engine.Baseline;
import io.github.cutoverguard.engine.docs.DocumentHasUpdatedMarker;
import io.github.cutoverguard.engine.markdown.MarkdownDocument;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The compatibility matrix as {@code repin} writes it for a new baseline: the {@code Updated:} line gets today (only
 * when something else changes: a matrix that already carries the baseline stays as it is), the
 * baseline lines ({@code - <Name> release tag: `TAG`}, {@code - <Name> commit SHA: `SHA`}, and the contract lines
 * {@code - Service contract: `…`}, {@code - API contract: `…`}, {@code - Integration baseline: `…`}) the new values,
 * and the approved-pairs table (the table whose header names {@code Release tag} and {@code Commit SHA}) a new
 * {@code Approved} row, the previous release's {@code Approved} row becoming {@code Superseded}; earlier rows stay.
 * Those parts are found as {@code check-pin} and {@code check-docs} read them (CommonMark: nothing inside a comment, a
 * fence, indented code or a block quote is touched). Every other line, and the line endings, are kept. A matrix
 * without those parts gets them.
 */
public final class MatrixUpdate {

    private static final Pattern CONTRACT_LABEL = Pattern.compile(
            "^\\s*(service contract|api contract|integration baseline):\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern APPROVED = Pattern.compile("(?i)\\bapproved\\b");
    private static final Pattern SUPERSEDED = Pattern.compile("(?i)\\bsuperseded\\b");
    /** The status {@code repin} gives the replaced release's row. */
    private static final String SUPERSEDED_STATUS = "Superseded";
    /** The status {@code rollback} gives the rolled-back release's row. */
    public static final String ROLLED_BACK_STATUS = "Rolled back";
    private static final List<String> TABLE_COLUMNS = List.of("Approved on", "Release tag", "Commit SHA",
            "Service contract", "API contract", "Integration baseline", "Status");
    private static final String BOM = "\uFEFF";

    private MatrixUpdate() {
    }

    /**
     * The matrix {@code current} updated to {@code baseline}.
     *
     * @param previous the release being replaced (its row becomes {@code Superseded}), or {@code null} for a first pin
     * @param product  how the baseline lines name the producer when the matrix has none (e.g. {@code Billing})
     */
    public static byte[] update(byte[] current, Baseline baseline, Baseline previous, LocalDate today, String product) {
        return update(current, new Move(baseline, previous, SUPERSEDED_STATUS, false), today, product);
    }

    /**
     * The matrix {@code current} rolled back to {@code returnTo}: its baseline lines name it again, its
     * {@code Superseded} row is {@code Approved} again (a row is added when it has none), and the {@code Approved} row of
     * {@code rolledBack} becomes {@value #ROLLED_BACK_STATUS}.
     */
    public static byte[] rollback(byte[] current, Baseline returnTo, Baseline rolledBack, LocalDate today, String product) {
        return update(current, new Move(returnTo, rolledBack, ROLLED_BACK_STATUS, true), today, product);
    }

    /**
     * A move of the matrix's baseline.
     *
     * @param baseline the release the matrix names afterwards
     * @param previous the release it named (its {@code Approved} row gets {@code status}), or {@code null}
     * @param status   the status the previous release's row gets
     * @param revive   whether a {@code Superseded} row of {@code baseline} becomes {@code Approved} again
     */
    private record Move(Baseline baseline, Baseline previous, String status, boolean revive) {
    }

    private static byte[] update(byte[] current, Move move, LocalDate today, String product) {
        String text = new String(current, StandardCharsets.UTF_8);
        // the Updated: day changes only with something else: repin of the same release (adding the pin's record of the
        // tag's commit) leaves the matrix as it is
        if (edited(text, move, today, product, false).equals(text)) {
            return current;
        }
        return edited(text, move, today, product, true).getBytes(StandardCharsets.UTF_8);
    }

    /** The matrix text edited to the move, with its {@code Updated:} day set to {@code today} when {@code stamp}. */
    private static String edited(String text, Move move, LocalDate today, String product, boolean stamp) {
        Baseline baseline = move.baseline();
        String bom = text.startsWith(BOM) ? BOM : "";
        MarkdownDocument document = MarkdownDocument.parse(text);
        String eol = text.contains("\r\n") ? "\r\n" : "\n";
        List<String> lines = new ArrayList<>(document.sourceLines());
        boolean finalNewline = !lines.isEmpty() && lines.get(lines.size() - 1).isEmpty();
        if (finalNewline) {
            lines.remove(lines.size() - 1);
        }
        if (stamp) {
            for (DocumentHasUpdatedMarker.Marker marker : DocumentHasUpdatedMarker.markers(document)) {
                replace(lines, marker.line(), marker.column() - 1, marker.value(), today.toString());
            }
        }
        boolean releaseLines = valueLines(lines, document, baseline);
        int heading = firstHeading(lines, document);
        // insertions last (the parsed line numbers hold until then): the table's new row, then the baseline lines
        int row = approvedPairs(lines, document, move, today);
        if (!releaseLines) {
            lines.addAll(row <= heading ? heading + 2 : heading + 1, List.of("", "## Active runtime baseline", "",
                    "- " + product + " release tag: `" + baseline.releaseTag() + "`",
                    "- " + product + " commit SHA: `" + baseline.commitSha() + "`"));
        }
        return bom + String.join(eol, lines) + (finalNewline ? eol : "");
    }

    /** A new matrix for a first pin. */
    public static byte[] create(Baseline baseline, LocalDate today, String product) {
        String text = "# " + product + " compatibility matrix\n\nUpdated: " + today + "\n\n## Active runtime baseline\n\n"
                + "- " + product + " release tag: `" + baseline.releaseTag() + "`\n"
                + "- " + product + " commit SHA: `" + baseline.commitSha() + "`\n"
                + "- Service contract: `" + baseline.serviceContract() + "`\n"
                + "- API contract: `" + baseline.apiContract() + "`\n"
                + "- Integration baseline: `" + baseline.integrationBaseline() + "`\n";
        return update(text.getBytes(StandardCharsets.UTF_8), baseline, null, today, product);
    }

    /** Gives the baseline and contract lines the new values; whether the matrix has baseline lines. */
    private static boolean valueLines(List<String> lines, MarkdownDocument document, Baseline baseline) {
        boolean releaseLines = false;
        for (MarkdownDocument.ContentLine line : document.lines()) {
            Optional<CompatibilityMatrix.BaselineLine> release = CompatibilityMatrix.baselineLine(line);
            Optional<CompatibilityMatrix.Labelled> contract = CompatibilityMatrix.labelled(line, CONTRACT_LABEL);
            if (release.isPresent()) {
                codeSpan(lines, line, release.get().kind().equals("release tag") ? baseline.releaseTag()
                        : baseline.commitSha());
                releaseLines = true;
            } else if (contract.isPresent()) {
                String kind = contract.get().label().group(1).toLowerCase(Locale.ROOT);
                codeSpan(lines, line, kind.equals("service contract") ? baseline.serviceContract()
                        : kind.equals("api contract") ? baseline.apiContract() : baseline.integrationBaseline());
            }
        }
        return releaseLines;
    }

    /** The 0-based index of the document's first {@code # } heading, or {@code -1}. */
    private static int firstHeading(List<String> lines, MarkdownDocument document) {
        return document.lines().stream()
                .filter(l -> l.kind() == MarkdownDocument.Kind.HEADING && !l.quoted() && lines.get(l.line() - 1).startsWith("# "))
                .mapToInt(l -> l.line() - 1).findFirst().orElse(-1);
    }

    /** Replaces the text of the first code span of a baseline or contract line with {@code value}. */
    private static void codeSpan(List<String> lines, MarkdownDocument.ContentLine line, String value) {
        MarkdownDocument.Inline code = line.inlines().stream().filter(MarkdownDocument.Inline::code).findFirst()
                .orElseThrow();
        if (code.line() <= 0) {
            return;
        }
        String source = lines.get(code.line() - 1);
        int ticks = 0;
        while (code.column() + ticks < source.length() && source.charAt(code.column() + ticks) == '`') {
            ticks++;
        }
        replace(lines, code.line(), code.column() + ticks, code.text().trim(), value);
    }

    /**
     * Replaces {@code old} at or after 0-based {@code column} of 1-based {@code line} with {@code value}; nothing when
     * the source does not hold it there (an escape or entity rendered differently).
     */
    private static void replace(List<String> lines, int line, int column, String old, String value) {
        String source = lines.get(line - 1);
        int at = old.isEmpty() ? -1 : source.indexOf(old, Math.max(column, 0));
        if (at >= 0) {
            lines.set(line - 1, source.substring(0, at) + value + source.substring(at + old.length()));
        }
    }

    /**
     * Supersedes the previous release's Approved row and adds the new one (unless it is there already).
     *
     * @return the 0-based index of the line inserted into the document's table, {@link Integer#MAX_VALUE} when none
     */
    private static int approvedPairs(List<String> lines, MarkdownDocument document, Move move, LocalDate today) {
        Baseline baseline = move.baseline();
        Baseline previous = move.previous();
        MarkdownDocument.Table table = document.tables().stream().filter(t -> !t.quoted() && t.header() != null)
                .filter(t -> lower(t.header().texts()).containsAll(List.of("release tag", "commit sha")))
                .findFirst().orElse(null);
        if (table == null) {
            if (!lines.isEmpty() && !lines.get(lines.size() - 1).isBlank()) {
                lines.add("");
            }
            lines.addAll(List.of("## Approved Version Pairs", "", "| " + String.join(" | ", TABLE_COLUMNS) + " |",
                    "|---|---|---|---|---|---|---|", newRow(lower(TABLE_COLUMNS), baseline, today)));
            return Integer.MAX_VALUE;
        }
        List<String> columns = lower(table.header().texts());
        int tag = columns.indexOf("release tag");
        int sha = columns.indexOf("commit sha");
        int status = columns.indexOf("status");
        boolean present = false;
        for (MarkdownDocument.Row row : table.rows()) {
            List<String> cells = row.texts();
            String rowTag = cell(cells, tag);
            String rowSha = cell(cells, sha);
            boolean approved = status < 0 || APPROVED.matcher(cell(cells, status)).find();
            boolean current = rowTag.equals(baseline.releaseTag()) && rowSha.equals(baseline.commitSha());
            boolean editable = status >= 0 && row.cells().get(status).column() >= 0;
            if (current && approved) {
                present = true;
            } else if (current && move.revive() && !present && editable
                    && SUPERSEDED.matcher(cell(cells, status)).find()) {
                setStatus(lines, row, status, SUPERSEDED, "Approved");
                present = true;
            } else if (previous != null && editable && approved && rowTag.equals(previous.releaseTag())
                    && rowSha.equals(previous.commitSha())) {
                setStatus(lines, row, status, APPROVED, move.status());
            }
        }
        if (present) {
            return Integer.MAX_VALUE;
        }
        int after = table.rows().isEmpty() ? table.header().line() + 1 : table.rows().get(table.rows().size() - 1).line();
        String last = lines.get(after - 1);
        // a table inside a list item keeps its indentation
        lines.add(after, last.substring(0, last.length() - last.stripLeading().length()) + newRow(columns, baseline, today));
        return after;
    }

    /** Replaces the first match of {@code was} in the row's status cell with {@code status}. */
    private static void setStatus(List<String> lines, MarkdownDocument.Row row, int column, Pattern was, String status) {
        MarkdownDocument.Cell cell = row.cells().get(column);
        String source = lines.get(row.line() - 1);
        String replaced = was.matcher(source.substring(cell.column(), cell.column() + cell.length()))
                .replaceFirst(status);
        lines.set(row.line() - 1, source.substring(0, cell.column()) + replaced
                + source.substring(cell.column() + cell.length()));
    }

    private static String newRow(List<String> columns, Baseline baseline, LocalDate today) {
        List<String> row = new ArrayList<>();
        for (String column : columns) {
            row.add(value(column, baseline, today));
        }
        return "| " + String.join(" | ", row) + " |";
    }

    private static List<String> lower(List<String> cells) {
        return cells.stream().map(c -> c.toLowerCase(Locale.ROOT)).toList();
    }

    private static String value(String column, Baseline baseline, LocalDate today) {
        return switch (column) {
            case "release tag" -> baseline.releaseTag();
            case "commit sha" -> baseline.commitSha();
            case "service contract" -> baseline.serviceContract();
            case "api contract" -> baseline.apiContract();
            case "integration baseline" -> baseline.integrationBaseline();
            case "status" -> "Approved";
            default -> column.contains("date") || column.contains("approved") ? today.toString() : "";
        };
    }

    private static String cell(List<String> cells, int index) {
        return index >= 0 && index < cells.size() ? cells.get(index) : "";
    }
}
