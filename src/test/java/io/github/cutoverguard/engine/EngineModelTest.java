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
     * Waivers are judged by the goals that raise their rule ({@link Rule#raisedBy()}): a rule names a goal exactly when
     * one of that goal's checks raises it, as the goal's {@code RULES} list them from its check classes' constants; the
     * input rules name every goal.
     */
    @Test
    void eachRuleNamesTheGoalsWhoseChecksRaiseIt() {
        java.util.Map<String, java.util.Set<Rule>> goals = java.util.Map.of(
                io.github.cutoverguard.engine.pin.CheckPin.GOAL, io.github.cutoverguard.engine.pin.CheckPin.RULES,
                io.github.cutoverguard.engine.handoff.ValidateHandoff.GOAL,
                io.github.cutoverguard.engine.handoff.ValidateHandoff.RULES,
                io.github.cutoverguard.engine.parity.VerifyParity.GOAL, io.github.cutoverguard.engine.parity.VerifyParity.RULES,
                io.github.cutoverguard.engine.alignment.CheckAlignment.GOAL,
                io.github.cutoverguard.engine.alignment.CheckAlignment.RULES,
                io.github.cutoverguard.engine.docs.CheckDocs.GOAL, io.github.cutoverguard.engine.docs.CheckDocs.RULES,
                io.github.cutoverguard.engine.guard.Guard.GOAL, io.github.cutoverguard.engine.guard.Guard.RULES,
                io.github.cutoverguard.engine.verdict.Verdict.GOAL, io.github.cutoverguard.engine.verdict.Verdict.RULES);
        java.util.Set<String> verdictGoals = new java.util.HashSet<>(io.github.cutoverguard.engine.verdict.Verdict.GOALS);
        verdictGoals.add(io.github.cutoverguard.engine.verdict.Verdict.GOAL);
        assertThat(goals.keySet()).isEqualTo(verdictGoals);
        java.util.Set<Rule> inputRules = java.util.EnumSet.of(Rule.FILE_MISSING, Rule.JSON_PARSE, Rule.JSON_SCHEMA,
                Rule.WAIVER_EXPIRED, Rule.WAIVER_UNUSED);
        assertThat(Rule.values()).allSatisfy(rule -> {
            if (inputRules.contains(rule)) {
                assertThat(rule.raisedBy()).as(rule.id()).isSameAs(Rule.ANY_GOAL);
                assertThat(goals.values()).as(rule.id()).noneMatch(rules -> rules.contains(rule));
            } else {
                java.util.Set<String> raising = new java.util.TreeSet<>();
                goals.forEach((goal, rules) -> {
                    if (rules.contains(rule)) {
                        raising.add(goal);
                    }
                });
                assertThat(new java.util.TreeSet<>(rule.raisedBy())).as(rule.id() + " is raised by").isEqualTo(raising);
            }
        });
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
