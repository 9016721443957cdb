package io.github.cutoverguard.engine;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The engine's shared vocabulary: modes, check results and the rule catalog. */
class EngineModelTest {

    @Test
    void modesParseInAnyCaseAndAroundBlanks() {
        assertThat(Mode.parse("rehearsal")).isEqualTo(Mode.REHEARSAL);
        assertThat(Mode.parse(" Cutover ")).isEqualTo(Mode.CUTOVER);
        assertThat(Mode.CUTOVER.id()).isEqualTo("cutover");
        assertThatThrownBy(() -> Mode.parse("live")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("mode must be 'rehearsal' or 'cutover', was 'live'");
        assertThatThrownBy(() -> Mode.parse(null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("mode must be 'rehearsal' or 'cutover', was 'null'");
    }

    @Test
    void aCheckFailsOnlyOnAnErrorLevelBreach() {
        Breach error = Breach.error(Rule.PIN_FORMAT, "bad tag").build();
        Breach warning = error.withSeverity(Severity.WARNING);
        assertThat(CheckResult.ran("pin.format", "d", List.of()).status()).isEqualTo(CheckStatus.PASS);
        assertThat(CheckResult.ran("pin.format", "d", List.of(warning)).status()).isEqualTo(CheckStatus.PASS);
        assertThat(CheckResult.ran("pin.format", "d", List.of(warning, error)).status()).isEqualTo(CheckStatus.FAIL);
        assertThat(CheckResult.skipped("git.tag-sha", "why")).isEqualTo(
                new CheckResult("git.tag-sha", CheckStatus.SKIPPED, "why", List.of()));
    }

    /**
     * Waivers are judged by the goals that raise their rule ({@link Rule#raisedBy()}): each rule names real goals, and
     * every rule a check of a goal's package refers to names that goal (or every goal).
     */
    @Test
    void eachRuleNamesTheGoalsThatRaiseIt() throws Exception {
        java.util.Set<String> goals = new java.util.HashSet<>(io.github.cutoverguard.engine.verdict.Verdict.GOALS);
        goals.add(io.github.cutoverguard.engine.verdict.Verdict.GOAL);
        assertThat(Rule.values()).allSatisfy(r -> assertThat(r.raisedBy()).as(r.id()).isNotEmpty()
                .allMatch(g -> r.raisedBy() == Rule.ANY_GOAL || goals.contains(g)));
        java.util.Map<String, String> goalOfPackage = java.util.Map.of("pin", "check-pin", "matrix", "check-pin",
                "git", "check-pin", "handoff", "validate-handoff", "parity", "verify-parity", "alignment", "check-alignment",
                "docs", "check-docs", "guard", "guard");
        java.util.regex.Pattern reference = java.util.regex.Pattern.compile("Rule\\.([A-Z_]+)\\b");
        int checked = 0;
        for (var entry : goalOfPackage.entrySet()) {
            try (var sources = java.nio.file.Files.list(java.nio.file.Path.of("src/main/java/io/github/cutoverguard/engine",
                    entry.getKey()))) {
                for (var source : sources.toList()) {
                    var m = reference.matcher(java.nio.file.Files.readString(source));
                    while (m.find()) {
                        Rule rule = Rule.valueOf(m.group(1));
                        assertThat(rule.raisedBy() == Rule.ANY_GOAL || rule.raisedBy().contains(entry.getValue()))
                                .as(source + " refers to " + rule.id() + ", raised by " + rule.raisedBy()).isTrue();
                        checked++;
                    }
                }
            }
        }
        assertThat(checked).isGreaterThan(30);
    }

    @Test
    void everyRuleIsListedOnceInDocumentationOrderWithAMeaningAndAHint() {
        List<String> ids = Arrays.stream(Rule.values()).map(Rule::id).toList();
        assertThat(ids).startsWith("FILE-MISSING", "JSON-PARSE", "JSON-SCHEMA").endsWith("CUTOVER-APPROVAL", "VERDICT-INCOMPLETE", "WAIVER-EXPIRED", "WAIVER-UNUSED")
                .doesNotHaveDuplicates().allMatch(id -> id.matches("[A-Z]+(-[A-Z0-9]+)+"));
        assertThat(Rule.values()).allSatisfy(r -> {
            assertThat(r.meaning()).isNotBlank();
            assertThat(r.hint()).isNotBlank();
            assertThat(Rule.of(r.id())).isSameAs(r);
            assertThat(r.name()).isEqualTo(r.id().replace('-', '_'));
        });
        assertThat(Rule.FILE_MISSING.hint()).isEqualTo("create the file or correct the path in the plugin configuration");
        assertThat(Breach.error(Rule.FILE_MISSING, "x").build().hint()).isEqualTo(Rule.FILE_MISSING.hint());
        assertThatThrownBy(() -> Rule.of("NOPE")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown rule ID NOPE");
    }

    @Test
    void aBreachOfAMistypedRuleIdCannotBeBuilt() {
        assertThatThrownBy(() -> Breach.error(Rule.of("PIN-RELEASE-TAGG"), "x")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown rule ID PIN-RELEASE-TAGG");
        assertThat(Breach.error(Rule.of("PIN-RELEASE-TAG"), "x").build().rule()).isSameAs(Rule.PIN_RELEASE_TAG);
    }
}
