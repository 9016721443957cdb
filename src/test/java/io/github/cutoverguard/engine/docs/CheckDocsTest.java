package io.github.cutoverguard.engine.docs;

import io.github.cutoverguard.engine.RunContext;
import io.github.cutoverguard.engine.Breach;
import io.github.cutoverguard.engine.GoalResult;
import io.github.cutoverguard.engine.Location;
import io.github.cutoverguard.engine.Mode;
import io.github.cutoverguard.engine.input.ProjectFiles;
import io.github.cutoverguard.engine.input.InputLimits;
import io.github.cutoverguard.engine.testing.Docs;
import io.github.cutoverguard.engine.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CheckDocsTest {

    private static final String MATRIX = """
            # Compatibility matrix
            Updated: 2026-11-20

            - MemoryKernel release tag: `v0.3.2`
            - MemoryKernel commit SHA: `cf331449e1589581a5dcbb3adecd3e9ae4509277`
            """;
    private static final List<String> LINES = List.of("- MemoryKernel release tag: `${pin.releaseTag}`",
            "- MemoryKernel commit SHA: `${pin.commitSha}`");

    @TempDir
    Path project;

    private GoalResult run(DocumentSpec... specs) {
        return (new CheckDocsRequest(new RunContext(new ProjectFiles(project), Mode.REHEARSAL, Docs.REHEARSAL_BASELINE,
                null, InputLimits.DEFAULT, null, null), List.of(specs))).run();
    }

    @Test
    void documentWithExpandedLinesAndMarkerPasses() {
        Fixtures.write(project, "docs/MATRIX.md", MATRIX.replace("\n", "\r\n"));
        GoalResult result = run(new DocumentSpec(Path.of("docs/MATRIX.md"), true, LINES));
        assertThat(result.breaches()).isEmpty();
        assertThat(result.checks()).extracting(c -> c.id()).containsExactly("docs.docs/MATRIX.md");
    }

    @Test
    void lineNamingAnotherTagFailsWithMissingSnippet() {
        Fixtures.write(project, "docs/MATRIX.md", MATRIX.replace("`v0.3.2`", "`v0.3.1`"));
        GoalResult result = run(new DocumentSpec(Path.of("docs/MATRIX.md"), false, LINES));
        assertThat(result.errors()).singleElement().satisfies(b -> {
            assertThat(b.ruleId()).isEqualTo("DOCS-MISSING-SNIPPET");
            assertThat(b.message()).isEqualTo("docs/MATRIX.md does not contain \"- MemoryKernel release tag: `v0.3.2`\"");
        });
    }

    @Test
    void missingOrInvalidMarkerFails() {
        Fixtures.write(project, "a.md", MATRIX.replace("Updated: 2026-11-20\n", ""));
        Fixtures.write(project, "b.md", MATRIX.replace("2026-11-20", "2026-02-30"));
        GoalResult result = run(new DocumentSpec(Path.of("a.md"), true, List.of()),
                new DocumentSpec(Path.of("b.md"), true, List.of()));
        assertThat(result.errors()).extracting(Breach::ruleId).containsExactly("DOCS-UPDATED-MARKER", "DOCS-UPDATED-MARKER");
        assertThat(result.errors().get(1).location()).isEqualTo(new Location(2, 10));
        assertThat(result.errors().get(1).actual()).isEqualTo("2026-02-30");
    }

    @Test
    void theMarkerHintNamesTheDayInUtcWhateverTheJvmTimeZone() {
        Fixtures.write(project, "docs/INVOICING.md", "# Invoicing v8 rehearsal\n");
        // 02:34 UTC on 2026-12-07 is still 2026-12-06 in Honolulu, the clock's own zone here as a JVM's default might be
        Clock honolulu = Clock.fixed(java.time.Instant.parse("2026-12-07T02:34:00Z"), java.time.ZoneId.of("Pacific/Honolulu"));
        GoalResult result = new CheckDocsRequest(new RunContext(new ProjectFiles(project), Mode.REHEARSAL,
                Docs.REHEARSAL_BASELINE, null, InputLimits.DEFAULT, honolulu, null),
                List.of(new DocumentSpec(Path.of("docs/INVOICING.md"), true, List.of()))).run();
        assertThat(result.errors()).singleElement().satisfies(b -> {
            assertThat(b.ruleId()).isEqualTo("DOCS-UPDATED-MARKER");
            assertThat(b.file()).isEqualTo("docs/INVOICING.md");
            assertThat(b.message()).isEqualTo("docs/INVOICING.md has no \"Updated: YYYY-MM-DD\" line");
            assertThat(b.hint()).isEqualTo("add a line \"Updated: 2026-12-07\" (the date of the last review, UTC)");
        });
    }

    @Test
    void theMarkerIsALineThatStartsWithUpdatedNotTheWordsElsewhere() {
        Fixtures.write(project, "billing.md", "# Billing v8 rehearsal\nStatus page (Updated: weekly)\nUpdated: 2026-02-08\n");
        Fixtures.write(project, "bullet.md", "# Orders\n- _Updated: 2026-02-08_\n");
        Fixtures.write(project, "inline.md", "# Ledger\nStatus page (Updated: 2026-02-08)\n");
        GoalResult result = run(new DocumentSpec(Path.of("billing.md"), true, List.of()),
                new DocumentSpec(Path.of("bullet.md"), true, List.of()),
                new DocumentSpec(Path.of("inline.md"), true, List.of()));
        assertThat(result.errors()).singleElement().satisfies(b -> {
            assertThat(b.ruleId()).isEqualTo("DOCS-UPDATED-MARKER");
            assertThat(b.message()).isEqualTo("inline.md has no \"Updated: YYYY-MM-DD\" line");
        });
    }

    @Test
    void invalidMarkerIsLocatedOnTheLineEditorsShow() {
        // found by fuzzing (CompatibilityMatrix, the same \\R split): a form feed or U+2028 is no line break
        Fixtures.write(project, "b.md", "\f\u2028" + MATRIX.replace("2026-11-20", "2026-02-30"));
        assertThat(run(new DocumentSpec(Path.of("b.md"), true, List.of())).errors())
                .singleElement().satisfies(b -> assertThat(b.location()).isEqualTo(new Location(2, 10)));
    }

    @Test
    void markerIsNotRequiredUnlessAsked() {
        Fixtures.write(project, "a.md", "no marker here\n");
        assertThat(run(new DocumentSpec(Path.of("a.md"), false, List.of())).breaches()).isEmpty();
    }

    @Test
    void missingDocumentIsFileMissing() {
        assertThat(run(new DocumentSpec(Path.of("docs/GONE.md"), true, LINES)).failedRuleIds()).containsExactly("FILE-MISSING");
    }

    @Test
    void unknownPlaceholderIsAConfigurationError() {
        Fixtures.write(project, "a.md", MATRIX);
        assertThatThrownBy(() -> run(new DocumentSpec(Path.of("a.md"), false, List.of("${pin.owner}"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("${pin.owner}");
    }
}
