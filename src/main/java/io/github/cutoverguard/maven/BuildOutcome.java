package io.github.cutoverguard.maven;

import io.github.cutoverguard.engine.Breach;
import io.github.cutoverguard.engine.BreachLimit;
import io.github.cutoverguard.engine.GoalResult;
import io.github.cutoverguard.engine.Severity;
import io.github.cutoverguard.engine.git.WorkTreeSource;
import io.github.cutoverguard.engine.io.AtomicFiles;
import io.github.cutoverguard.engine.input.ProjectFiles;
import io.github.cutoverguard.engine.report.ConsoleFormat;
import io.github.cutoverguard.engine.report.EvidenceReport;
import io.github.cutoverguard.engine.report.ReportContext;
import io.github.cutoverguard.engine.report.ReportFiles;
import io.github.cutoverguard.engine.report.ReportFormats;
import io.github.cutoverguard.engine.report.ReportLocations;
import io.github.cutoverguard.engine.report.VerdictMarkdown;
import io.github.cutoverguard.engine.report.VerdictSubject;
import io.github.cutoverguard.engine.verdict.VerdictResult;
import io.github.cutoverguard.engine.waiver.Waivers;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The one place where engine results become Maven outcomes: the reports are written, each breach is logged on one
 * line ({@code [ERROR]} or {@code [WARNING]}, plus GitHub annotations under Actions), the log and every report listing
 * at most {@code maxBreachesPerRule} breaches of one rule in one file ({@link BreachLimit}), and the build fails with
 * {@link MojoFailureException} on error-level breaches unless {@code failOnBreach} is false. A report that cannot be
 * written is a {@link MojoExecutionException}.
 */
final class BuildOutcome {

    /** The plugin-context key of the notices logged in this build. */
    private static final String NOTICED = "cutover.noticed";

    private final Log log;
    private final ProjectFiles files;
    private final Path reportDirectory;
    private final boolean failOnBreach;
    private final BreachLimit limit;
    private final Map<String, String> environment;
    private final Path executionRoot;
    private final String project;
    private final Set<String> noticed;
    /** The consumer's source being read ahead ({@link #readAhead}), or {@code null}. */
    private Supplier<Optional<WorkTreeSource>> readAhead;
    /** The waivers a goal's result is judged with ({@link #waivedBy}), or {@code null}: none. */
    private Waivers waivers;
    /** The build's day, which decides whether a waiver has expired. */
    private LocalDate day;
    /** The plugin's version, named in the SARIF report; {@code null}: unknown (outside a Maven build). */
    private String pluginVersion;

    /**
     * @param limit         how many breaches of one rule in one file the log and the reports list
     * @param environment   the process environment ({@code GITHUB_ACTIONS}, {@code GITHUB_STEP_SUMMARY})
     * @param executionRoot the directory Maven was started in: report paths are relative to it outside git
     * @param project       the project's artifactId, which {@code verdict.md} and the job summary name
     * @param noticed       the notices (warning-level breaches) this build has logged so far, shared by the goals of
     *                      one build and project: a notice another goal logged (e.g. {@code check-pin}'s, again in the
     *                      {@code verdict} that runs it) is not logged twice; the reports still carry it
     */
    BuildOutcome(Log log, ProjectFiles files, Path reportDirectory, boolean failOnBreach, BreachLimit limit,
                 Map<String, String> environment, Path executionRoot, String project, Set<String> noticed) {
        this.noticed = noticed;
        this.log = log;
        this.files = files;
        this.reportDirectory = reportDirectory;
        this.failOnBreach = failOnBreach;
        this.limit = limit;
        this.environment = environment;
        this.executionRoot = executionRoot.toAbsolutePath().normalize();
        this.project = project;
    }

    /** How a goal's result becomes the build's outcome: each goal's type states it. */
    enum Conclusion {
        /** A goal the verdict runs: its evidence report, judged with the waivers. */
        WAIVED,
        /** A goal that writes files ({@code repin}, {@code generate-handoff}): its evidence report; nothing is waived. */
        AS_CHECKED,
        /** A verdict: its four reports (the verdict applies the waivers itself). */
        VERDICT
    }

    /**
     * Where {@code mojo}'s result becomes the build's outcome, as its {@code conclusion} says. A goal concluding with its
     * evidence report has the work tree's source read while it runs unless it writes files ({@link #readAhead}); a goal
     * the verdict runs is judged with the waivers ({@link #waivedBy}).
     */
    static BuildOutcome of(AbstractCutoverMojo mojo, Conclusion conclusion) throws MojoExecutionException {
        String root = mojo.session == null ? null : mojo.session.getExecutionRootDirectory();
        BuildOutcome outcome = new BuildOutcome(mojo.getLog(), mojo.files(), mojo.reportDirectory.toPath(), mojo.failOnBreach,
                mojo.breachLimit(), System.getenv(), root == null ? mojo.basedir.toPath() : Path.of(root),
                mojo.project == null ? mojo.basedir.getName() : mojo.project.getArtifactId(),
                noticed(mojo.getPluginContext()));
        if (conclusion == Conclusion.VERDICT) {
            outcome.pluginVersion = mojo.mojoExecution == null ? null
                    : mojo.mojoExecution.getMojoDescriptor().getPluginDescriptor().getVersion();
            return outcome;
        }
        outcome.readAhead(mojo.written());
        return conclusion == Conclusion.WAIVED ? outcome.waivedBy(mojo.waivers(), mojo.day()) : outcome;
    }

    /**
     * The notices logged so far in this build for this project, shared by this plugin's goals through the plugin
     * context Maven keeps per build, plugin and project ({@code null} outside a Maven build: a new set).
     */
    @SuppressWarnings("unchecked")
    static Set<String> noticed(Map<Object, Object> pluginContext) {
        return pluginContext == null ? ConcurrentHashMap.newKeySet()
                : (Set<String>) pluginContext.computeIfAbsent(NOTICED, key -> ConcurrentHashMap.<String>newKeySet());
    }

    /**
     * Has the consumer's source read from now on, while the goal checks ({@link WorkTreeSource#readAhead}), when the
     * goal writes no file ({@code written} is empty) but its report, which is written after the source is read;
     * otherwise it is read when the report is written. Returns this outcome.
     */
    BuildOutcome readAhead(GoalOutputs.Written written) {
        if (written.files().isEmpty()) {
            readAhead = WorkTreeSource.readAhead(files.basedir());
        }
        return this;
    }

    /** Judges the goal's result with {@code waivers} on {@code day} (a goal the verdict runs). Returns this outcome. */
    BuildOutcome waivedBy(Waivers waivers, LocalDate day) {
        this.waivers = waivers;
        this.day = day;
        return this;
    }

    /** Writes {@code <goal>.json}, logs the breaches and the summary, and fails the build on an error. */
    void conclude(GoalResult goalResult) throws MojoExecutionException, MojoFailureException {
        GoalResult checked = waivers == null ? goalResult : waivers.applyTo(goalResult, day);
        GoalResult result = limit.cut(failOnBreach ? checked : checked.asWarnings());
        Path report;
        try {
            report = EvidenceReport.write(result, readAhead == null ? source() : readAhead.get().orElse(null),
                    reportDirectory);
        } catch (IOException e) {
            throw cannotWrite("the evidence report", e);
        }
        if (result.acceptance() != null) {
            // decided with the waivers: a payload whose breaches are all waived is accepted
            log.info((result.acceptance().accepted() ? "Accepted " : "Rejected ") + result.acceptance().kind() + " payload "
                    + result.acceptance().payload() + " sha256 " + result.acceptance().sha256());
        }
        logBreaches(result.breaches(), notices(checked.breaches()), annotating() ? locations() : null);
        log.info(ConsoleFormat.summary(result));
        log.info("Evidence: " + files.display(report.toAbsolutePath()));
        if (!result.passed()) {
            throw new MojoFailureException(ConsoleFormat.summary(result) + ": "
                    + String.join(", ", result.failedRuleIds()) + " (each breach is listed above)");
        }
    }

    /** Writes the verdict's reports, logs the breaches and both verdicts, and fails the build on a NO-GO. */
    void conclude(VerdictResult verdict) throws MojoExecutionException, MojoFailureException {
        conclude(verdict, project, true);
    }

    /**
     * As {@link #conclude(VerdictResult)} for the build's verdict of {@code verdict-aggregate}, named
     * {@code <project> (build)}: its breaches were annotated by their modules, so they are logged here without
     * repeating the GitHub annotations.
     */
    void concludeBuild(VerdictResult verdict) throws MojoExecutionException, MojoFailureException {
        conclude(verdict, project + " (build)", false);
    }

    private void conclude(VerdictResult decided, String judged, boolean annotate)
            throws MojoExecutionException, MojoFailureException {
        VerdictResult verdict = (failOnBreach ? decided
                : decided.weakenedBy("warn-only: failOnBreach is false, so breaches do not fail the build")).cutBy(limit);
        ReportLocations locations = locations();
        try {
            ReportFormats.writeAll(verdict, new ReportContext(new VerdictSubject(judged, source()), pluginVersion, locations),
                    reportDirectory);
        } catch (IOException e) {
            try {
                // a report already written must not stand alone for a run that ends in an error
                ReportFiles.clear(reportDirectory, ReportFiles.names(List.of()), Set.of());
            } catch (IOException left) {
                e.addSuppressed(left);
            }
            throw cannotWrite("the verdict reports", e);
        }
        logBreaches((failOnBreach ? verdict : verdict.asWarnings()).breaches(), notices(verdict.breaches()),
                annotate && annotating() ? locations : null);
        appendJobSummary();
        List<String> reports = ReportFormats.fileNames();
        log.info("Reports: " + files.display(reportDirectory.resolve(reports.get(0))) + ", "
                + String.join(", ", reports.subList(1, reports.size())));
        verdict.decisions().forEach((line, decision) -> log.info(line.title() + ": " + decision));
        if (failOnBreach && verdict.failure() != null) {
            throw new MojoFailureException("verdict: " + verdict.failure());
        }
    }

    /**
     * Under GitHub Actions, appends {@code verdict.md} to the job summary ({@code $GITHUB_STEP_SUMMARY}), where the
     * run's page shows it. The summary is GitHub's file, not a guardrail's: failing to write it is a warning.
     */
    private void appendJobSummary() {
        String summary = environment.get("GITHUB_STEP_SUMMARY");
        if (summary == null || summary.isBlank()) {
            return;
        }
        try {
            // the verdict.md just written, byte for byte, then a blank line before the next step's summary
            AtomicFiles.append(Path.of(summary), Files.readAllBytes(reportDirectory.resolve(VerdictMarkdown.FILE_NAME)));
            AtomicFiles.append(Path.of(summary), "\n".getBytes(StandardCharsets.UTF_8));
            log.info("Verdict appended to the job summary (GITHUB_STEP_SUMMARY)");
        } catch (IOException | RuntimeException e) {
            log.warn("Cannot append the verdict to the job summary (GITHUB_STEP_SUMMARY): " + ProjectFiles.describe(e));
        }
    }

    /** The consumer's source: the git work tree holding the project, or {@code null} outside one. */
    private WorkTreeSource source() {
        return WorkTreeSource.of(files.basedir()).orElse(null);
    }

    /**
     * Paths as CI systems place them: relative to the git work tree root, else to the execution root (else, for a module
     * outside it, to the module).
     */
    private ReportLocations locations() {
        Path basedir = files.basedir();
        Path root = WorkTreeSource.workTreeOf(basedir).orElse(basedir.startsWith(executionRoot) ? executionRoot : basedir);
        return new ReportLocations(root, basedir);
    }

    private MojoExecutionException cannotWrite(String what, IOException e) {
        return new MojoExecutionException("Cannot write " + what + " to " + files.display(reportDirectory) + " ("
                + ProjectFiles.describe(e) + "): make <reportDirectory> a writable directory, or set it to another one", e);
    }

    /** Whether breaches become GitHub Actions annotations (under Actions). */
    private boolean annotating() {
        return "true".equalsIgnoreCase(environment.get("GITHUB_ACTIONS"));
    }

    /** The warning-level breaches the engine raised (not errors downgraded by a warn-only run), none waived. */
    private static Set<Breach> notices(List<Breach> raised) {
        return raised.stream().filter(b -> b.severity() == Severity.WARNING && b.waived() == null).collect(Collectors.toSet());
    }

    /**
     * Logs each breach on one line and, given where CI places files ({@code null}: not annotating), annotates them; a
     * notice this build already logged for this project is left out.
     */
    private void logBreaches(List<Breach> all, Set<Breach> notices, ReportLocations locations) {
        List<Breach> breaches = all.stream().filter(b -> !notices.contains(b)
                || noticed.add(files.basedir() + "\n" + ConsoleFormat.line(b))).toList();
        for (Breach breach : breaches) {
            String line = ConsoleFormat.line(breach)
                    + (breach.details() == null ? "" : "\n" + breach.details().stripTrailing());
            if (breach.waived() != null) {
                log.info(ConsoleFormat.waivedLine(breach));
            } else if (breach.severity() == Severity.ERROR) {
                log.error(line);
            } else {
                log.warn(line);
            }
        }
        if (locations != null && !breaches.isEmpty()) {
            // Workflow commands must start a line: the lines after the first are not prefixed by Maven.
            log.info("GitHub Actions annotations:\n" + String.join("\n",
                    breaches.stream().map(b -> ConsoleFormat.githubAnnotation(b, locations)).toList()));
        }
    }
}
