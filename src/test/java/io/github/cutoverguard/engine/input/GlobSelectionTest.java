package io.github.cutoverguard.engine.input;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class GlobSelectionTest {

    private static GlobSelection select(List<String> includes, List<String> excludes) {
        return new GlobSelection(includes, excludes);
    }

    private static final List<String> JSON = List.of("**/*.json");

    @Test
    void withoutIncludesNothingIsSelectedUnlessADefaultIsGiven() {
        GlobSelection none = select(null, null);
        assertThat(none.includes()).isEmpty();
        assertThat(none.selectsFile("manifest.json")).isFalse();
        assertThat(none.entersDirectory("schemas")).isFalse();
        assertThat(select(List.of(" ", ""), null).includes()).isEmpty();
        assertThat(GlobSelection.orDefault(null, null, JSON).includes()).containsExactly("**/*.json");
        assertThat(GlobSelection.orDefault(List.of(" ", ""), List.of("x/"), JSON)).satisfies(s -> {
            assertThat(s.includes()).containsExactly("**/*.json");
            assertThat(s.excludes()).containsExactly("x/**");
        });
        assertThat(GlobSelection.orDefault(List.of("*.yml"), null, JSON).includes()).containsExactly("*.yml");
    }

    /** Issue #26 defect 15: a file's extension is selected as a person reads it, whatever its case. */
    @Test
    void extensionsMatchWhateverTheirCaseButNamesAndDirectoriesAsWritten() {
        GlobSelection json = select(JSON, List.of("**/*.tmp.json"));
        for (String file : List.of("stock-policy.json", "stock-policy.JSON", "schemas/stock.Json", "a/b/c.jSoN")) {
            assertThat(json.selectsFile(file)).as(file).isTrue();
        }
        assertThat(json.selectsFile("stock-policy.jsonl")).isFalse();
        assertThat(json.selectsFile("draft.tmp.JSON")).as("excludes too").isFalse();
        GlobSelection named = select(List.of("Schemas/stock-*.json"), null);
        assertThat(named.selectsFile("Schemas/stock-v6.JSON")).isTrue();
        assertThat(named.selectsFile("schemas/stock-v6.json")).as("directory as written").isFalse();
        assertThat(named.selectsFile("Schemas/STOCK-v6.json")).as("name as written").isFalse();
        assertThat(select(List.of("**/*.*"), null).selectsFile("README.MD")).isTrue();
        assertThat(select(List.of("**/.env"), null).selectsFile("config/.ENV")).isTrue();
    }

    @Test
    void neverEnteringKeepsTheSelectionButPrunesNamedDirectoriesAtAnyDepth() {
        GlobSelection all = select(List.of("**/*.yml"), List.of("legacy/**"));
        GlobSelection pruned = all.neverEntering(".git");
        assertThat(pruned.toString()).isEqualTo(all.toString());
        assertThat(pruned.entersDirectory("")).isTrue();
        assertThat(pruned.entersDirectory("src")).isTrue();
        assertThat(pruned.entersDirectory(".git")).isFalse();
        assertThat(pruned.entersDirectory("src/.git")).isFalse();
        assertThat(pruned.entersDirectory(".github")).isTrue();
        assertThat(pruned.entersDirectory("legacy")).isFalse();
        assertThat(pruned.selectsFile("src/app.yml")).isTrue();
        assertThat(all.entersDirectory(".git")).isTrue();
    }

    @Test
    void singleStarAndQuestionMarkStayWithinOneSegment() {
        GlobSelection top = select(List.of("*.json"), null);
        assertThat(top.selectsFile("manifest.json")).isTrue();
        assertThat(top.selectsFile("schemas/a.json")).isFalse();
        GlobSelection q = select(List.of("schemas/v?.json"), null);
        assertThat(q.selectsFile("schemas/v1.json")).isTrue();
        assertThat(q.selectsFile("schemas/v10.json")).isFalse();
        assertThat(q.selectsFile("schemas/v/.json")).isFalse();
    }

    @Test
    void doubleStarInTheMiddleMatchesZeroOrMoreDirectories() {
        GlobSelection mid = select(List.of("schemas/**/*.schema.json"), null);
        assertThat(mid.selectsFile("schemas/a.schema.json")).isTrue();
        assertThat(mid.selectsFile("schemas/x/y/a.schema.json")).isTrue();
        assertThat(mid.selectsFile("fixtures/a.schema.json")).isFalse();
    }

    @Test
    void trailingSlashMeansEverythingBelowAndLiteralCharactersAreNotRegex() {
        GlobSelection drafts = select(JSON, List.of("drafts/", "./legacy\\**", "/a+b(1).json"));
        assertThat(drafts.excludes()).containsExactly("drafts/**", "legacy/**", "a+b(1).json");
        assertThat(drafts.selectsFile("drafts/x/next.json")).isFalse();
        assertThat(drafts.selectsFile("legacy/old.json")).isFalse();
        assertThat(drafts.selectsFile("a+b(1).json")).isFalse();
        assertThat(drafts.selectsFile("aab(1).json")).isTrue();
        assertThat(drafts.selectsFile("draftsman.json")).isTrue();
    }

    @Test
    void directoriesAreEnteredOnlyWhenTheyCanHoldASelectedFile() {
        GlobSelection selection = select(List.of("schemas/**", "fixtures/*.json"), List.of("schemas/drafts/**", "**/*.tmp.json"));
        assertThat(selection.entersDirectory("")).isTrue();
        assertThat(selection.entersDirectory("schemas")).isTrue();
        assertThat(selection.entersDirectory("schemas/v1")).isTrue();
        assertThat(selection.entersDirectory("schemas/drafts")).isFalse();
        assertThat(selection.entersDirectory("schemas/drafts/deeper")).isFalse();
        assertThat(selection.entersDirectory("fixtures")).isTrue();
        assertThat(selection.entersDirectory("fixtures/nested")).isFalse();
        assertThat(selection.entersDirectory("node_modules")).isFalse();
        assertThat(selection.selectsFile("schemas/x.tmp.json")).isFalse();
        // an exclude that drops only some files below a directory does not prune it
        assertThat(select(JSON, List.of("legacy/**/*.old.json")).entersDirectory("legacy")).isTrue();
    }
}
