package io.github.cutoverguard.engine.report;

import io.github.cutoverguard.engine.Breach;
import io.github.cutoverguard.engine.GoalResult;
import io.github.cutoverguard.engine.Mode;
import io.github.cutoverguard.engine.schema.MatchesSchema;
import io.github.cutoverguard.engine.schema.SchemaCatalog;
import io.github.cutoverguard.engine.testing.Docs;
import io.github.cutoverguard.engine.verdict.VerdictResult;
import io.github.cutoverguard.engine.verdict.VerdictTestData;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static io.github.cutoverguard.engine.verdict.VerdictTestData.breach;
import static io.github.cutoverguard.engine.verdict.VerdictTestData.goal;
import static org.assertj.core.api.Assertions.assertThat;

/** Issue #18: a waived breach in every report, accepted and visible, failing nothing. */
class WaivedBreachReportsTest {

    private static final Breach.Waived WAIVER = new Breach.Waived("invoicing-team", LocalDate.parse("2026-12-31"),
            "staging smoke | test", "config/cutover-waivers.json:4:5");

    private static GoalResult guard() {
        return goal("guard", "guard.runtime-switch",
                breach("GUARD-RUNTIME-SWITCH", "src/main/resources/staging.properties", 3, 9).waivedBy(WAIVER));
    }

    @Test
    void theEvidenceMarksTheBreachWaivedAndTheGoalPasses() throws Exception {
        var document = Docs.json("guard.json", EvidenceReport.toJson(guard()).toString());
        assertThat(MatchesSchema.bundled("evidence.v1").check(document)).isEmpty();
        assertThat(document.root().get("status").asString()).isEqualTo("pass");
        assertThat(document.root().at("/checks/0/status").asString()).isEqualTo("pass");
        assertThat(document.root().at("/breaches/0/waived/owner").asString()).isEqualTo("invoicing-team");
        assertThat(document.root().at("/breaches/0/waived/expires").asString()).isEqualTo("2026-12-31");
        assertThat(document.root().at("/breaches/0/waived/waiver").asString()).isEqualTo("config/cutover-waivers.json:4:5");
        assertThat(ConsoleFormat.summary(guard())).isEqualTo("guard: PASS (1 passed, 0 failed, 0 skipped; 1 breach, 1 waived)");
        assertThat(ConsoleFormat.waivedLine(guard().breaches().get(0))).startsWith("Waived: src/main/resources/staging.properties:3:9 "
                + "GUARD-RUNTIME-SWITCH ").endsWith(" — waived by invoicing-team until 2026-12-31 "
                + "(config/cutover-waivers.json:4:5): staging smoke | test");
    }

    @Test
    void theVerdictIsGoAndEveryReportListsTheWaiver() throws Exception {
        VerdictResult verdict = VerdictTestData.verdict(Mode.REHEARSAL, List.of(VerdictTestData.passingPin(), guard()));
        assertThat(verdict.rehearsalContinuation().go()).isTrue();
        assertThat(verdict.rehearsalContinuation().reason()).isEqualTo("2 checks passed, 1 breach waived: GUARD-RUNTIME-SWITCH "
                + "by invoicing-team until 2026-12-31, 1 skipped: git.tag-sha — no producerRepository configured");
        assertThat(verdict.failure()).isNull();

        var json = Docs.json("verdict.json", VerdictReport.toJson(verdict).toString());
        assertThat(MatchesSchema.bundled(SchemaCatalog.VERDICT).check(json)).isEmpty();
        assertThat(json.root().at("/goals/1/breaches/0/waived/reason").asString()).isEqualTo("staging smoke | test");

        String md = VerdictMarkdown.render(verdict);
        assertThat(md).contains("- waived error `GUARD-RUNTIME-SWITCH` `src/main/resources/staging.properties:3:9` ")
                .contains("## Waived breaches\n\n| Rule | Where | Owner | Until | Reason | Waiver |\n|---|---|---|---|---|---|\n"
                        + "| `GUARD-RUNTIME-SWITCH` | `src/main/resources/staging.properties:3:9` | invoicing-team | 2026-12-31 "
                        + "| staging smoke \\| test | `config/cutover-waivers.json:4:5` |\n");

        String junit = new String(JUnitReport.render(verdict), StandardCharsets.UTF_8);
        assertThat(junit).contains("failures=\"0\"").doesNotContain("<failure")
                .contains("<system-out>Waived: src/main/resources/staging.properties:3:9 GUARD-RUNTIME-SWITCH");

        assertThat(ConsoleFormat.githubAnnotation(guard().breaches().get(0), ReportLocations.within(java.nio.file.Path.of("app"))))
                .startsWith("::notice file=src/main/resources/staging.properties,line=3,col=9,title=GUARD-RUNTIME-SWITCH::")
                .contains("waived by invoicing-team until 2026-12-31");
    }
}
