package io.github.cutoverguard.engine.guard;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The content part of each configuration line that {@link NoRuntimeSwitch} scans, by file type. */
class ConfigCommentsTest {

    /** The content of each line, read in order by one filter for {@code file}. */
    private static List<String> contents(String file, String... lines) {
        ConfigComments comments = ConfigComments.forFile(file);
        return List.of(lines).stream().map(comments::content).toList();
    }

    @Test
    void theFileTypeIsChosenByExtensionInAnyCase() {
        String trailing = "key: value # comment";
        assertThat(contents("application.yml", trailing)).containsExactly("key: value ");
        assertThat(contents("application.yaml", trailing)).containsExactly("key: value ");
        assertThat(contents("APPLICATION.YAML", trailing)).containsExactly("key: value ");
        assertThat(contents("Application.Properties", "# comment", "key=value # not a comment"))
                .containsExactly("", "key=value # not a comment");
        assertThat(contents("runtime.json", "# not a comment", trailing)).containsExactly("# not a comment", trailing);
        assertThat(contents("yml.txt", trailing)).containsExactly(trailing);
    }

    @Test
    void aPropertiesLineOfOneBackslashContinuesIntoTheNextLine() {
        assertThat(contents("a.properties", "key=a \\", "\\", "# continued, so content", "# a comment again"))
                .containsExactly("key=a \\", "\\", "# continued, so content", "");
    }

    @Test
    void emptyAndBlankLinesAreKept() {
        assertThat(contents("a.yml", "", "   ", "\t")).containsExactly("", "   ", "\t");
        assertThat(contents("a.properties", "", "  ")).containsExactly("", "  ");
    }

    @Test
    void yamlTrailingCommentsStartAtAHashAfterWhitespace() {
        assertThat(contents("a.yml",
                "key: value # comment",
                "key: value\t# tab before",
                "url: http://host/#anchor",
                "key: value# no blank before",
                "key: value#",
                "key: a# b"))
                .containsExactly("key: value ", "key: value\t", "url: http://host/#anchor", "key: value# no blank before",
                        "key: value#", "key: a# b");
    }

    @Test
    void yamlHashesInsideQuotedScalarsAreContent() {
        assertThat(contents("a.yml",
                "key: \"a # b\" # comment",
                "key: 'a # b' # comment",
                "key: \"say \\\" # still quoted\" # comment",
                "key: 'it''s # still quoted' # comment",
                "key: 'abc'",
                "  \"quoted # key\": v # comment",
                "- 'item # one' # comment",
                "list: ['a # b', \"c # d\"] # comment",
                "map: {k: 'a # b'} # comment",
                "? 'complex # key' # comment"))
                .containsExactly("key: \"a # b\" ", "key: 'a # b' ", "key: \"say \\\" # still quoted\" ",
                        "key: 'it''s # still quoted' ", "key: 'abc'", "  \"quoted # key\": v ", "- 'item # one' ",
                        "list: ['a # b', \"c # d\"] ", "map: {k: 'a # b'} ", "? 'complex # key' ");
    }

    @Test
    void aQuoteInsideAWordDoesNotOpenAScalar() {
        assertThat(contents("a.yml", "note: it's fine # comment", "note: say \"hi\" # comment", "x 'y # z'"))
                .containsExactly("note: it's fine ", "note: say \"hi\" ", "x 'y ");
    }

    @Test
    void blockScalarLinesAreContentUntilTheIndentationReturns() {
        assertThat(contents("a.yml",
                "script: |",
                "  # line of the script",
                "",
                "  echo done # still the script",
                "other: x # comment",
                "# comment",
                "folded: >-",
                "  # folded text",
                "kept: |+2",
                "    # kept text",
                "parent:",
                "  nested: |",
                "    # nested text",
                "  # a comment at the opening indentation"))
                .containsExactly("script: |", "  # line of the script", "", "  echo done # still the script", "other: x ",
                        "", "folded: >-", "  # folded text", "kept: |+2", "    # kept text", "parent:", "  nested: |", "    # nested text",
                        "");
    }

    @Test
    void aBarOrAngleInsideAValueDoesNotOpenABlockScalar() {
        assertThat(contents("a.yml", "key: a|", "  # a comment", "key: a > b", "  # a comment"))
                .containsExactly("key: a|", "", "key: a > b", "");
    }
}
