package io.github.cutoverguard.engine.input;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class GlobSelectionTest {

    private static GlobSelection select(List<String> includes, List<String> excludes) {
        return new GlobSelection(includes, excludes);
    }

    @Test
    void defaultIncludesMatchJsonAtEveryDepthIncludingTheTopLevel() {
        GlobSelection json = select(null, null);
        assertThat(json.includes()).containsExactly("**/*.json");
        assertThat(json.selectsFile("manifest.json")).isTrue();
        assertThat(json.selectsFile("schemas/a.schema.json")).isTrue();
        assertThat(json.selectsFile("a/b/c/d.json")).isTrue();
        assertThat(json.selectsFile("README.md")).isFalse();
        assertThat(json.selectsFile("schemas/a.json.bak")).isFalse();
        assertThat(select(List.of(" ", ""), null).includes()).containsExactly("**/*.json");
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
        GlobSelection drafts = select(null, List.of("drafts/", "./legacy\\**", "/a+b(1).json"));
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
        assertThat(select(null, List.of("legacy/**/*.old.json")).entersDirectory("legacy")).isTrue();
    }
}
