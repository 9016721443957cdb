package io.github.cutoverguard.engine.report;

import io.github.cutoverguard.engine.io.AtomicFiles;
import io.github.cutoverguard.engine.Baseline;
import io.github.cutoverguard.engine.Breach;
import io.github.cutoverguard.engine.CheckResult;
import io.github.cutoverguard.engine.CheckStatus;
import io.github.cutoverguard.engine.GoalResult;
import io.github.cutoverguard.engine.verdict.FollowUp;
import io.github.cutoverguard.engine.verdict.VerdictResult;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code verdict.md}: the rehearsal session's output in the shape teams paste into their session
 * notes: both verdicts with reasons, the baseline, the checks, the risks found (configured risks and
 * every breach) and the follow-ups with owners and dates.
 */
public final class VerdictMarkdown {

    private VerdictMarkdown() {
    }

    public static String render(VerdictResult verdict) {
        Baseline b = verdict.baseline();
        StringBuilder md = new StringBuilder();
        md.append("# Cutover rehearsal verdict\n\n");
        md.append("Generated: ").append(DateTimeFormatter.ISO_INSTANT.format(verdict.generatedAt().truncatedTo(ChronoUnit.SECONDS)))
                .append("  \nMode: ").append(verdict.mode().id()).append("\n\n");
        md.append("## Verdicts\n\n");
        md.append("- Rehearsal continuation: **").append(verdict.rehearsalContinuation().label()).append("**: ")
                .append(cell(verdict.rehearsalContinuation().reason())).append('\n');
        md.append("- Runtime cutover: **").append(verdict.runtimeCutover().label()).append("**: ")
                .append(cell(verdict.runtimeCutover().reason())).append("\n\n");
        md.append("## Baseline\n\n");
        md.append("- Release tag: `").append(b.releaseTag()).append("`\n");
        md.append("- Commit SHA: `").append(b.commitSha()).append("`\n");
        md.append("- Service contract: `").append(b.serviceContract()).append('`');
        if (verdict.targetServiceContract() != null) {
            md.append(" (target `").append(verdict.targetServiceContract()).append("`)");
        }
        md.append("\n- API contract: `").append(b.apiContract()).append("`\n");
        md.append("- Integration baseline: `").append(b.integrationBaseline()).append("`\n\n");
        md.append("## Checks\n\n| Goal | Check | Status | Detail |\n|---|---|---|---|\n");
        for (GoalResult goal : verdict.goals()) {
            for (CheckResult check : goal.checks()) {
                md.append("| ").append(goal.goal()).append(" | ").append(cell(check.id())).append(" | ")
                        .append(check.status().id()).append(" | ").append(cell(check.detail())).append(" |\n");
            }
        }
        md.append("\n## Skipped checks\n\n");
        List<String> skipped = new ArrayList<>();
        for (GoalResult goal : verdict.goals()) {
            goal.checks().stream().filter(c -> c.status() == CheckStatus.SKIPPED)
                    .forEach(c -> skipped.add("- " + goal.goal() + " `" + c.id() + "`: " + cell(c.detail()) + "\n"));
        }
        if (skipped.isEmpty()) {
            md.append("- None: every check ran.\n");
        } else {
            md.append(skipped.size()).append(skipped.size() == 1 ? " check did not run:\n\n" : " checks did not run:\n\n");
            skipped.forEach(md::append);
        }
        md.append("\n## Risks found\n\n");
        if (verdict.risks().isEmpty() && verdict.breaches().isEmpty()) {
            md.append("- None recorded.\n");
        }
        verdict.risks().forEach(r -> md.append("- ").append(cell(r)).append('\n'));
        for (Breach breach : verdict.breaches()) {
            md.append("- ").append(breach.severity().name().toLowerCase(java.util.Locale.ROOT)).append(" `")
                    .append(breach.ruleId()).append("` ").append(cell(ConsoleFormat.line(breach))).append('\n');
        }
        md.append("\n## Follow-ups\n\n");
        if (verdict.followUps().isEmpty()) {
            md.append("- None recorded.\n");
        } else {
            md.append("| Owner | Action | Due |\n|---|---|---|\n");
            for (FollowUp f : verdict.followUps()) {
                md.append("| ").append(cell(f.owner())).append(" | ").append(cell(f.action())).append(" | ")
                        .append(cell(f.due())).append(" |\n");
            }
        }
        return md.toString();
    }

    /** Writes {@code verdict.md} atomically. */
    public static Path write(VerdictResult verdict, Path directory) throws IOException {
        Path target = directory.resolve("verdict.md");
        AtomicFiles.write(target, render(verdict).getBytes(StandardCharsets.UTF_8));
        return target;
    }

    private static String cell(String text) {
        return text == null ? "" : text.replace("\r", " ").replace("\n", " ").replace("|", "\\|");
    }
}
