package io.github.cutoverguard.engine;

import org.junit.jupiter.api.Test;

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
    void theCatalogListsEveryRuleOnceInDocumentationOrderWithAHint() {
        List<String> ids = RuleCatalog.all().stream().map(RuleCatalog.Rule::id).toList();
        assertThat(ids).startsWith("FILE-MISSING", "JSON-PARSE", "JSON-SCHEMA").endsWith("CUTOVER-APPROVAL", "VERDICT-INCOMPLETE")
                .doesNotHaveDuplicates().hasSize(40);
        assertThat(RuleCatalog.all()).allSatisfy(r -> {
            assertThat(r.meaning()).isNotBlank();
            assertThat(r.hint()).isNotBlank();
            assertThat(RuleCatalog.get(r.id())).isSameAs(r);
        });
        assertThat(RuleCatalog.hintFor("FILE-MISSING")).isEqualTo("create the file or correct the path in the plugin configuration");
        assertThat(Breach.error("FILE-MISSING", "x").build().hint()).isEqualTo(RuleCatalog.hintFor("FILE-MISSING"));
        assertThatThrownBy(() -> RuleCatalog.get("NOPE")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown rule ID NOPE");
    }
}
