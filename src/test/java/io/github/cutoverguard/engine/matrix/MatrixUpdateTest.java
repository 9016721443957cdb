package io.github.cutoverguard.engine.matrix;

import io.github.cutoverguard.engine.Baseline;
import io.github.cutoverguard.engine.testing.Docs;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class MatrixUpdateTest {

    private static final String OLD_SHA = "a".repeat(40);
    private static final String NEW_SHA = "b".repeat(40);
    private static final Baseline V8 = new Baseline("v8.0.0", OLD_SHA, "billing.v8", "billing-api.v2", "billing/v1");
    private static final Baseline V9 = new Baseline("v9.0.0", NEW_SHA, "billing.v9", "billing-api.v2", "billing/v1");
    private static final LocalDate DAY = LocalDate.of(2026, 11, 29);

    private static String update(String matrix, Baseline previous) {
        return new String(MatrixUpdate.update(matrix.getBytes(StandardCharsets.UTF_8), V9, previous, DAY, "Billing"),
                StandardCharsets.UTF_8);
    }

    /** What repin wrote for V9 passes check-pin's matrix checks. */
    private static void assertCheckPinAccepts(String matrix) {
        CompatibilityMatrix parsed = CompatibilityMatrix.of(Docs.raw("m.md", matrix));
        assertThat(new MatrixCarriesBaseline(V9).check(parsed)).isEmpty();
        assertThat(new MatrixHasApprovedRow(V9).check(parsed)).isEmpty();
    }

    @Test
    void aTableWithOtherColumnsGetsARowInItsOwnColumnOrderAndKeepsItsLineEndings() {
        String matrix = "# Billing\r\n\r\nUpdated: 2026-01-01\r\n\r\n* Billing Release Tag: `v8.0.0`\r\n"
                + "* Billing Commit SHA: `" + OLD_SHA + "`\r\n\r\n| Status | Commit SHA | Release tag | Note |\r\n"
                + "|--|--|--|--|\r\n| **Approved** | " + OLD_SHA + " | v8.0.0 | first |\r\n";
        assertThat(update(matrix, V8)).isEqualTo("# Billing\r\n\r\nUpdated: 2026-11-29\r\n\r\n"
                + "* Billing Release Tag: `v9.0.0`\r\n* Billing Commit SHA: `" + NEW_SHA + "`\r\n\r\n"
                + "| Status | Commit SHA | Release tag | Note |\r\n|--|--|--|--|\r\n"
                + "| **Superseded** | " + OLD_SHA + " | v8.0.0 | first |\r\n"
                + "| Approved | " + NEW_SHA + " | v9.0.0 |  |\r\n");
    }

    @Test
    void aMatrixWithoutBaselineLinesOrTableGetsThem() {
        assertThat(update("# Billing matrix\n\nSome prose.\n", null)).isEqualTo("# Billing matrix\n\n"
                + "## Active runtime baseline\n\n- Billing release tag: `v9.0.0`\n- Billing commit SHA: `" + NEW_SHA + "`\n"
                + "\nSome prose.\n\n## Approved Version Pairs\n\n"
                + "| Approved on | Release tag | Commit SHA | Service contract | API contract | Integration baseline | Status |\n"
                + "|---|---|---|---|---|---|---|\n"
                + "| 2026-11-29 | v9.0.0 | " + NEW_SHA + " | billing.v9 | billing-api.v2 | billing/v1 | Approved |\n");
    }

    @Test
    void anApprovedRowForTheReleaseIsNotAddedTwiceAndOtherReleasesRowsStay() {
        String matrix = "- Billing release tag: `v9.0.0`\n- Billing commit SHA: `" + NEW_SHA + "`\n\n"
                + "| Release tag | Commit SHA | Status |\n|---|---|---|\n"
                + "| v7.0.0 | " + "c".repeat(40) + " | Approved |\n| v9.0.0 | " + NEW_SHA + " | Approved |\n";
        assertThat(update(matrix, V8)).isEqualTo(matrix);
    }

    @Test
    void aMatrixThatAlreadyCarriesTheReleaseKeepsItsUpdatedDay() {
        String matrix = "# Billing\n\nUpdated: 2026-01-01\n\n- Billing release tag: `v9.0.0`\n- Billing commit SHA: `"
                + NEW_SHA + "`\n- Service contract: `billing.v9`\n\n| Release tag | Commit SHA | Status |\n|---|---|---|\n"
                + "| v9.0.0 | " + NEW_SHA + " | Approved |\n";
        assertThat(update(matrix, V9)).isEqualTo(matrix);
        assertThat(update(matrix.replace("`billing.v9`", "`billing.v8`"), V9)).isEqualTo(matrix
                .replace("Updated: 2026-01-01", "Updated: 2026-11-29"));
    }

    @Test
    void aNewMatrixCarriesEverythingCheckPinLooksFor() {
        String created = new String(MatrixUpdate.create(V9, DAY, "Billing"), StandardCharsets.UTF_8);
        assertThat(created).startsWith("# Billing compatibility matrix\n\nUpdated: 2026-11-29\n")
                .contains("- Service contract: `billing.v9`\n", "- API contract: `billing-api.v2`\n")
                .endsWith("| 2026-11-29 | v9.0.0 | " + NEW_SHA + " | billing.v9 | billing-api.v2 | billing/v1 | Approved |\n");
        assertCheckPinAccepts(created);
    }

    @Test
    void copiesInsideCommentsFencesAndQuotesStayAsTheyAreAndTheRealPartsAreUpdated() {
        String hidden = "- Billing release tag: `v8.0.0`\n\n| Release tag | Commit SHA | Status |\n|---|---|---|\n"
                + "| v8.0.0 | " + OLD_SHA + " | Approved |\n";
        String matrix = "# Billing\n\n<!--\nUpdated: 2026-01-01\n" + hidden + "-->\n\n```\n" + hidden + "```\n\n> "
                + hidden.replace("\n", "\n> ") + "\nUpdated: 2026-01-02\n\n* Billing Release Tag: `v8.0.0`\n"
                + "* Billing Commit SHA: `" + OLD_SHA + "`\n* Service contract: `billing.v8` (rehearsing `billing.v9`)\n"
                + "* API contract: `billing-api.v1`\n* Integration baseline: `billing/v1`\n\n| Status | Release tag | Commit SHA |\n|--|--|--|\n| **Approved** | v8.0.0 | " + OLD_SHA + " |\n";
        String updated = update(matrix, V8);
        assertThat(updated).startsWith("# Billing\n\n<!--\nUpdated: 2026-01-01\n" + hidden + "-->\n\n```\n" + hidden
                        + "```\n\n> " + hidden.replace("\n", "\n> ") + "\nUpdated: 2026-11-29\n\n")
                .endsWith("* Billing Release Tag: `v9.0.0`\n* Billing Commit SHA: `" + NEW_SHA + "`\n"
                        + "* Service contract: `billing.v9` (rehearsing `billing.v9`)\n* API contract: `billing-api.v2`\n"
                        + "* Integration baseline: `billing/v1`\n\n"
                        + "| Status | Release tag | Commit SHA |\n|--|--|--|\n| **Superseded** | v8.0.0 | " + OLD_SHA + " |\n"
                        + "| Approved | v9.0.0 | " + NEW_SHA + " |\n");
        assertCheckPinAccepts(updated);
    }

    @Test
    void aMatrixWhoseOnlyBaselineLinesAndTableAreFencedGetsRealOnes() {
        String fenced = "```\n- Billing release tag: `v8.0.0`\n- Billing commit SHA: `" + OLD_SHA + "`\n\n"
                + "| Release tag | Commit SHA | Status |\n|---|---|---|\n| v8.0.0 | " + OLD_SHA + " | Approved |\n```\n";
        String updated = update("# Billing\n\n" + fenced, V8);
        assertThat(updated).contains(fenced).contains("- Billing release tag: `v9.0.0`\n");
        assertCheckPinAccepts(updated);
    }

    @Test
    void aTableInsideAListItemKeepsItsIndentationAndATableBeforeTheHeadingKeepsItsPlace() {
        String matrix = "| Release tag | Commit SHA | Status |\n|---|---|---|\n| v8.0.0 | " + OLD_SHA + " | Approved |\n\n"
                + "# Billing\n\n- Pairs:\n\n  | Release tag | Commit SHA |\n  |---|---|\n";
        String updated = update(matrix, V8);
        assertThat(updated).isEqualTo("| Release tag | Commit SHA | Status |\n|---|---|---|\n| v8.0.0 | " + OLD_SHA
                + " | Superseded |\n| v9.0.0 | " + NEW_SHA + " | Approved |\n\n# Billing\n\n## Active runtime baseline\n\n"
                + "- Billing release tag: `v9.0.0`\n- Billing commit SHA: `" + NEW_SHA + "`\n\n- Pairs:\n\n"
                + "  | Release tag | Commit SHA |\n  |---|---|\n");
    }
}
