package io.github.cutoverguard.maven;

import io.github.cutoverguard.engine.Breach;
import io.github.cutoverguard.engine.BreachLimit;
import io.github.cutoverguard.engine.CheckResult;
import io.github.cutoverguard.engine.GoalResult;
import io.github.cutoverguard.engine.Location;
import io.github.cutoverguard.engine.Mode;
import io.github.cutoverguard.engine.Rule;
import io.github.cutoverguard.engine.input.ProjectFiles;
import io.github.cutoverguard.engine.testing.Docs;
import io.github.cutoverguard.engine.verdict.VerdictTestData;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * DESIGN §7 "Bounded", where results become the build's outcome: whatever a goal's checks hand over, the log, the GitHub
 * annotations, the job summary and every report list at most {@code maxBreachesPerRule} breaches of one rule in one
 * file, then "… and N more"; the build still fails and counts every breach.
 */
class BoundedOutcomeTest {

    private static final String ROUTES = "src/main/resources/storefront-routes.properties";

    @TempDir
    Path project;
    private final RecordingLog log = new RecordingLog();

    /** A guard result with {@code hits} runtime-switch breaches in one file, none cut by the check. */
    private static GoalResult guard(int hits) {
        List<Breach> breaches = IntStream.rangeClosed(1, hits).mapToObj(line -> Breach.error(Rule.GUARD_RUNTIME_SWITCH,
                "runtime configuration names the target contract stock.v6").file(ROUTES).at(new Location(line, 29))
                .build()).toList();
        return new GoalResult("guard", Instant.parse("2026-05-04T08:00:00Z"), Mode.REHEARSAL, Docs.REHEARSAL_BASELINE,
                "stock.v6", List.of(), List.of(CheckResult.ran("guard.runtime-switch", "1 runtime configuration file",
                breaches)));
    }

    private BuildOutcome outcome(BreachLimit limit, Map<String, String> environment) {
        return new BuildOutcome(log, new ProjectFiles(project), project.resolve("target/cutover-guardrails"), true, limit,
                environment, project, "storefront", new HashSet<>());
    }

    private List<String> logged(String rule) {
        return log.lines.stream().filter(l -> l.contains(rule)).toList();
    }

    @Test
    void theLogTheAnnotationsTheJobSummaryAndTheReportsListTheFirstHundredThenHowManyMore() throws Exception {
        Path summary = project.resolve("step-summary.md");
        BuildOutcome outcome = outcome(BreachLimit.DEFAULT, Map.of("GITHUB_ACTIONS", "true",
                "GITHUB_STEP_SUMMARY", summary.toString()));

        assertThatThrownBy(() -> outcome.conclude(VerdictTestData.verdict(Mode.REHEARSAL, List.of(guard(250)))))
                .isInstanceOf(MojoFailureException.class)
                .hasMessage("verdict: Rehearsal continuation NO-GO: 250 error-level breaches: GUARD-RUNTIME-SWITCH");

        List<String> errors = log.lines.stream().filter(l -> l.startsWith("[ERROR] " + ROUTES)).toList();
        assertThat(errors).hasSize(101);
        assertThat(errors.get(100)).startsWith("[ERROR] " + ROUTES + " GUARD-RUNTIME-SWITCH … and 150 more (only the first 100");
        String annotations = log.lines.stream().filter(l -> l.startsWith("[INFO] GitHub Actions annotations:")).findFirst()
                .orElseThrow();
        assertThat(annotations.lines().filter(l -> l.startsWith("::error "))).hasSize(101);
        assertThat(annotations.lines().toList().get(101)).startsWith("::error file=" + ROUTES
                + ",title=GUARD-RUNTIME-SWITCH::… and 150 more (only the first 100");
        assertThat(Files.readString(summary).lines().filter(l -> l.startsWith("- error `GUARD-RUNTIME-SWITCH`"))).hasSize(101);
        assertThat(Files.readString(summary)).contains("`" + ROUTES + "` … and 150 more");
        var verdict = Docs.json("verdict.json", Files.readString(project.resolve("target/cutover-guardrails/verdict.json")));
        assertThat(verdict.root().at("/goals/0/breaches")).hasSize(101);
        assertThat(verdict.root().at("/goals/0/breach_count").intValue()).isEqualTo(250);
        assertThat(Files.readString(project.resolve("target/cutover-guardrails/cutover-guardrails.sarif")))
                .contains("\"text\" : \"… and 150 more (only the first 100");
        assertThat(Files.readString(project.resolve("target/cutover-guardrails/TEST-cutover-guardrails.xml")))
                .contains(ROUTES + " GUARD-RUNTIME-SWITCH … and 150 more");
    }

    @Test
    void maxBreachesPerRuleSetsHowManyAGoalLogsAndItsEvidenceLists() throws Exception {
        assertThatThrownBy(() -> outcome(new BreachLimit(5), Map.of()).conclude(guard(250)))
                .isInstanceOf(MojoFailureException.class)
                .hasMessageStartingWith("guard: FAIL (0 passed, 1 failed, 0 skipped; 250 breaches)");

        assertThat(logged("GUARD-RUNTIME-SWITCH")).hasSize(6).last()
                .isEqualTo("[ERROR] " + ROUTES + " GUARD-RUNTIME-SWITCH … and 245 more (only the first 5 breaches of "
                        + "GUARD-RUNTIME-SWITCH in this file are listed (maxBreachesPerRule): fix them and run again, or "
                        + "raise maxBreachesPerRule to list more)");
        var evidence = Docs.json("guard.json", Files.readString(project.resolve("target/cutover-guardrails/guard.json")));
        assertThat(evidence.root().get("breaches")).hasSize(6);
        assertThat(evidence.root().at("/breaches/5/omitted").intValue()).isEqualTo(245);
    }

    @Test
    void aWarnOnlyRunListsItsWarningsTheSameWay() throws Exception {
        outcome(BreachLimit.DEFAULT, Map.of()).conclude(guard(250).asWarnings());

        assertThat(logged("GUARD-RUNTIME-SWITCH")).hasSize(101).allMatch(l -> l.startsWith("[WARNING] "));
        assertThat(log.lines).contains("[INFO] guard: WARN (0 passed, 1 failed, 0 skipped; 250 breaches)");
    }
}
