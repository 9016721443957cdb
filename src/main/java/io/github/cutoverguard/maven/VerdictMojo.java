package io.github.cutoverguard.maven;

import io.github.cutoverguard.engine.RunContext;
import io.github.cutoverguard.engine.schema.SchemaProblem;
import io.github.cutoverguard.engine.handoff.GenerateHandoff;
import io.github.cutoverguard.engine.verdict.Role;
import io.github.cutoverguard.engine.verdict.Verdict;
import io.github.cutoverguard.engine.verdict.VerdictRequest;
import io.github.cutoverguard.engine.verdict.VerdictResult;
import org.apache.maven.plugin.MavenPluginManager;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.util.List;

/**
 * The rehearsal session as a build: runs every goal whose inputs are configured (check-pin,
 * validate-handoff, verify-parity, check-alignment, check-docs and the guard checks) without stopping at
 * the first breach, decides rehearsal continuation and runtime cutover, writes {@code verdict.json},
 * {@code verdict.md}, JUnit XML and SARIF, and prints both verdicts. Fails the build when rehearsal
 * continuation is NO-GO, or, in cutover mode, when runtime cutover is NO-GO.
 *
 * <p>It declares none of the other goals' parameters: each goal it runs is configured by Maven from this
 * execution's {@code <configuration>} exactly as that goal would be, and turns its parameters into its
 * engine request in the goal's own class. One plugin-level configuration serves the verdict and every
 * goal; an input configured only in another goal's {@code <execution>} is a configuration error here
 * (the verdict would otherwise judge less than that goal checks). It fails closed: a pin the POM names,
 * or one the base ref has, that is missing is a breach, never a skipped check; the verdict line counts
 * the skipped checks and names them.
 */
@Mojo(name = Verdict.GOAL, defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class VerdictMojo extends AbstractBaselineMojo {

    /** Risks the team records for the session, written to {@code verdict.md} with the breaches found. */
    @Parameter
    private List<String> risks;

    /** Follow-ups: {@code <followUp><owner/><action/><due/></followUp>}. */
    @Parameter
    private List<FollowUpParameter> followUps;

    /**
     * Narrows the goals the verdict runs, e.g. {@code <verdictCheck>check-pin</verdictCheck>}; one of
     * {@code check-pin}, {@code validate-handoff}, {@code verify-parity}, {@code check-alignment},
     * {@code check-docs}, {@code guard}. Each goal left out is counted and listed as skipped ("excluded by
     * {@code <verdictChecks>}") and shown in {@code verdict.md} as configuration weakened; {@code check-pin} and
     * {@code guard} cannot be left out while there is an integration pin, nor a goal {@code requiredChecks} names.
     * Default: every goal whose inputs are configured.
     */
    @Parameter
    private List<String> verdictChecks;

    /**
     * Goals or checks that must run, e.g. {@code <requiredChecks><check>check-pin</check><check>guard.fallback</check>
     * </requiredChecks>}: a goal name, or a check ID as listed in {@code verdict.md}. A required goal that runs no
     * check, or a required check that is skipped or unknown, is a {@code VERDICT-INCOMPLETE} error. Default: none.
     */
    @Parameter
    private List<String> requiredChecks;

    /**
     * Whom the verdict judges: {@code consumer} (rehearsal continuation and runtime cutover), {@code producer}
     * (rehearsal continuation and handoff publication) or {@code both}. Default: inferred from what is configured, a
     * consumer's inputs (an integration pin, {@code boundaryEndpoints}, {@code fallbackTests}) and a producer's
     * ({@code canonicalDirectory}, {@code openApiFile}, {@code checkStale}, a bound {@code generate-handoff}); a consumer
     * when neither says. A role that contradicts what is configured, or {@code producer} without a producer's input (a
     * handoff alone is either side's), is a configuration error. The verdict runs, and lists as skipped, only its role's
     * goals.
     */
    @Parameter(property = "cutover.role")
    private String role;

    /** The plugin manager, which configures each goal the verdict runs as Maven would configure that goal. */
    @Component
    private MavenPluginManager pluginManager;

    public VerdictMojo() {
        super(BuildOutcome.Conclusion.VERDICT, BaselineUse.REQUIRED);
    }

    @Override
    protected void run(BuildOutcome outcome) throws MojoExecutionException, MojoFailureException, SchemaProblem {
        VerdictResult verdict;
        try (ConfiguredGoals configured = new ConfiguredGoals(pluginManager, session, mojoExecution,
                pluginConfiguration == null ? null : pluginConfiguration.effective(mojoExecution.getExecutionId()))) {
            RunContext context = context();
            ConfiguredGoals.Plan plan = configured.plan(context, verdictChecks, PluginConfiguration.names(pluginConfiguration,
                    mojoExecution.getExecutionId(), session, "pinFile"), requiredChecks, new ConfiguredGoals.RoleSetting(
                    configured("<role>", () -> Role.parse(role)), pluginConfiguration != null
                    && pluginConfiguration.binds(GenerateHandoff.GOAL)));
            verdict = Verdict.run(new VerdictRequest(context, plan.requests(), plan.notRun(), plan.cutoverApprovalFile(),
                    risks, FollowUpParameter.complete(followUps), requiredChecks, day(), waivers(), plan.role()));
        }
        outcome.conclude(verdict);
    }

    /** The verdict judges what its goals check: inputs configured only in their executions are a configuration error. */
    @Override
    protected void compareWithBoundExecutions(PluginConfiguration configuration) throws MojoExecutionException {
        configuration.requireVerdictInputs(mojoExecution.getExecutionId(), Verdict.selected(verdictChecks));
    }
}
