package io.github.cutoverguard.engine.report;

import io.github.cutoverguard.engine.Baseline;
import io.github.cutoverguard.engine.Breach;
import io.github.cutoverguard.engine.CheckResult;
import io.github.cutoverguard.engine.CheckStatus;
import io.github.cutoverguard.engine.GoalResult;
import io.github.cutoverguard.engine.git.WorkTreeSource;
import io.github.cutoverguard.engine.verdict.FollowUp;
import io.github.cutoverguard.engine.verdict.VerdictResult;

import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code verdict.md}: the rehearsal session's output in the shape teams paste into their session
 * notes (and GitHub Actions shows as the job summary): both verdicts with reasons, the baseline, the checks, the
 * risks found (configured risks and every breach, with its diff when it has one) and the follow-ups with owners and
 * dates. It is GitHub-flavoured Markdown that renders as written: text is escaped ({@code <baseline>} stays visible,
 * a pattern's {@code \.} keeps its backslash), values are code spans, table cells escape {@code |}, and a diff is a
 * fenced {@code diff} block.
 */
public final class VerdictMarkdown implements ReportFormat {

    /** The verdict's Markdown file name in the report directory. */
    public static final String FILE_NAME = "verdict.md";


    /** The format; {@link ReportFormats#ALL} holds the one the plugin writes. */
    public VerdictMarkdown() {
    }

    /** {@code verdict.md} of a verdict without a name (see {@link #render(VerdictResult, VerdictSubject)}). */
    public static String render(VerdictResult verdict) {
        return render(verdict, VerdictSubject.UNNAMED);
    }

    /**
     * {@code verdict.md}, its heading naming the project and the commit it judged ({@code # Cutover rehearsal verdict:
     * invoices at 1a2b3c4}), so that the verdicts of a reactor's modules and the build's are told apart in a job summary.
     */
    public static String render(VerdictResult verdict, VerdictSubject subject) {
        Baseline b = verdict.baseline();
        StringBuilder md = new StringBuilder();
        String title = subject.title();
        md.append("# Cutover rehearsal verdict").append(title.isEmpty() ? "" : ": " + text(title)).append("\n\n");
        if (subject.project() != null) {
            md.append("Project: ").append(text(subject.project())).append("  \n");
        }
        if (subject.source() != null) {
            md.append("Source: ").append(source(subject.source())).append("  \n");
        }
        md.append("Generated: ").append(DateTimeFormatter.ISO_INSTANT.format(verdict.generatedAt().truncatedTo(ChronoUnit.SECONDS)))
                .append("  \nMode: ").append(verdict.mode().id())
                .append("  \nRole: ").append(verdict.role().role().id()).append(" (").append(text(verdict.role().why())).append(')');
        if (verdict.day().rehearsed()) {
            md.append("  \nDay judged: ").append(verdict.day().day()).append(" (rehearsed with ").append(code("-Dcutover.today"))
                    .append("; today is ").append(verdict.day().today()).append(')');
        }
        md.append("\n\n");
        md.append("## Verdicts\n\n");
        verdict.decisions().forEach((line, decision) -> md.append("- ").append(line.title()).append(": **")
                .append(decision.label()).append("**: ").append(text(decision.reason())).append('\n'));
        md.append('\n');
        if (!verdict.weakened().isEmpty()) {
            md.append("## Configuration weakened\n\n");
            verdict.weakened().forEach(w -> md.append("- configuration weakened: ").append(text(w)).append('\n'));
            md.append('\n');
        }
        md.append("## Baseline\n\n");
        md.append("- Release tag: ").append(code(b.releaseTag())).append('\n');
        md.append("- Commit SHA: ").append(code(b.commitSha())).append('\n');
        md.append("- Service contract: ").append(code(b.serviceContract()));
        if (verdict.targetServiceContract() != null) {
            md.append(" (target ").append(code(verdict.targetServiceContract())).append(')');
        }
        md.append("\n- API contract: ").append(code(b.apiContract())).append('\n');
        md.append("- Integration baseline: ").append(code(b.integrationBaseline())).append("\n\n");
        md.append("## Checks\n\n| Goal | Check | Status | Detail |\n|---|---|---|---|\n");
        for (GoalResult goal : verdict.goals()) {
            for (CheckResult check : goal.checks()) {
                md.append("| ").append(text(goal.goal())).append(" | ").append(cellCode(check.id())).append(" | ")
                        .append(check.status().id()).append(" | ").append(text(check.detail())).append(" |\n");
            }
        }
        md.append("\n## Skipped checks\n\n");
        List<String> skipped = new ArrayList<>();
        for (GoalResult goal : verdict.goals()) {
            goal.checks().stream().filter(c -> c.status() == CheckStatus.SKIPPED)
                    .forEach(c -> skipped.add("- " + text(goal.goal()) + " " + code(c.id()) + ": " + text(c.detail()) + "\n"));
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
        verdict.risks().forEach(r -> md.append("- ").append(text(r)).append('\n'));
        for (Breach breach : verdict.breaches()) {
            md.append("- ").append(breach.waived() == null ? "" : "waived ")
                    .append(breach.severity().name().toLowerCase(java.util.Locale.ROOT)).append(' ')
                    .append(code(breach.ruleId())).append(' ');
            if (breach.file() != null) {
                md.append(code(breach.location().in(breach.file()))).append(' ');
            }
            md.append(text(breach.message()));
            if (!breach.hint().isBlank()) {
                md.append(" (").append(text(breach.hint())).append(')');
            }
            md.append('\n');
            if (breach.details() != null && !breach.details().isBlank()) {
                md.append(fenced(breach.details().stripTrailing(), "diff", "  "));
            }
        }
        List<Breach> waived = verdict.breaches().stream().filter(x -> x.waived() != null).toList();
        if (!waived.isEmpty()) {
            md.append("\n## Waived breaches\n\n| Rule | Where | Owner | Until | Reason | Waiver |\n|---|---|---|---|---|---|\n");
            for (Breach breach : waived) {
                md.append("| ").append(cellCode(breach.ruleId())).append(" | ")
                        .append(breach.file() == null ? "" : cellCode(breach.location().in(breach.file())))
                        .append(" | ").append(text(breach.waived().owner())).append(" | ")
                        .append(breach.waived().expires()).append(" | ").append(text(breach.waived().reason()))
                        .append(" | ").append(cellCode(breach.waived().source())).append(" |\n");
            }
        }
        md.append("\n## Follow-ups\n\n");
        if (verdict.followUps().isEmpty()) {
            md.append("- None recorded.\n");
        } else {
            md.append("| Owner | Action | Due |\n|---|---|---|\n");
            for (FollowUp f : verdict.followUps()) {
                md.append("| ").append(text(f.owner())).append(" | ").append(text(f.action())).append(" | ")
                        .append(text(f.due())).append(" |\n");
            }
        }
        return md.toString();
    }

    @Override
    public String fileName() {
        return FILE_NAME;
    }

    /** {@code verdict.md}, naming what the context says it judged. */
    @Override
    public byte[] render(VerdictResult verdict, ReportContext context) {
        return render(verdict, context.subject()).getBytes(StandardCharsets.UTF_8);
    }

    /** The commit a verdict judged, its branch, and whether tracked files had uncommitted changes. */
    private static String source(WorkTreeSource source) {
        return (source.commit() == null ? "no commit yet" : code(source.commit()))
                + (source.branch() == null ? " (detached HEAD)" : " on branch " + code(source.branch()))
                + (source.dirty() ? ", with uncommitted changes" : "");
    }

    /** Markdown text that renders as written: one line, with the characters Markdown would interpret escaped. */
    static String text(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(value.length() + 16);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\r' || c == '\n') {
                out.append(' ');
            } else {
                if (MARKDOWN.indexOf(c) >= 0 || c == '_' && !insideWord(value, i)) {
                    out.append('\\');
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    /** A code span holding {@code value} as written (one line), fenced by more backticks than it contains. */
    static String code(String value) {
        String line = value == null ? "" : value.replace("\r", " ").replace("\n", " ");
        String fence = "`".repeat(longestRun(line, '`') + 1);
        String pad = line.startsWith("`") || line.endsWith("`") ? " " : "";
        return fence + pad + line + pad + fence;
    }

    /** A code span in a table cell: GFM ends a cell at any unescaped {@code |}, even inside a code span. */
    static String cellCode(String value) {
        return code(value).replace("|", "\\|");
    }

    /** A fenced code block of {@code info} (e.g. {@code diff}), each line indented by {@code indent}. */
    static String fenced(String body, String info, String indent) {
        String fence = "`".repeat(Math.max(3, longestRun(body, '`') + 1));
        StringBuilder out = new StringBuilder().append(indent).append(fence).append(info).append('\n');
        body.lines().forEach(l -> out.append(l.isEmpty() ? "" : indent).append(l).append('\n'));
        return out.append(indent).append(fence).append('\n').toString();
    }

    /** An {@code _} between two letters or digits ({@code legacy_error}) is no emphasis in GFM: it stays unescaped. */
    private static boolean insideWord(String value, int i) {
        return i > 0 && i < value.length() - 1 && Character.isLetterOrDigit(value.charAt(i - 1))
                && Character.isLetterOrDigit(value.charAt(i + 1));
    }

    private static int longestRun(String value, char c) {
        int longest = 0;
        int run = 0;
        for (int i = 0; i < value.length(); i++) {
            run = value.charAt(i) == c ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        return longest;
    }

    /**
     * The characters Markdown (CommonMark, GFM tables and strikethrough) may interpret in running text; {@code _}
     * too, unless inside a word.
     */
    private static final String MARKDOWN = "\\`*[]<>&|~#";
}
