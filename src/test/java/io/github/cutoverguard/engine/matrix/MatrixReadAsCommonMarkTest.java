package io.github.cutoverguard.engine.matrix;

import io.github.cutoverguard.engine.Baseline;
import io.github.cutoverguard.engine.Breach;
import io.github.cutoverguard.engine.Location;
import io.github.cutoverguard.engine.testing.Docs;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The compatibility matrix is read as CommonMark with GitHub's tables (DESIGN §7 "Evidence, not text"): what an
 * HTML comment, a fenced or indented code block or a block quote holds is not the matrix's baseline line or
 * approved-pairs row (issue #24, defect 3).
 */
class MatrixReadAsCommonMarkTest {

    private static final String SHA = "3f9a0c1d2e4b5a69788796a5b4c3d2e1f0a9b8c7";
    /** The storefront consumer's matrix of its billing producer. */
    private static final Baseline BILLING = new Baseline("v7.4.0", SHA, "billing.v7", "billing-api.v2", "billing/v1");

    /** Line 17 is the pair's row, revoked; the appended variants add an Approved copy where it is not content. */
    private static final String REVOKED = """
            # Billing compatibility matrix

            Updated: 2026-11-20

            ## Active runtime baseline

            - Billing release tag: `v7.4.0`
            - Billing commit SHA: `%s`
            - Service contract: `billing.v7`
            - API contract: `billing-api.v2`
            - Integration baseline: `billing/v1`

            ## Approved Version Pairs

            | Approved on | Release tag | Commit SHA | Service contract | API contract | Integration baseline | Status |
            |---|---|---|---|---|---|---|
            | 2026-11-20 | v7.4.0 | %s | billing.v7 | billing-api.v2 | billing/v1 | Revoked |
            """.formatted(SHA, SHA);
    private static final String APPROVED_ROW = "| 2026-11-21 | v7.4.0 | " + SHA
            + " | billing.v7 | billing-api.v2 | billing/v1 | Approved |";
    private static final String HEADER = "| Approved on | Release tag | Commit SHA | Service contract | API contract "
            + "| Integration baseline | Status |\n|---|---|---|---|---|---|---|\n";

    private static CompatibilityMatrix matrix(String text) {
        return CompatibilityMatrix.of(Docs.raw("docs/COMPATIBILITY_MATRIX.md", text));
    }

    private static List<Breach> approvedRow(String text) {
        return new MatrixHasApprovedRow(BILLING).check(matrix(text));
    }

    private static List<Breach> baselineLines(String text) {
        return new MatrixCarriesBaseline(BILLING).check(matrix(text));
    }

    private static void assertRevokedRowIsTheBreach(List<Breach> breaches) {
        assertThat(breaches).singleElement().satisfies(b -> {
            assertThat(b.ruleId()).isEqualTo("MATRIX-APPROVED-ROW");
            assertThat(b.location()).isEqualTo(Location.ofLine(17));
            assertThat(b.message()).isEqualTo("the approved-pairs row for v7.4.0 / " + SHA + " status is Revoked, "
                    + "not Approved");
            assertThat(b.actual()).isEqualTo("Revoked");
        });
    }

    @Test
    void revokedMatrixFailsAndItsApprovedTwinPasses() {
        assertRevokedRowIsTheBreach(approvedRow(REVOKED));
        assertThat(approvedRow(REVOKED.replace("| Revoked |", "| Approved |"))).isEmpty();
        assertThat(baselineLines(REVOKED)).isEmpty();
    }

    @Test
    void approvedRowInsideAnHtmlCommentDoesNotCount() {
        assertRevokedRowIsTheBreach(approvedRow(REVOKED + "\n<!--\n" + HEADER + APPROVED_ROW + "\n-->\n"));
    }

    @Test
    void approvedRowInsideAFencedCodeBlockDoesNotCount() {
        assertRevokedRowIsTheBreach(approvedRow(REVOKED + "\n```markdown\n" + HEADER + APPROVED_ROW + "\n```\n"));
        assertRevokedRowIsTheBreach(approvedRow(REVOKED + "\n~~~\n" + APPROVED_ROW + "\n~~~\n"));
    }

    @Test
    void approvedRowInsideAnIndentedCodeBlockDoesNotCount() {
        assertRevokedRowIsTheBreach(approvedRow(REVOKED + "\nOld rows:\n\n    " + APPROVED_ROW + "\n"));
    }

    @Test
    void approvedRowInsideABlockQuoteDoesNotCount() {
        // a lazy continuation line: no '>' of its own, but the quote's paragraph, not a table row
        assertRevokedRowIsTheBreach(approvedRow(REVOKED + "\n> Approved by finance:\n" + APPROVED_ROW + "\n"));
        // a whole table quoted
        assertRevokedRowIsTheBreach(approvedRow(REVOKED + "\n> " + HEADER.replace("\n|", "\n> |") + "> "
                + APPROVED_ROW + "\n"));
    }

    @Test
    void rowOutsideAnyTableDoesNotCount() {
        assertRevokedRowIsTheBreach(approvedRow(REVOKED + "\nSee also:\n" + APPROVED_ROW + "\n"));
    }

    @Test
    void statusCellIsReadAsRendered() {
        // the comment is not content: the cell says Revoked
        assertRevokedRowIsTheBreach(approvedRow(REVOKED.replace("| Revoked |", "| Revoked <!-- Approved --> |")));
        // the comment hides nothing that matters: the cell says Approved
        assertThat(approvedRow(REVOKED.replace("| Revoked |", "| Approved <!-- was Revoked --> |"))).isEmpty();
        // a cell beyond the header's columns is not rendered
        assertRevokedRowIsTheBreach(approvedRow(REVOKED.replace("| Revoked |", "| Revoked | Approved |")));
        // code spans and escapes are the cell's text
        assertThat(approvedRow(REVOKED.replace("| v7.4.0 |", "| `v7.4.0` |").replace("| Revoked |", "| \\*Approved\\* |")))
                .isEmpty();
    }

    @Test
    void approvedRowInATableInsideAListItemCounts() {
        String nested = REVOKED.replace(REVOKED.substring(REVOKED.indexOf("| Approved on")), "")
                + "- Current pairs:\n\n  " + HEADER.replace("\n|", "\n  |") + "  " + APPROVED_ROW + "\n";
        assertThat(approvedRow(nested)).isEmpty();
    }

    @Test
    void baselineLineInsideAFenceOrCommentOrQuoteOrCodeDoesNotCount() {
        String stale = REVOKED.replace("release tag: `v7.4.0`", "release tag: `v7.3.0`");
        for (String hidden : List.of("```\n- Billing release tag: `v7.4.0`\n```\n",
                "<!--\n- Billing release tag: `v7.4.0`\n-->\n", "> - Billing release tag: `v7.4.0`\n",
                "Old baseline:\n\n    - Billing release tag: `v7.4.0`\n")) {
            assertThat(baselineLines(stale + "\n" + hidden)).as(hidden).singleElement().satisfies(b -> {
                assertThat(b.ruleId()).isEqualTo("MATRIX-BASELINE");
                assertThat(b.location()).isEqualTo(Location.ofLine(7));
                assertThat(b.message()).isEqualTo("Billing release tag is \"v7.3.0\", baseline is \"v7.4.0\"");
            });
        }
    }

    @Test
    void onlyHiddenBaselineLinesMeanTheMatrixHasNone() {
        String noLines = REVOKED.replace("- Billing commit SHA: `" + SHA + "`\n", "");
        assertThat(baselineLines(noLines + "\n<!-- - Billing commit SHA: `" + SHA + "` -->\n"))
                .singleElement().satisfies(b -> {
                    assertThat(b.ruleId()).isEqualTo("MATRIX-BASELINE");
                    assertThat(b.location().isKnown()).isFalse();
                    assertThat(b.message()).isEqualTo("docs/COMPATIBILITY_MATRIX.md has no '- <Name> commit SHA: `" + SHA
                            + "`' line");
                });
    }

    @Test
    void baselineLineIsABulletItemWithTheValueInACodeSpan() {
        assertThat(baselineLines(REVOKED.replace("- Billing release tag", "* **Billing** release tag"))).isEmpty();
        assertThat(baselineLines(REVOKED.replace("- Billing release tag: `v7.4.0`", "- Billing release tag: `v7.4.0` (2026)")))
                .extracting(Breach::message).containsExactly("docs/COMPATIBILITY_MATRIX.md has no "
                        + "'- <Name> release tag: `v7.4.0`' line");
    }

    @Test
    void contractVersionMentionedOnlyInACommentOrFenceIsNotMentioned() {
        String unmentioned = REVOKED.replace("billing-api.v2", "billing-api.v1");
        for (String hidden : List.of("<!-- billing-api.v2 -->\n", "```\nbilling-api.v2\n```\n",
                "Text <!-- billing-api.v2 --> here.\n")) {
            assertThat(baselineLines(unmentioned + "\n" + hidden)).as(hidden).singleElement()
                    .satisfies(b -> assertThat(b.message()).isEqualTo("docs/COMPATIBILITY_MATRIX.md never mentions "
                            + "baseline contract version \"billing-api.v2\""));
        }
        assertThat(baselineLines(unmentioned + "\nThe API moves to `billing-api.v2` next.\n")).isEmpty();
    }

    @Test
    void deeplyNestedQuotesAndListsAreReadWithoutOverflow() {
        String deep = ">".repeat(200_000) + " x\n" + "- ".repeat(50_000) + "y\n" + "*a ".repeat(50_000) + "\n";
        assertRevokedRowIsTheBreach(approvedRow(REVOKED + "\n" + deep));
    }
}
