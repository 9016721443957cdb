package io.github.cutoverguard.maven;

import io.github.cutoverguard.engine.Baseline;
import io.github.cutoverguard.engine.Breach;
import io.github.cutoverguard.engine.GoalResult;
import io.github.cutoverguard.engine.Mode;
import io.github.cutoverguard.engine.Severity;
import io.github.cutoverguard.engine.input.ProjectFiles;
import io.github.cutoverguard.engine.json.JsonLimits;
import io.github.cutoverguard.engine.report.ConsoleFormat;
import io.github.cutoverguard.engine.report.EvidenceReport;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The configuration every cutover goal shares and the one place where results become Maven
 * outcomes: breaches are logged one per line, the evidence report is written, and the build fails
 * with {@link MojoFailureException} on error-level breaches (unless {@code failOnBreach} is false);
 * misconfiguration is a {@link MojoExecutionException}.
 */
public abstract class AbstractCutoverMojo extends AbstractMojo {

    /**
     * The approved runtime pin: {@code releaseTag}, {@code commitSha}, {@code serviceContract},
     * {@code apiContract} and {@code integrationBaseline}.
     */
    @Parameter
    protected BaselineParameter baseline;

    /** The service contract being rehearsed, e.g. {@code service.v3}; in rehearsal mode nothing may switch to it. */
    @Parameter(property = "cutover.targetServiceContract")
    protected String targetServiceContract;

    /** {@code rehearsal} (the default: the runtime must stay on the baseline) or {@code cutover}. */
    @Parameter(property = "cutover.mode", defaultValue = "rehearsal")
    protected String mode;

    /** Whether breaches fail the build; with {@code false} they are logged as warnings and the build goes on. */
    @Parameter(property = "cutover.failOnBreach", defaultValue = "true")
    protected boolean failOnBreach;

    /** Skips the goal entirely (nothing is read, checked or written). */
    @Parameter(property = "cutover.skip", defaultValue = "false")
    protected boolean skip;

    /** Where the evidence reports ({@code <goal>.json}) are written. */
    @Parameter(property = "cutover.reportDirectory", defaultValue = "${project.build.directory}/cutover-guardrails")
    protected File reportDirectory;

    /** The largest input file accepted, in bytes (default 128 MiB); larger inputs are a {@code JSON-PARSE} breach. */
    @Parameter(property = "cutover.maxInputBytes", defaultValue = "134217728")
    protected long maxInputBytes;

    /** The project directory; relative paths resolve against it. */
    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    protected File basedir;

    /** The project, whose model holds this plugin's configuration as written. */
    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    protected MavenProject project;

    /** The running execution: its id and this plugin's descriptor. */
    @Parameter(defaultValue = "${mojoExecution}", readonly = true, required = true)
    protected MojoExecution mojoExecution;

    /** The build session (user properties such as {@code -DskipTests}). */
    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    protected MavenSession session;

    /** The goal name, as in {@code mvn cutover:<goal>}. */
    protected abstract String goal();

    /**
     * Runs the goal's engine checks. Goals whose outcome is one {@link GoalResult} override this;
     * a goal with another outcome (the verdict) overrides {@link #run()} instead.
     */
    protected GoalResult check() throws MojoExecutionException {
        throw new MojoExecutionException(goal() + " overrides run(), not check()");
    }

    /** This plugin's configuration as written in the project model; {@code null} outside a Maven build. */
    protected PluginConfiguration pluginConfiguration;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        pluginConfiguration = project == null || mojoExecution == null ? null : PluginConfiguration.of(project, mojoExecution);
        if (pluginConfiguration != null) {
            pluginConfiguration.requireKnownElements();
        }
        if (skip) {
            getLog().info(goal() + " skipped (skip=true / -Dcutover.skip=true): no input read, no check run");
            return;
        }
        if (pluginConfiguration != null) {
            compareWithBoundExecutions(pluginConfiguration);
        }
        run();
    }

    /**
     * A goal run from the command line ({@code mvn cutover:check-pin}) says which inputs the bound executions
     * of the same goal configure and it lacks: those checks are skipped in this run.
     */
    protected void compareWithBoundExecutions(PluginConfiguration configuration) throws MojoExecutionException {
        String id = mojoExecution.getExecutionId();
        if (id == null || !id.startsWith("default-cli")) {
            return;
        }
        for (PluginConfiguration.Lack lack : configuration.lackedInputs(id, goal())) {
            getLog().warn("mvn cutover:" + goal() + " runs without " + String.join(", ", lack.parameters())
                    + ", configured only in execution '" + lack.executionId() + "': the checks that need them are skipped "
                    + "in this run. Move them to the plugin-level <configuration> so that every run checks the same.");
        }
    }

    /**
     * Checks, writes {@code <goal>.json}, logs one line per breach and the summary, and fails the
     * build on error-level breaches unless {@code failOnBreach} is false.
     */
    protected void run() throws MojoExecutionException, MojoFailureException {
        GoalResult result = check();
        if (!failOnBreach) {
            result = result.asWarnings();
        }
        Path report = writeEvidence(result);
        logBreaches(result.breaches());
        getLog().info(ConsoleFormat.summary(result));
        getLog().info("Evidence: " + files().display(report.toAbsolutePath()));
        if (!result.passed()) {
            throw new MojoFailureException(ConsoleFormat.summary(result) + ": "
                    + String.join(", ", result.failedRuleIds()) + " (each breach is listed above)");
        }
    }

    /** The configured mode. */
    protected Mode parsedMode() throws MojoExecutionException {
        try {
            return Mode.parse(mode);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("Invalid <mode>: " + e.getMessage());
        }
    }

    /** The configured baseline as far as it is configured (goals that do not compare against it). */
    protected Baseline configuredBaseline() {
        return baseline == null ? Baseline.NONE : baseline.toBaseline();
    }

    /** The configured baseline, all five fields required. */
    protected Baseline requiredBaseline() throws MojoExecutionException {
        return BaselineParameter.required(baseline);
    }

    /** The project directory as the engine sees it. */
    protected ProjectFiles files() {
        return new ProjectFiles(basedir.toPath());
    }

    /** JSON limits with the configured size bound. */
    protected JsonLimits limits() throws MojoExecutionException {
        if (maxInputBytes <= 0) {
            throw new MojoExecutionException("maxInputBytes must be positive, was " + maxInputBytes);
        }
        return JsonLimits.DEFAULT.withMaxBytes(maxInputBytes);
    }

    /** A configured file as a path, or {@code null} when not configured. */
    protected static Path pathOrNull(File file) {
        return file == null ? null : file.toPath();
    }

    private Path writeEvidence(GoalResult result) throws MojoExecutionException {
        try {
            return EvidenceReport.write(result, reportDirectory.toPath());
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot write the evidence report to " + reportDirectory + ": " + e.getMessage(), e);
        }
    }

    /** Logs one line per breach ({@code [ERROR]} or {@code [WARNING]}), plus GitHub annotations under Actions. */
    protected void logBreaches(List<Breach> breaches) {
        for (Breach breach : breaches) {
            String line = ConsoleFormat.line(breach)
                    + (breach.details() == null ? "" : "\n" + breach.details().stripTrailing());
            if (breach.severity() == Severity.ERROR) {
                getLog().error(line);
            } else {
                getLog().warn(line);
            }
        }
        if (!breaches.isEmpty() && "true".equalsIgnoreCase(System.getenv("GITHUB_ACTIONS"))) {
            // Workflow commands must start a line: the lines after the first are not prefixed by Maven.
            getLog().info("GitHub Actions annotations:\n"
                    + String.join("\n", breaches.stream().map(ConsoleFormat::githubAnnotation).toList()));
        }
    }
}
