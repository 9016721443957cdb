package io.github.cutoverguard.engine.matrix;

import io.github.cutoverguard.engine.Baseline;
import io.github.cutoverguard.engine.Breach;
import io.github.cutoverguard.engine.Location;

import java.util.List;

/**
 * Raises {@value #RULE} when no Markdown table row of the compatibility matrix holds the baseline
 * release tag and commit SHA in adjacent cells.
 */
public final class MatrixHasApprovedRow {

    public static final String RULE = "MATRIX-APPROVED-ROW";

    private final Baseline baseline;

    public MatrixHasApprovedRow(Baseline baseline) {
        this.baseline = baseline;
    }

    public List<Breach> check(CompatibilityMatrix matrix) {
        String tag = baseline.releaseTag();
        String sha = baseline.commitSha();
        if (tag == null || sha == null) {
            return List.of();
        }
        CompatibilityMatrix.TableRow rowWithTag = null;
        for (CompatibilityMatrix.TableRow row : matrix.rows()) {
            List<String> cells = row.cells();
            for (int i = 0; i + 1 < cells.size(); i++) {
                if (cells.get(i).equals(tag)) {
                    if (cells.get(i + 1).equals(sha)) {
                        return List.of();
                    }
                    rowWithTag = rowWithTag == null ? row : rowWithTag;
                }
            }
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
}
