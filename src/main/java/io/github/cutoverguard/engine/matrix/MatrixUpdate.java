package io.github.cutoverguard.engine.matrix;

import io.github.cutoverguard.engine.Baseline;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The compatibility matrix as {@code repin} writes it for a new baseline: the {@code Updated:} line gets today (only
 * when something else changes: a matrix that already carries the baseline stays as it is), the
 * baseline lines ({@code - <Name> release tag: `TAG`}, {@code - <Name> commit SHA: `SHA`}, and the contract lines
 * {@code - Service contract: `…`}, {@code - API contract: `…`}, {@code - Integration baseline: `…`}) the new values,
 * and the approved-pairs table (the table whose header names {@code Release tag} and {@code Commit SHA}) a new
 * {@code Approved} row, the previous release's {@code Approved} row becoming {@code Superseded}; earlier rows stay.
 * Every other line, and the line endings, are kept. A matrix without those parts gets them.
 */
public final class MatrixUpdate {

    private static final Pattern UPDATED = Pattern.compile("^(\\s*Updated:\\s*)\\S.*$");
    private static final Pattern RELEASE_LINE = Pattern.compile(
            "^(\\s*[-*+]\\s+.+?\\s+(release tag|commit sha):\\s*`)[^`]*(`.*)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern CONTRACT_LINE = Pattern.compile(
            "^(\\s*[-*+]\\s+(service contract|api contract|integration baseline):\\s*`)[^`]*(`.*)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern APPROVED = Pattern.compile("(?i)\\bapproved\\b");
    private static final String TABLE_HEADER = "| Approved on | Release tag | Commit SHA | Service contract | API contract "
            + "| Integration baseline | Status |";

    private MatrixUpdate() {
    }

    /**
     * The matrix {@code current} updated to {@code baseline}.
     *
     * @param previous the release being replaced (its row becomes {@code Superseded}), or {@code null} for a first pin
     * @param product  how the baseline lines name the producer when the matrix has none (e.g. {@code Billing})
     */
    public static byte[] update(byte[] current, Baseline baseline, Baseline previous, LocalDate today, String product) {
        String text = new String(current, StandardCharsets.UTF_8);
        String eol = text.contains("\r\n") ? "\r\n" : "\n";
        List<String> lines = new ArrayList<>(List.of(text.split("\r\n|\n", -1)));
        boolean finalNewline = !lines.isEmpty() && lines.get(lines.size() - 1).isEmpty();
        if (finalNewline) {
            lines.remove(lines.size() - 1);
        }
        boolean releaseLines = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            Matcher m;
            if ((m = RELEASE_LINE.matcher(line)).matches()) {
                String kind = m.group(2).toLowerCase(Locale.ROOT);
                lines.set(i, m.group(1) + (kind.equals("release tag") ? baseline.releaseTag() : baseline.commitSha())
                        + m.group(3));
                releaseLines = true;
            } else if ((m = CONTRACT_LINE.matcher(line)).matches()) {
                String kind = m.group(2).toLowerCase(Locale.ROOT);
                String value = kind.equals("service contract") ? baseline.serviceContract()
                        : kind.equals("api contract") ? baseline.apiContract() : baseline.integrationBaseline();
                lines.set(i, m.group(1) + value + m.group(3));
            }
        }
        if (!releaseLines) {
            int at = firstHeading(lines) + 1;
            lines.addAll(at, List.of("", "## Active runtime baseline", "", "- " + product + " release tag: `"
                    + baseline.releaseTag() + "`", "- " + product + " commit SHA: `" + baseline.commitSha() + "`"));
        }
        approvedPairs(lines, baseline, previous, today);
        if ((String.join(eol, lines) + (finalNewline ? eol : "")).equals(text)) {
            return current;
        }
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = UPDATED.matcher(lines.get(i));
            if (m.matches()) {
                lines.set(i, m.group(1) + today);
            }
        }
        return (String.join(eol, lines) + (finalNewline ? eol : "")).getBytes(StandardCharsets.UTF_8);
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

    private static int firstHeading(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("# ")) {
                return i;
            }
        }
        return -1;
    }

    /** Supersedes the previous release's Approved row and adds the new one (unless it is there already). */
    private static void approvedPairs(List<String> lines, Baseline baseline, Baseline previous, LocalDate today) {
        int header = -1;
        List<String> columns = List.of();
        for (int i = 0; i < lines.size() && header < 0; i++) {
            List<String> cells = cells(lines.get(i)).stream().map(c -> c.toLowerCase(Locale.ROOT)).toList();
            if (cells.contains("release tag") && cells.contains("commit sha")) {
                header = i;
                columns = cells;
            }
        }
        if (header < 0) {
            if (!lines.isEmpty() && !lines.get(lines.size() - 1).isBlank()) {
                lines.add("");
            }
            lines.addAll(List.of("## Approved Version Pairs", "", TABLE_HEADER, "|---|---|---|---|---|---|---|"));
            header = lines.size() - 2;
            columns = cells(TABLE_HEADER).stream().map(c -> c.toLowerCase(Locale.ROOT)).toList();
        }
        int tag = columns.indexOf("release tag");
        int sha = columns.indexOf("commit sha");
        int status = columns.indexOf("status");
        int last = header + 1;
        boolean present = false;
        for (int i = header + 2; i < lines.size() && lines.get(i).trim().startsWith("|"); i++) {
            last = i;
            List<String> cells = cells(lines.get(i));
            String rowTag = cell(cells, tag);
            String rowSha = cell(cells, sha);
            boolean approved = status < 0 || APPROVED.matcher(cell(cells, status)).find();
            if (rowTag.equals(baseline.releaseTag()) && rowSha.equals(baseline.commitSha()) && approved) {
                present = true;
            } else if (previous != null && status >= 0 && approved && rowTag.equals(previous.releaseTag())
                    && rowSha.equals(previous.commitSha())) {
                lines.set(i, withCell(lines.get(i), status, APPROVED.matcher(cell(cells, status)).replaceFirst("Superseded")));
            }
        }
        if (!present) {
            List<String> row = new ArrayList<>();
            for (String column : columns) {
                row.add(value(column, baseline, today));
            }
            lines.add(last + 1, "| " + String.join(" | ", row) + " |");
        }
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

    private static List<String> cells(String line) {
        String row = line.trim();
        return row.startsWith("|") ? CompatibilityMatrix.cells(row) : List.of();
    }

    private static String cell(List<String> cells, int index) {
        return index >= 0 && index < cells.size() ? cells.get(index) : "";
    }

    /** {@code line} with the text of cell {@code index} replaced, the cell's padding kept. */
    private static String withCell(String line, int index, String value) {
        int start = line.indexOf('|');
        for (int i = 0; i < index; i++) {
            start = line.indexOf('|', start + 1);
        }
        int end = line.indexOf('|', start + 1);
        String cell = line.substring(start + 1, end);
        String trimmed = cell.trim();
        return line.substring(0, start + 1) + cell.replace(trimmed, value) + line.substring(end);
    }
}
