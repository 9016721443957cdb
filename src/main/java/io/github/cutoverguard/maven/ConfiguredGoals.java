package io.github.cutoverguard.maven;

import io.github.cutoverguard.engine.GoalRequest;
import io.github.cutoverguard.engine.RunContext;
import io.github.cutoverguard.engine.guard.Guard;
import io.github.cutoverguard.engine.guard.GuardRequest;
import io.github.cutoverguard.engine.pin.CheckPin;
import io.github.cutoverguard.engine.verdict.PinToCheck;
import io.github.cutoverguard.engine.verdict.Role;
import io.github.cutoverguard.engine.verdict.Verdict;
import io.github.cutoverguard.engine.verdict.VerdictResult;
import io.github.cutoverguard.engine.alignment.CheckAlignment;
import io.github.cutoverguard.engine.handoff.ValidateHandoff;
import io.github.cutoverguard.engine.parity.VerifyParity;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MavenPluginManager;
import org.apache.maven.plugin.Mojo;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.PluginConfigurationException;
import org.apache.maven.plugin.PluginContainerException;
import org.apache.maven.plugin.descriptor.MojoDescriptor;
import org.codehaus.plexus.util.xml.Xpp3Dom;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The goals a {@code verdict} runs, each configured by Maven from the verdict's own configuration exactly as
 * that goal would be configured in the same execution (parameters, {@code -Dcutover.*} properties, defaults),
 * so that a goal's parameters become its engine request in one place: the goal's own class. Closing releases
 * the configured Mojos.
 */
final class ConfiguredGoals implements AutoCloseable {

    private final MavenPluginManager pluginManager;
    private final MavenSession session;
    private final MojoExecution verdict;
    private final Xpp3Dom configuration;
    private final Map<String, Mojo> configured = new LinkedHashMap<>();

    /**
     * @param configuration the verdict execution's raw configuration (plugin-level merged in), or {@code null} for
     *                      defaults only
     */
    ConfiguredGoals(MavenPluginManager pluginManager, MavenSession session, MojoExecution verdict, Xpp3Dom configuration) {
        this.pluginManager = pluginManager;
        this.session = session;
        this.verdict = verdict;
        this.configuration = configuration;
    }

    /**
     * What the verdict runs: each goal's request, why each other goal does not run, and the approval record (the
     * guard's {@code cutoverApprovalFile}, or {@code null}).
     */
    record Plan(List<GoalRequest> requests, Map<String, String> notRun, Path cutoverApprovalFile,
                VerdictResult.Judged role) {
    }

    /**
     * What the verdict is told about whom it judges: {@code <role>} ({@code null}: not set) and whether the project binds
     * {@code generate-handoff} (it makes a handoff to publish).
     */
    record RoleSetting(Role role, boolean generatesHandoff) {
    }

    /**
     * The requests of {@code goals} whose inputs are configured, and why the others do not run. The pin is checked
     * when {@code pinNamed} (by the configuration or the command line), present, or present at the guard's base ref;
     * without one, the guard still runs its other checks. A goal {@code <verdictChecks>} leaves out is listed as
     * skipped ({@link Verdict#EXCLUDED}); leaving out the pin's goals while there is a pin, or a required goal, is a
     * configuration error.
     *
     * @param verdictChecks the {@code <verdictChecks>} entries (none: every goal of the role)
     * @param required      the {@code <requiredChecks>} entries
     * @param setting       {@code <role>}, and whether the project generates a handoff
     */
    Plan plan(RunContext context, List<String> verdictChecks, boolean pinNamed, List<String> required, RoleSetting setting)
            throws MojoExecutionException {
        List<String> goals = Verdict.selected(verdictChecks);
        GuardRequest guard = get(Guard.GOAL, GuardMojo.class).request();
        String noPin = PinToCheck.whyNone(context.files(), get(CheckPin.GOAL, CheckPinMojo.class).pinFile().toPath(),
                pinNamed, guard.pin().pinBaseRef(), context.limits().maxBytes());
        Map<String, String> notConfigured = new LinkedHashMap<>();
        for (String goal : Verdict.GOALS) {
            String why = goal.equals(CheckPin.GOAL) ? noPin : get(goal, VerdictGoal.class).notConfigured();
            if (why != null) {
                notConfigured.put(goal, why);
            }
        }
        VerdictResult.Judged role = role(setting, noPin == null ? context.files().display(get(CheckPin.GOAL,
                CheckPinMojo.class).pinFile().toPath()) : null, guard, notConfigured);
        if (verdictChecks != null && !verdictChecks.isEmpty() && !role.role().goals().containsAll(goals)) {
            throw new MojoExecutionException("<verdictChecks> names " + String.join(", ", goals.stream()
                    .filter(g -> !role.role().goals().contains(g)).toList()) + ", which a " + role.role().id() + "'s verdict "
                    + "does not run (the role is " + role.why() + "): remove " + (goals.size() == 1 ? "it" : "them")
                    + ", or set <role>both</role>");
        }
        List<GoalRequest> requests = new ArrayList<>();
        Map<String, String> notRun = new LinkedHashMap<>();
        for (String goal : role.role().goals()) {
            if (!goals.contains(goal)) {
                excluded(goal, noPin, required);
                notRun.put(goal, Verdict.EXCLUDED);
            } else if (notConfigured.containsKey(goal)) {
                notRun.put(goal, notConfigured.get(goal));
            } else if (goal.equals(Guard.GOAL)) {
                requests.add(noPin == null ? guard : guard.withoutPin());
            } else {
                requests.add(get(goal, VerdictGoal.class).request());
            }
        }
        File approval = get(Guard.GOAL, GuardMojo.class).cutoverApprovalFile();
        return new Plan(requests, notRun, approval == null ? null : approval.toPath(), role);
    }

    /**
     * Whom the verdict judges ({@link Role#of}), {@code pin} the integration pin shown ({@code null}: none): a consumer's
     * inputs are a pin and the guard's boundary and fallback
     * checks; a producer's are a canonical pack, an OpenAPI description, and a handoff to publish (compared with the
     * manifest it is generated from, or generated in this project).
     */
    private VerdictResult.Judged role(RoleSetting setting, String pin, GuardRequest guard,
                                      Map<String, String> notConfigured) throws MojoExecutionException {
        List<String> consumer = new ArrayList<>();
        if (pin != null) {
            consumer.add("an integration pin (" + pin + ")");
        }
        if (!guard.boundary().boundaryEndpoints().isEmpty()) {
            consumer.add("boundaryEndpoints");
        }
        if (!guard.fallback().fallbackTests().isEmpty()) {
            consumer.add("fallbackTests");
        }
        List<String> producer = new ArrayList<>();
        if (!notConfigured.containsKey(VerifyParity.GOAL)) {
            producer.add("canonicalDirectory");
        }
        if (!notConfigured.containsKey(CheckAlignment.GOAL)) {
            producer.add("openApiFile");
        }
        if (!notConfigured.containsKey(ValidateHandoff.GOAL) && get(ValidateHandoff.GOAL, ValidateHandoffMojo.class).checksStale()) {
            producer.add("checkStale");
        }
        if (setting.generatesHandoff()) {
            producer.add("generate-handoff");
        }
        return new VerdictResult.Judged(Role.of(setting.role(), consumer, producer), Role.why(setting.role(), consumer, producer));
    }

    /** A goal {@code <verdictChecks>} may not leave out: the pin's goals while there is a pin, and a required goal. */
    private static void excluded(String goal, String noPin, List<String> required) throws MojoExecutionException {
        if (noPin == null && (goal.equals(CheckPin.GOAL) || goal.equals(Guard.GOAL))) {
            throw new MojoExecutionException("<verdictChecks> leaves out " + goal + " while there is an integration pin: "
                    + "the pin's checks (check-pin, and guard's pin-unchanged check) run in every verdict of a consumer; "
                    + "add <verdictCheck>" + goal + "</verdictCheck>, or remove <verdictChecks>");
        }
        if (required != null && required.stream().anyMatch(r -> r != null && r.trim().equals(goal))) {
            throw new MojoExecutionException("<verdictChecks> leaves out " + goal + ", which <requiredChecks> requires: "
                    + "add <verdictCheck>" + goal + "</verdictCheck>, or remove it from <requiredChecks>");
        }
    }

    /** The goal's Mojo, configured once; a configuration Maven rejects is a configuration error naming the goal. */
    <T> T get(String goal, Class<T> type) throws MojoExecutionException {
        Mojo known = configured.get(goal);
        if (known != null) {
            return type.cast(known);
        }
        MojoDescriptor descriptor = verdict.getMojoDescriptor().getPluginDescriptor().getMojo(goal);
        MojoExecution execution = new MojoExecution(descriptor, verdict.getExecutionId(), MojoExecution.Source.LIFECYCLE);
        execution.setLifecyclePhase(verdict.getLifecyclePhase());
        execution.setConfiguration(PluginConfiguration.forMojo(configuration, descriptor));
        try {
            Mojo mojo = pluginManager.getConfiguredMojo(Mojo.class, session, execution);
            configured.put(goal, mojo);
            return type.cast(mojo);
        } catch (PluginConfigurationException | PluginContainerException e) {
            throw new MojoExecutionException("Cannot configure " + goal + " for the verdict: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        configured.values().forEach(mojo -> pluginManager.releaseMojo(mojo, verdict));
        configured.clear();
    }
}
