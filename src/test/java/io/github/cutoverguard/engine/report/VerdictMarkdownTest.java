package io.github.cutoverguard.engine.report;

import io.github.cutoverguard.engine.Breach;
import io.github.cutoverguard.engine.Rule;
import io.github.cutoverguard.engine.CheckResult;
import io.github.cutoverguard.engine.GoalResult;
import io.github.cutoverguard.engine.Location;
import io.github.cutoverguard.engine.Mode;
import io.github.cutoverguard.engine.git.WorkTreeSource;
import io.github.cutoverguard.engine.testing.Docs;
import io.github.cutoverguard.engine.verdict.Decision;
import io.github.cutoverguard.engine.verdict.FollowUp;
import io.github.cutoverguard.engine.verdict.VerdictResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code verdict.md}: the whole page for a clean and for a failing session. */
class VerdictMarkdownTest {

    private static final Instant AT = Instant.parse("2026-02-08T12:00:00.900Z");

    @TempDir
    Path dir;

    private static VerdictResult verdict(String target, List<GoalResult> goals, List<String> risks, List<FollowUp> followUps) {
        return new VerdictResult(AT, Mode.REHEARSAL, Docs.REHEARSAL_BASELINE, target, goals,
                Decision.go("all | clear"), Decision.noGo("rehearsal\nmode"), risks, followUps);
    }

    /** Issue #24: what weakened the verdict, and a rehearsed day, are on the page for the reviewer (DESIGN §9). */
    @Test
    void aWeakenedVerdictSaysHowAndARehearsedDayIsNamed() {
        VerdictResult weakened = new VerdictResult(AT, Mode.REHEARSAL, Docs.REHEARSAL_BASELINE, null, List.of(),
                Decision.go("fine"), Decision.noGo("rehearsal mode"), List.of(), List.of(),
                new io.github.cutoverguard.engine.BuildDay(java.time.LocalDate.of(2027, 1, 10),
                        java.time.LocalDate.of(2026, 2, 8)), List.of("check-pin excluded by <verdictChecks>"))
                .weakenedBy("warn-only: failOnBreach is false, so breaches do not fail the build");
        String md = VerdictMarkdown.render(weakened);
        assertThat(md).contains("Mode: rehearsal  \nRole: consumer (no producer input configured)  \nDay judged: 2027-01-10 (rehearsed with `-Dcutover.today`; today is "
                + "2026-02-08)\n\n");
        assertThat(md).contains("## Configuration weakened\n\n"
                + "- configuration weakened: check-pin excluded by \\<verdictChecks\\>\n"
                + "- configuration weakened: warn-only: failOnBreach is false, so breaches do not fail the build\n\n"
                + "## Baseline");
        assertThat(VerdictMarkdown.render(verdict(null, List.of(), List.of(), List.of())))
                .doesNotContain("Configuration weakened").doesNotContain("Day judged");
    }

    @Test
    void aCleanSessionWithoutTargetRisksOrFollowUps() {
        GoalResult pin = new GoalResult("check-pin", AT, Mode.REHEARSAL, Docs.REHEARSAL_BASELINE, null, List.of(),
                List.of(CheckResult.ran("pin.baseline", "pin | fields", List.of())));

        assertThat(VerdictMarkdown.render(verdict(null, List.of(pin), List.of(), List.of()))).isEqualTo("""
                # Cutover rehearsal verdict

                Generated: 2026-02-08T12:00:00Z \s
                Mode: rehearsal \s
                Role: consumer (no producer input configured)

                ## Verdicts

                - Rehearsal continuation: **GO**: all \\| clear
                - Runtime cutover: **NO-GO**: rehearsal mode

                ## Baseline

                - Release tag: `v0.3.2`
                - Commit SHA: `cf331449e1589581a5dcbb3adecd3e9ae4509277`
                - Service contract: `service.v2`
                - API contract: `api.v1`
                - Integration baseline: `integration/v1`

                ## Checks

                | Goal | Check | Status | Detail |
                |---|---|---|---|
                | check-pin | `pin.baseline` | pass | pin \\| fields |

                ## Skipped checks

                - None: every check ran.

                ## Risks found

                - None recorded.

                ## Follow-ups

                - None recorded.
                """);
    }

    @Test
    void breachesAreRisksEvenWhenTheTeamRecordedNone() {
        Breach breach = Breach.error(Rule.PIN_RELEASE_TAG, "release_tag is \"v0.3.3\"").file("config/pin.json")
                .at(new Location(3, 18)).hint("pin v0.3.2").build();
        GoalResult pin = new GoalResult("check-pin", AT, Mode.REHEARSAL, Docs.REHEARSAL_BASELINE, "service.v3", List.of(),
                List.of(CheckResult.ran("pin.baseline", "pin fields", List.of(breach)), CheckResult.skipped("git.tag-sha", "none")));

        String md = VerdictMarkdown.render(verdict("service.v3", List.of(pin), List.of(),
                List.of(new FollowUp("consumer-team", "add a test", "2026-02-15"))));

        assertThat(md).contains("- Service contract: `service.v2` (target `service.v3`)\n- API contract: `api.v1`\n")
                .contains("| check-pin | `pin.baseline` | fail | pin fields |\n| check-pin | `git.tag-sha` | skipped | none |\n")
                .contains("## Risks found\n\n- error `PIN-RELEASE-TAG` `config/pin.json:3:18` "
                        + "release_tag is \"v0.3.3\" (pin v0.3.2)\n\n## Follow-ups")
                .endsWith("## Follow-ups\n\n| Owner | Action | Due |\n|---|---|---|\n| consumer-team | add a test | 2026-02-15 |\n")
                .doesNotContain("None recorded");
    }

    @Test
    void recordedRisksComeBeforeTheBreaches() {
        String md = VerdictMarkdown.render(verdict(null, List.of(), List.of("producer | may slip"), List.of()));
        assertThat(md).contains("## Risks found\n\n- producer \\| may slip\n\n## Follow-ups\n\n- None recorded.\n");
    }

    /**
     * Issue #24: a module's verdict.md named neither its module nor the commit it judged, so a reactor's job summary had
     * identical headings.
     */
    @Test
    void theHeadingNamesTheProjectAndTheCommitItJudged() {
        VerdictResult verdict = verdict(null, List.of(), List.of(), List.of());
        String commit = "4f1c9e07d2b8a6c35e1f0a9d8c7b6a5f4e3d2c1b";
        assertThat(VerdictMarkdown.render(verdict, new VerdictSubject("invoices", new WorkTreeSource(commit, "main", true))))
                .startsWith("""
                        # Cutover rehearsal verdict: invoices at 4f1c9e0

                        Project: invoices \s
                        Source: `4f1c9e07d2b8a6c35e1f0a9d8c7b6a5f4e3d2c1b` on branch `main`, with uncommitted changes \s
                        Generated: 2026-02-08T12:00:00Z \s
                        Mode: rehearsal \s
                        Role: consumer (no producer input configured)
                        """);
        assertThat(VerdictMarkdown.render(verdict, new VerdictSubject("billing_platform (build)",
                new WorkTreeSource(commit, null, false))))
                .startsWith("# Cutover rehearsal verdict: billing_platform (build) at 4f1c9e0\n\n"
                        + "Project: billing_platform (build)  \nSource: `" + commit + "` (detached HEAD)  \n");
        assertThat(VerdictMarkdown.render(verdict, new VerdictSubject("pay*ments", null)))
                .startsWith("# Cutover rehearsal verdict: pay\\*ments\n\nProject: pay\\*ments  \nGenerated: ");
    }

    @Test
    void writeReplacesVerdictMd() throws Exception {
        Files.writeString(dir.resolve("verdict.md"), "stale");
        VerdictResult verdict = verdict(null, List.of(), List.of(), List.of());
        Path written = new VerdictMarkdown().write(verdict, ReportContext.within(dir), dir);
        assertThat(written).isEqualTo(dir.resolve("verdict.md"));
        assertThat(Files.readString(written)).isEqualTo(VerdictMarkdown.render(verdict));
    }
}
