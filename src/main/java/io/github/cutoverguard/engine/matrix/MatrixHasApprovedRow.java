package io.github.cutoverguard.engine.matrix;

import io.github.cutoverguard.engine.Check;
import io.github.cutoverguard.engine.Rule;
import io.github.cutoverguard.engine.Baseline;
import io.github.cutoverguard.engine.Breach;
import io.github.cutoverguard.engine.Location;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Raises {@link #RULE} when no Markdown table row of the compatibility matrix holds the baseline
 * release tag and commit SHA in adjacent cells with the status {@code Approved}: a row whose status says
 * {@code Revoked}, {@code Superseded}, {@code Rejected} (or anything else), or that has no status, is not
 * the approved pair.
 */
public final class MatrixHasApprovedRow implements Check<CompatibilityMatrix> {

    public static final Rule RULE = Rule.MATRIX_APPROVED_ROW;

    /** The status an approved-pairs row must carry. */
    public static final String APPROVED = "Approved";
    /** The words a status cell starts with (any case, Markdown emphasis ignored). */
    private static final Pattern STATUS = Pattern.compile(
            "(?i)^[*_ ]*(approved|revoked|superseded|rejected|pending|proposed|withdrawn|deprecated)\\b.*");

    private final Baseline baseline;

    public MatrixHasApprovedRow(Baseline baseline) {
        this.baseline = baseline;
    }

    @Override
    public Set<Rule> rules() {
        return Set.of(RULE);
    }

    @Override
    public List<Breach> check(CompatibilityMatrix matrix) {
        String tag = baseline.releaseTag();
        String sha = baseline.commitSha();
        if (tag == null || sha == null) {
            return List.of();
        }
        CompatibilityMatrix.TableRow rowWithTag = null;
        CompatibilityMatrix.TableRow notApproved = null;
        for (CompatibilityMatrix.TableRow row : matrix.rows()) {
            List<String> cells = row.cells();
            for (int i = 0; i + 1 < cells.size(); i++) {
                if (cells.get(i).equals(tag)) {
                    if (cells.get(i + 1).equals(sha)) {
                        if (APPROVED.equalsIgnoreCase(status(row))) {
                            return List.of();
                        }
                        notApproved = notApproved == null ? row : notApproved;
                    }
                    rowWithTag = rowWithTag == null ? row : rowWithTag;
                }
            }
        }
        if (notApproved != null) {
            String status = status(notApproved);
            return List.of(Breach.error(RULE, "the approved-pairs row for " + tag + " / " + sha + " "
                            + (status == null ? "has no status" : "status is " + status) + ", not Approved")
                    .file(matrix.displayName()).at(Location.ofLine(notApproved.line()))
                    .expected(APPROVED).actual(status == null ? "no status" : status)
                    .hint("only an Approved row is the approved pair: repin to an approved release, or record the "
                            + "approval of this one in its row")
                    .build());
        }
        if (rowWithTag != null) {
            int tagIndex = rowWithTag.cells().indexOf(tag);
            String beside = tagIndex + 1 < rowWithTag.cells().size() ? rowWithTag.cells().get(tagIndex + 1) : "";
            return List.of(Breach.error(RULE, "the approved-pairs row for " + tag + " holds \"" + beside
                            + "\" beside the tag, baseline SHA is \"" + sha + "\"")
                    .file(matrix.displayName()).at(Location.ofLine(rowWithTag.line()))
                    .expected(tag + " | " + sha).actual(tag + " | " + beside).build());
        }
        return List.of(Breach.error(RULE, matrix.displayName() + " has no table row with " + tag + " and " + sha
                        + " side by side")
                .file(matrix.displayName()).expected(tag + " | " + sha).build());
    }

    /** The row's status word, as written (e.g. {@code Approved}, {@code Revoked}), or {@code null} when it has none. */
    private static String status(CompatibilityMatrix.TableRow row) {
        String status = null;
        for (String cell : row.cells()) {
            Matcher m = STATUS.matcher(cell);
            if (m.matches()) {
                status = m.group(1);
            }
        }
        return status;
    }
}
