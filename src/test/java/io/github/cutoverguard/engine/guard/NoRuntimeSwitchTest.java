package io.github.cutoverguard.engine.guard;

import io.github.cutoverguard.engine.Breach;
import io.github.cutoverguard.engine.Location;
import io.github.cutoverguard.engine.input.InputReader;
import io.github.cutoverguard.engine.input.ProjectFiles;
import io.github.cutoverguard.engine.input.GlobSelection;
import io.github.cutoverguard.engine.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NoRuntimeSwitchTest {

    private static final String YAML = "src/main/resources/application.yml";
    private static final String PROPERTIES = "src/main/resources/application.properties";

    @TempDir
    Path project;

    private Findings check(List<String> forbidden, List<String> includes, List<String> excludes, long maxBytes) {
        return new NoRuntimeSwitch("service.v3", GuardRequest.compilePatterns(forbidden), "service.v2")
                .check(new ProjectFiles(project), new GlobSelection(includes.isEmpty() ? NoRuntimeSwitch.DEFAULT_INCLUDES
                        : includes, excludes), maxBytes);
    }

    private List<Breach> check() {
        return check(List.of(), List.of(), List.of(), 1 << 20).breaches();
    }

    private static List<String> where(List<Breach> breaches) {
        return breaches.stream().map(b -> b.file() + ":" + b.location().line() + ":" + b.location().column()).toList();
    }

    @Test
    void yamlRuntimeConfigThatSwitchesToTheTargetContractIsReportedAtTheRightLine() {
        Fixtures.write(project, YAML, "memorykernel:\n  contract: service.v3\n");
        List<Breach> breaches = check();
        assertThat(breaches).singleElement().satisfies(b -> {
            assertThat(b.ruleId()).isEqualTo("GUARD-RUNTIME-SWITCH");
            assertThat(b.file()).isEqualTo(YAML);
            assertThat(b.location()).isEqualTo(new Location(2, 13));
            assertThat(b.message()).isEqualTo("runtime configuration names the target contract service.v3: "
                    + "\"contract: service.v3\"");
            assertThat(b.hint()).startsWith("keep the runtime on service.v2 until the cutover is approved");
        });
    }

    @Test
    void baselineConfigurationPassesAndIsRecordedAsInput() {
        String text = "memorykernel.contract=service.v2\nmemorykernel.base-url=http://127.0.0.1:4010\n";
        Fixtures.write(project, PROPERTIES, text);
        Findings findings = check(List.of(), List.of(), List.of(), 1 << 20);
        assertThat(findings.breaches()).isEmpty();
        assertThat(findings.inputs()).singleElement().satisfies(i -> {
            assertThat(i.path()).isEqualTo(PROPERTIES);
            assertThat(i.sha256()).isEqualTo(InputReader.sha256Hex(text.getBytes(StandardCharsets.UTF_8)));
        });
        assertThat(findings.detail()).startsWith("1 runtime configuration file (includes [src/main/resources/**/*.properties");
    }

    @Test
    void onlyTheWholeTokenCounts() {
        Fixtures.write(project, PROPERTIES, String.join("\n",
                "a=service.v31", "b=xservice.v3", "c=service.v3.1", "d=service_v3", "e=service.v3-beta",
                "f=contract service.v3.", "g=[service.v3]", "") );
        assertThat(where(check())).containsExactly(PROPERTIES + ":5:3", PROPERTIES + ":6:12", PROPERTIES + ":7:4");
    }

    @Test
    void propertiesCommentsAreIgnoredButContinuationLinesAreNot() {
        Fixtures.write(project, PROPERTIES, String.join("\n",
                "# switch to service.v3 after approval", "   ! service.v3 later", "a=one \\", "# service.v3 continued",
                "b=two \\\\", "# service.v3 comment again", ""));
        assertThat(where(check())).containsExactly(PROPERTIES + ":4:3");
    }

    @Test
    void yamlFullLineAndTrailingCommentsAreIgnoredButQuotedHashesAndBlockScalarsAreContent() {
        Fixtures.write(project, YAML, String.join("\n",
                "# rehearsal of service.v3 only",             // 1 comment
                "memorykernel:",                              // 2
                "  contract: service.v2 # not service.v3",    // 3 trailing comment
                "  note: \"see #service.v3\"",                // 4 quoted: content
                "  it's: fine#service.v3",                    // 5 '#' without blank: content
                "  description: |",                           // 6 block scalar
                "    # service.v3 is the target",             // 7 content
                "  after: 'x' # service.v3",                  // 8 block ended; trailing comment
                "    # service.v3 indented comment",          // 9 comment again
                ""));
        assertThat(where(check())).containsExactly(YAML + ":4:15", YAML + ":5:14", YAML + ":7:7");
    }

    @Test
    void jsonHasNoCommentsAndEveryHitIsItsOwnBreach() {
        Fixtures.write(project, "src/main/resources/config/runtime.json",
                "{\n  \"contract\": \"service.v3\", \"fallback\": \"service.v3\"\n}\n");
        assertThat(where(check())).containsExactly("src/main/resources/config/runtime.json:2:16",
                "src/main/resources/config/runtime.json:2:42");
    }

    @Test
    void forbiddenPatternsAreReportedAtEachMatch() {
        Fixtures.write(project, YAML, "policy: service_v3_envelope, service_v3_errors\n# service_v3_comment\n");
        List<Breach> breaches = check(List.of("service_v3_\\w+"), List.of(), List.of(), 1 << 20).breaches();
        assertThat(where(breaches)).containsExactly(YAML + ":1:9", YAML + ":1:30");
        assertThat(breaches.get(0).message()).isEqualTo("runtime configuration matches the forbidden runtime pattern "
                + "/service_v3_\\w+/: \"policy: service_v3_envelope, service_v3_errors\"");
    }

    @Test
    void onlyIncludedFilesAreScannedAndExcludesWin() {
        Fixtures.write(project, "src/test/resources/application.yml", "contract: service.v3\n");
        Fixtures.write(project, "target/classes/application.yml", "contract: service.v3\n");
        Fixtures.write(project, "src/main/resources/application-rehearsal.yml", "contract: service.v3\n");
        Fixtures.write(project, "src/main/resources/notes.txt", "service.v3\n");
        assertThat(where(check(List.of(), List.of(), List.of("**/application-rehearsal.yml"), 1 << 20).breaches())).isEmpty();
        assertThat(where(check(List.of(), List.of("config/**/*.env"), List.of(), 1 << 20).breaches())).isEmpty();
        Fixtures.write(project, "config/prod/runtime.env", "CONTRACT=service.v3\n");
        assertThat(where(check(List.of(), List.of("config/**/*.env"), List.of(), 1 << 20).breaches()))
                .containsExactly("config/prod/runtime.env:1:10");
    }

    @Test
    void linkedConfigFileIsReadThrough() throws Exception {
        Path shared = Fixtures.write(project, "shared/runtime.yml", "memorykernel:\n  contract: service.v3\n");
        java.nio.file.Files.createDirectories(project.resolve("src/main/resources"));
        try {
            java.nio.file.Files.createSymbolicLink(project.resolve(YAML), shared);
        } catch (UnsupportedOperationException | java.io.IOException e) {
            org.junit.jupiter.api.Assumptions.abort("no symbolic links here: " + e);
        }
        assertThat(where(check())).containsExactly(YAML + ":2:13");
    }

    @Test
    void fileAboveTheSizeLimitIsRefusedNotSkippedSilently() {
        Fixtures.write(project, YAML, "contract: service.v2\n".repeat(10));
        assertThat(check(List.of(), List.of(), List.of(), 50).breaches()).singleElement().satisfies(b -> {
            assertThat(b.ruleId()).isEqualTo("JSON-PARSE");
            assertThat(b.file()).isEqualTo(YAML);
            assertThat(b.message()).contains("above the 50-byte input limit");
        });
    }

    @Test
    void latin1PropertiesAreStillScanned() {
        Fixtures.write(project, PROPERTIES, "name=Caf\u00e9 \u00e0 la carte\ncontract=service.v3\n"
                .getBytes(StandardCharsets.ISO_8859_1));
        assertThat(where(check())).containsExactly(PROPERTIES + ":2:10");
    }

    @Test
    void invalidForbiddenPatternIsAConfigurationError() {
        assertThatThrownBy(() -> GuardRequest.compilePatterns(List.of("ok", "service_v3_(")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("forbiddenRuntimePatterns entry 'service_v3_(' is not a valid regular expression");
    }
}
