package io.github.cutoverguard.maven;

import io.github.cutoverguard.engine.cutover.Lifecycle;
import io.github.cutoverguard.engine.cutover.LifecycleDisagrees;
import io.github.cutoverguard.engine.Baseline;
import io.github.cutoverguard.engine.RunContext;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Parameter;
import org.codehaus.plexus.configuration.PlexusConfiguration;

/**
 * A goal run against the approved {@code <baseline>}: every goal but {@code verdict-aggregate}. Whether the goal
 * compares against it (all five fields required) or only records it, its type states ({@link BaselineUse}).
 */
public abstract class AbstractBaselineMojo extends AbstractCutoverMojo {

    /** What a goal does with {@code <baseline>}. */
    protected enum BaselineUse {
        /** Compares against it: all five fields are required. */
        REQUIRED,
        /** Uses it where configured, records it in the evidence report otherwise. */
        OPTIONAL
    }

    /**
     * The approved runtime pin: {@code releaseTag}, {@code commitSha}, {@code serviceContract}, {@code apiContract},
     * {@code integrationBaseline}. Required, all five fields, by the goals that compare against it: {@code check-pin}
     * (the integration pin, the manifest mirror and the compatibility matrix must agree with it), {@code validate-handoff}
     * (the handoff's active runtime baseline must equal it), {@code repin} (the release it pins) and {@code verdict}
     * (shared by every goal it runs; runtime cutover stays on it until a joint approval holds). Optional for
     * {@code guard} (in {@code mode=cutover} the one pin change it accepts is the approved move to it; its
     * {@code serviceContract} is where runtime configuration may stay in a rehearsal) and {@code check-docs} (the values
     * of the {@code ${pin.*}} placeholders in {@code mustContain} lines; a placeholder whose field is not configured is a
     * configuration error); {@code check-alignment}, {@code verify-parity}, {@code generate-handoff} and
     * {@code rollback} (which returns to the approval's {@code previous_baseline}) only record it in the evidence report.
     */
    @Parameter
    private PlexusConfiguration baseline;

    /** What this goal does with {@code <baseline>}. */
    final BaselineUse baselineUse;

    protected AbstractBaselineMojo(BuildOutcome.Conclusion conclusion, BaselineUse baselineUse) {
        super(conclusion);
        this.baselineUse = baselineUse;
    }

    /**
     * What every goal's run shares, with the configured baseline (its five fields, where the goal requires it), once the
     * configuration agrees with where the integration stands ({@link #requireLifecycle}): a target that is the baseline's
     * own contract in rehearsal mode is a configuration error (that rehearsal is complete).
     */
    protected RunContext context() throws MojoExecutionException {
        BaselineParameter configured = BaselineParameter.from(baseline, this);
        RunContext context = context(baselineUse == BaselineUse.REQUIRED ? BaselineParameter.required(configured)
                : configured == null ? Baseline.NONE : configured.toBaseline());
        try {
            requireLifecycle(context);
            Lifecycle.requireTargetAhead(context);
        } catch (LifecycleDisagrees e) {
            throw new MojoExecutionException(e.getMessage());
        }
        return context;
    }

    /** Fails when {@code <mode>} disagrees with the files a goal reads ({@link Lifecycle}); default: it reads none. */
    protected void requireLifecycle(RunContext context) throws LifecycleDisagrees {
    }
}
