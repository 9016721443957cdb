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
        Breach error = Breach.error("PIN-FORMAT", "bad tag").build();
        Breach warning = error.withSeverity(Severity.WARNING);
        assertThat(CheckResult.ran("pin.format", "d", List.of()).status()).isEqualTo(CheckStatus.PASS);
        assertThat(CheckResult.ran("pin.format", "d", List.of(warning)).status()).isEqualTo(CheckStatus.PASS);
        assertThat(CheckResult.ran("pin.format", "d", List.of(warning, error)).status()).isEqualTo(CheckStatus.FAIL);
        assertThat(CheckResult.skipped("git.tag-sha", "why")).isEqualTo(
                new CheckResult("git.tag-sha", CheckStatus.SKIPPED, "why", List.of()));
    }

    @Test
    void everyRuleIsListedOnceInDocumentationOrderWithAMeaningAndAHint() {
        List<String> ids = Arrays.stream(Rule.values()).map(Rule::id).toList();
        assertThat(ids).startsWith("FILE-MISSING", "JSON-PARSE", "JSON-SCHEMA").endsWith("CUTOVER-APPROVAL", "VERDICT-INCOMPLETE")
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
        assertThatThrownBy(() -> Breach.error("PIN-RELEASE-TAGG", "x")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown rule ID PIN-RELEASE-TAGG");
        assertThat(Breach.error("PIN-RELEASE-TAG", "x").build().rule()).isSameAs(Rule.PIN_RELEASE_TAG);
    }
}
