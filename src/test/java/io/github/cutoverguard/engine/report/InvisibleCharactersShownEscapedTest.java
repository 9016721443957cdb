package io.github.cutoverguard.engine.report;

import io.github.cutoverguard.engine.Baseline;
import io.github.cutoverguard.engine.Breach;
import io.github.cutoverguard.engine.GoalResult;
import io.github.cutoverguard.engine.Mode;
import io.github.cutoverguard.engine.RunContext;
import io.github.cutoverguard.engine.input.ProjectFiles;
import io.github.cutoverguard.engine.json.JsonDocument;
import io.github.cutoverguard.engine.schema.MatchesSchema;
import io.github.cutoverguard.engine.schema.SchemaCatalog;
import io.github.cutoverguard.engine.testing.Docs;
import io.github.cutoverguard.engine.pin.CheckPinRequest;
import io.github.cutoverguard.engine.testing.Fixtures;
import io.github.cutoverguard.engine.verdict.VerdictResult;
import io.github.cutoverguard.engine.verdict.VerdictTestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #25, "Paths as the user wrote them": a value with an invisible or control character is shown escaped, so that
 * the message shows what is wrong. A storefront's pin whose release tag ends in a zero-width space, and a waivers file
 * whose key {@code owner} ends in a line break, are reported with <code>&#92;u200b</code> and {@code \n} in the build log, the
 * SARIF message and {@code verdict.md}.
 */
class InvisibleCharactersShownEscapedTest {

    @TempDir
    Path storefront;

    private GoalResult checkPin() {
        Fixtures.write(storefront, "config/integration-pin.json", "{\n"
                + "  \"inventory_repo\": \"https://git.example.org/inventory.git\",\n"
                + "  \"release_tag\": \"v5.2.0\u200b\",\n"
                + "  \"commit_sha\": \"" + "a".repeat(40) + "\",\n"
                + "  \"expected_service_contract_version\": \"stock.v5\",\n"
                + "  \"expected_api_contract_version\": \"stock-api.v2\",\n"
                + "  \"expected_integration_baseline\": \"inventory/v1\",\n"
                + "  \"expected_producer_manifest_sha256\": \"" + "b".repeat(64) + "\",\n"
                + "  \"default_base_url\": \"http://127.0.0.1:9090\",\n"
                + "  \"default_timeout_ms\": 1500\n"
                + "}\n");
        Baseline baseline = new Baseline("v5.2.0", "a".repeat(40), "stock.v5", "stock-api.v2", "inventory/v1");
        return new CheckPinRequest(new RunContext(new ProjectFiles(storefront), Mode.REHEARSAL, baseline, "stock.v6",
                null, null, null), Path.of("config/integration-pin.json"), null, null, List.of(), null, null, null).run();
    }

    private static Breach keyWithALineBreak() {
        JsonDocument waivers = Docs.json("config/cutover-waivers.json", "{\n"
                + "  \"schema_version\": \"cutover-waivers.v1\",\n"
                + "  \"owner\\n\": \"storefront-team\",\n"
                + "  \"waivers\": []\n"
                + "}\n");
        return MatchesSchema.bundled("cutover-waivers.v1").check(waivers).get(0);
    }

    private static Breach breach(GoalResult result, String ruleId) {
        return result.breaches().stream().filter(b -> b.ruleId().equals(ruleId)).findFirst().orElseThrow();
    }

    @Test
    void aZeroWidthSpaceInAValueIsShownAsItsEscape() {
        Breach tag = breach(checkPin(), "PIN-RELEASE-TAG");

        assertThat(tag.location().line()).isEqualTo(3);
        assertThat(tag.message()).isEqualTo("release_tag is \"v5.2.0\\u200b\", baseline is \"v5.2.0\"");
        assertThat(tag.actual()).isEqualTo("v5.2.0\\u200b");
        assertThat(ConsoleFormat.line(tag)).isEqualTo("config/integration-pin.json:3:18 PIN-RELEASE-TAG release_tag is "
                + "\"v5.2.0\\u200b\", baseline is \"v5.2.0\" (" + tag.hint() + ")");
    }

    @Test
    void aLineBreakInAKeyIsShownAsItsEscape() {
        Breach key = keyWithALineBreak();

        assertThat(key.ruleId()).isEqualTo("JSON-SCHEMA");
        assertThat(key.location().line()).isEqualTo(3);
        assertThat(key.message()).contains("\"owner\\n\"").doesNotContain("\n");
        assertThat(ConsoleFormat.line(key)).contains("\"owner\\n\"");
    }

    @Test
    void theReportsShowTheEscapesToo() {
        VerdictResult verdict = VerdictTestData.verdict(Mode.REHEARSAL, List.of(checkPin(),
                VerdictTestData.goal("verdict", "waivers.read", keyWithALineBreak())));

        String sarif = SarifReport.toJson(verdict, "1.0.0", ReportLocations.within(storefront)).toString();
        // JSON escapes a backslash: the message text holds the six characters \u200b
        assertThat(sarif).contains("\\\"v5.2.0\\\\u200b\\\"").contains("\\\"owner\\\\n\\\"")
                .doesNotContain("\u200b");
        // Markdown escapes a backslash: verdict.md renders \u200b
        String markdown = VerdictMarkdown.render(verdict);
        assertThat(markdown).contains("v5.2.0\\\\u200b").contains("owner\\\\n").doesNotContain("\u200b");
    }
}
