package io.github.cutoverguard.engine.docs;

import io.github.cutoverguard.engine.Baseline;
import io.github.cutoverguard.engine.Breach;
import io.github.cutoverguard.engine.GoalResult;
import io.github.cutoverguard.engine.Location;
import io.github.cutoverguard.engine.Mode;
import io.github.cutoverguard.engine.RunContext;
import io.github.cutoverguard.engine.input.InputLimits;
import io.github.cutoverguard.engine.input.ProjectFiles;
import io.github.cutoverguard.engine.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Governance documents are read as CommonMark (DESIGN §7 "Evidence, not text"): a quoted, fenced, indented or
 * commented {@code Updated:} line is not the document's marker, and a required line hidden in a comment or a fence is
 * not in the document (issue #24, defect 3).
 */
class DocumentsReadAsCommonMarkTest {

    private static final Baseline BILLING = new Baseline("v7.4.0", "3f9a0c1d2e4b5a69788796a5b4c3d2e1f0a9b8c7",
            "billing.v7", "billing-api.v2", "billing/v1");
    private static final String RUNBOOK = "# Storefront billing runbook\n\n";
    private static final String NO_MARKER = "docs/RUNBOOK.md has no \"Updated: YYYY-MM-DD\" line";

    @TempDir
    Path project;

    private GoalResult run(String text, boolean marker, String... lines) {
        Fixtures.write(project, "docs/RUNBOOK.md", text);
        return new CheckDocsRequest(new RunContext(new ProjectFiles(project), Mode.REHEARSAL, BILLING, null,
                InputLimits.DEFAULT, null, null), List.of(new DocumentSpec(Path.of("docs/RUNBOOK.md"), marker, List.of(lines))))
                .run();
    }

    private void assertNoMarker(String text) {
        assertThat(run(text, true).errors()).as(text).singleElement().satisfies(b -> {
            assertThat(b.ruleId()).isEqualTo("DOCS-UPDATED-MARKER");
            assertThat(b.message()).isEqualTo(NO_MARKER);
            assertThat(b.location().isKnown()).isFalse();
        });
    }

    @Test
    void quotedUpdatedLineIsNotTheMarker() {
        assertNoMarker(RUNBOOK + "> Updated: 2026-12-01\n");
        assertNoMarker(RUNBOOK + "> Finance review\nUpdated: 2026-12-01\n");
    }

    @Test
    void updatedLineInsideAFenceACommentOrIndentedCodeIsNotTheMarker() {
        assertNoMarker(RUNBOOK + "```\nUpdated: 2026-12-01\n```\n");
        assertNoMarker(RUNBOOK + "~~~text\nUpdated: 2026-12-01\n~~~\n");
        assertNoMarker(RUNBOOK + "<!--\nUpdated: 2026-12-01\n-->\n");
        assertNoMarker(RUNBOOK + "Steps:\n\n    Updated: 2026-12-01\n");
        assertNoMarker(RUNBOOK + "`Updated: 2026-12-01`\n");
    }

    @Test
    void theDocumentsOwnMarkerCountsAfterAQuotedOneWithAnotherDate() {
        assertThat(run(RUNBOOK + "> Updated: 2026-13-45\n\nUpdated: 2026-11-20\n", true).breaches()).isEmpty();
    }

    @Test
    void invalidMarkerIsLocatedAtItsValueInsideListsAndEmphasis() {
        List<Breach> errors = run(RUNBOOK + "- _Updated: 2026-02-30_\n", true).errors();
        assertThat(errors).singleElement().satisfies(b -> {
            assertThat(b.ruleId()).isEqualTo("DOCS-UPDATED-MARKER");
            assertThat(b.location()).isEqualTo(new Location(3, 13));
            assertThat(b.message()).isEqualTo("docs/RUNBOOK.md has \"Updated: 2026-02-30\", not a YYYY-MM-DD date");
            assertThat(b.actual()).isEqualTo("2026-02-30");
        });
        assertThat(run(RUNBOOK + "Intro line\nUpdated: 2026-02-30\n", true).errors())
                .singleElement().satisfies(b -> assertThat(b.location()).isEqualTo(new Location(4, 10)));
    }

    @Test
    void requiredLineOnlyInsideACommentOrFenceIsMissing() {
        for (String hidden : List.of("<!-- Runtime pin: billing v7.4.0 -->\n", "<!--\nRuntime pin: billing v7.4.0\n-->\n",
                "```\nRuntime pin: billing v7.4.0\n```\n", "Notes:\n\n    Runtime pin: billing v7.4.0\n",
                "Text <!-- Runtime pin: billing v7.4.0 --> here\n")) {
            assertThat(run(RUNBOOK + hidden, false, "Runtime pin: billing ${pin.releaseTag}").errors()).as(hidden)
                    .singleElement().satisfies(b -> {
                        assertThat(b.ruleId()).isEqualTo("DOCS-MISSING-SNIPPET");
                        assertThat(b.message()).isEqualTo("docs/RUNBOOK.md does not contain \"Runtime pin: billing v7.4.0\"");
                    });
        }
    }

    @Test
    void requiredLineMatchesTheRenderedTextOfTheDocument() {
        String doc = RUNBOOK + "Runtime pin: billing `v7.4.0` (`billing.v7` / **billing-api.v2**).\n\n"
                + "- Billing release tag: `v7.4.0`\n\n| Tag | Status |\n|---|---|\n| `v7.4.0` | Approved |\n";
        assertThat(run(doc, false, "v7.4.0", "Runtime pin: billing ${pin.releaseTag}", "`${pin.serviceContract}`",
                "Runtime pin: billing `${pin.releaseTag}` (`${pin.serviceContract}` / **${pin.apiContract}**)",
                "- Billing release tag: `${pin.releaseTag}`", "| v7.4.0 | Approved |").breaches()).isEmpty();
    }

    @Test
    void requiredLineThatRendersToNothingIsLookedForAsWritten() {
        assertThat(run(RUNBOOK + "<!-- approved -->\n", false, "<!-- approved -->").errors())
                .extracting(Breach::ruleId).containsExactly("DOCS-MISSING-SNIPPET");
    }
}
