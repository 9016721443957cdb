package io.github.cutoverguard.maven;

import io.github.cutoverguard.engine.Baseline;
import io.github.cutoverguard.engine.BreachLimit;
import io.github.cutoverguard.engine.BuildDay;
import io.github.cutoverguard.engine.ConfigurationProblem;
import io.github.cutoverguard.engine.Mode;
import io.github.cutoverguard.engine.Preload;
import io.github.cutoverguard.engine.RunContext;
import io.github.cutoverguard.engine.input.InputLimits;
import io.github.cutoverguard.engine.input.ProjectFiles;
import io.github.cutoverguard.engine.json.InputLoader;
import io.github.cutoverguard.engine.waiver.Waivers;
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
import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Supplier;

/**
 * The configuration every cutover goal shares: unknown parameters, {@code skip} and a {@code repin} killed before it
 * finished ({@link InterruptedWrite}) are handled before a goal runs,
 * then the goal's one hook ({@link #run}) turns its parameters into an engine request, and its result goes to
 * {@link BuildOutcome} (breaches logged one per line, reports written, the build failed on error-level breaches unless
 * {@code failOnBreach} is false); misconfiguration is a {@link MojoExecutionException}, decided in {@link #execute()}.
 * A parameter several goals share is declared once, in the abstract class those goals extend.
 */
public abstract class AbstractCutoverMojo extends AbstractMojo {

    /** The service contract being rehearsed, e.g. {@code billing.v8}; in rehearsal mode nothing may switch to it. */
    @Parameter(property = "cutover.targetServiceContract")
    protected String targetServiceContract;

    /** {@code rehearsal} (the default: the runtime must stay on the baseline) or {@code cutover}. */
    @Parameter(property = "cutover.mode", defaultValue = "rehearsal")
    protected String mode;

    /** Whether breaches fail the build; with {@code false} they are logged as warnings and the build goes on. */
    @Parameter(property = "cutover.failOnBreach", defaultValue = "true")
    protected boolean failOnBreach;

    /**
     * Skips the goal entirely (nothing is read or checked, no report written; the last build's reports are removed all
     * the same, so none outlives its run).
     */
    @Parameter(property = "cutover.skip", defaultValue = "false")
    protected boolean skip;

    /**
     * Where the reports are written ({@code <goal>.json}; the verdict's {@code verdict.json}, {@code verdict.md}, JUnit
     * XML and SARIF). The first goal of a build removes the reports the last build left there (no other file); a
     * directory where a report would overwrite a configured input is a configuration error.
     */
    @Parameter(property = "cutover.reportDirectory", defaultValue = "${project.build.directory}/cutover-guardrails")
    protected File reportDirectory;

    /**
     * How many breaches of one rule in one file the log and every report list (default 100, at least 1); the rest are
     * counted in one entry, e.g. {@code … and 999,900 more}. The counts stay true and the goal fails as it would with
     * every breach listed. A waiver accepts that entry only when it names the rule (and file) without a pointer or match.
     */
    @Parameter(property = "cutover.maxBreachesPerRule", defaultValue = "100")
    protected int maxBreachesPerRule;

    /** The largest input file accepted, in bytes (default 128 MiB); larger inputs are a {@code JSON-PARSE} breach. */
    @Parameter(property = "cutover.maxInputBytes", defaultValue = "134217728")
    protected long maxInputBytes;

    /**
     * The day of this build, {@code YYYY-MM-DD}; default: today (UTC). It decides whether a waiver has expired, the
     * verdict's calendar gate (in cutover mode runtime cutover is NO-GO before the validated handoff's
     * {@code cutover_not_before_utc_date}) and the day {@code repin} writes into the matrix. It only moves forward: a
     * later day rehearses that day (logged as a warning, recorded in {@code verdict.json} and {@code verdict.md}, and
     * runtime cutover is then NO-GO); an earlier day is a configuration error (reproduce an old verdict from its
     * recorded {@code verdict.json}).
     */
    @Parameter(property = "cutover.today")
    protected String today;

    /**
     * The waiver file ({@code cutover-waivers.v1}): known breaches accepted for a while, each with a reason, an owner and
     * an expiry day. Default: {@code config/cutover-waivers.json} when it exists; a configured file that is missing is a
     * {@code FILE-MISSING} breach. Applied by the goals the verdict runs and by {@code verdict}; {@code repin},
     * {@code generate-handoff} and {@code verdict-aggregate} waive nothing.
     */
    @Parameter(property = "cutover.waiverFile")
    protected File waiverFile;

    /** How many days before its {@code expires} day a waiver warns ({@code WAIVER-EXPIRED} as a warning); 0: never. */
    @Parameter(property = "cutover.waiverWarningDays", defaultValue = "14")
    protected int waiverWarningDays;

    /**
     * The longest a waiver may run: its {@code expires} day is at most this many days after the build's day (default
     * 90). A waiver set further ahead is a configuration error: a waiver accepts a breach for a while, not for ever.
     */
    @Parameter(property = "cutover.maxWaiverDays", defaultValue = "90")
    protected int maxWaiverDays;

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

    private final BuildOutcome.Conclusion conclusion;

    protected AbstractCutoverMojo(BuildOutcome.Conclusion conclusion) {
        this.conclusion = conclusion;
    }

    /**
     * The goal's one step: its parameters become an engine request, the engine runs it, and the result goes to
     * {@code outcome}. The engine's exceptions are left to {@link #execute()}: an {@link IllegalArgumentException} or a
     * {@link ConfigurationProblem} is a configuration error, an {@link IOException} a write that failed.
     */
    protected abstract void run(BuildOutcome outcome)
            throws MojoExecutionException, MojoFailureException, ConfigurationProblem, IOException;

    /**
     * The files this goal exists to write ({@code repin}'s pin, mirror and matrix; {@code generate-handoff}'s candidate);
     * default none. Each must be no configured input, nor another of them.
     */
    protected GoalOutputs.Written written() {
        return GoalOutputs.Written.NONE;
    }

    /** This plugin's configuration as written in the project model; {@code null} outside a Maven build. */
    protected PluginConfiguration pluginConfiguration;

    /**
     * Settles the outputs, then skips the goal or runs it: the one place where the engine's exceptions become Maven's
     * (breaches become a {@link MojoFailureException} in {@link BuildOutcome}).
     */
    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        Preparation.startFor(this);
        pluginConfiguration = GoalOutputs.settle(this);
        if (skip) {
            getLog().info(goal() + " skipped (skip=true / -Dcutover.skip=true): no input read, no check run");
            return;
        }
        try {
            if (pluginConfiguration != null) {
                compareWithBoundExecutions(pluginConfiguration);
            }
            InterruptedWrite.end(basedir.toPath(), getLog());
            run(BuildOutcome.of(this, conclusion));
        } catch (ConfigurationProblem e) {
            throw new MojoExecutionException(e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("Invalid " + goal() + " configuration: " + e.getMessage());
        } catch (IOException e) {
            throw new MojoExecutionException(goal() + " could not write its files; every file is as it was: "
                    + ProjectFiles.describe(e), e);
        }
    }

    /** The goal name, as in {@code mvn cutover:<goal>}: the one its {@code @Mojo} takes from the engine. */
    protected String goal() {
        return mojoExecution.getGoal();
    }

    /**
     * What this goal will read that is worth preparing while it starts ({@link Preload}: schemas compiled, a parser's
     * classes loaded, on a thread of its own); default nothing.
     */
    protected Preload preload() throws MojoExecutionException {
        return Preload.NONE;
    }

    /**
     * A goal run from the command line ({@code mvn cutover:check-pin}) says which inputs the bound executions
     * of the same goal configure and it lacks: those checks are skipped in this run.
     */
    protected void compareWithBoundExecutions(PluginConfiguration configuration) throws MojoExecutionException {
        String id = mojoExecution.getExecutionId();
        if (id != null && id.startsWith("default-cli")) {
            configuration.lackedInputs(id, goal()).forEach(lack -> getLog().warn(lack.warning()));
        }
    }

    /**
     * The day of this build: {@code today}, else today in UTC. The clock only moves forward: an earlier day is a
     * configuration error; a later one is rehearsed, with a warning.
     */
    protected LocalDate day() throws MojoExecutionException {
        if (buildDay == null) {
            buildDay = configured("<today> (-Dcutover.today)", () -> BuildDay.of(today, Clock.systemUTC()));
            buildDay.warning().ifPresent(getLog()::warn);
        }
        return buildDay.day();
    }

    /** The day once decided (its warning is logged once). */
    private BuildDay buildDay;

    /** The waiver file read, or none; an unknown or unwaivable rule in it is a configuration error. */
    protected Waivers waivers() throws MojoExecutionException {
        InputLoader loader = new InputLoader(files(), limits());
        LocalDate day = day();
        return configured("waiver file", () -> Waivers.read(loader, pathOrNull(waiverFile), waiverWarningDays, maxWaiverDays,
                day));
    }

    /** What an engine call returns; its {@link IllegalArgumentException} is a configuration error of {@code what}. */
    protected static <T> T configured(String what, Supplier<T> call) throws MojoExecutionException {
        try {
            return call.get();
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("Invalid " + what + ": " + e.getMessage());
        }
    }

    /** What every goal's run shares, with {@code approved} as the baseline. */
    protected RunContext context(Baseline approved) throws MojoExecutionException {
        return new RunContext(files(), configured("<mode>", () -> Mode.parse(mode)), approved, targetServiceContract, limits(), Clock.systemUTC(), breachLimit());
    }

    /** How many breaches of one rule in one file are listed ({@code maxBreachesPerRule}). */
    protected BreachLimit breachLimit() throws MojoExecutionException {
        return configured("<maxBreachesPerRule>", () -> new BreachLimit(maxBreachesPerRule));
    }

    /** The project directory as the engine sees it. */
    protected ProjectFiles files() {
        return new ProjectFiles(basedir.toPath());
    }

    /** JSON limits with the configured size bound (a bound below 1 is a configuration error). */
    protected InputLimits limits() throws MojoExecutionException {
        return configured("<maxInputBytes>", () -> InputLimits.DEFAULT.withMaxBytes(maxInputBytes));
    }

    /** A configured file as a path, or {@code null} when not configured. */
    protected static Path pathOrNull(File file) {
        return file == null ? null : file.toPath();
    }
}
