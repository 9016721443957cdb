package io.github.cutoverguard.maven;

import io.github.cutoverguard.engine.NearestName;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginExecution;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.PluginParameterExpressionEvaluator;
import org.apache.maven.plugin.descriptor.MojoDescriptor;
import org.apache.maven.plugin.descriptor.Parameter;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.project.MavenProject;
import org.codehaus.plexus.configuration.PlexusConfiguration;
import org.codehaus.plexus.util.xml.Xpp3Dom;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * This plugin's {@code <configuration>} as the user wrote it in the project model: the plugin-level
 * configuration and each execution's (which Maven merges with the plugin-level one). Maven hands a
 * Mojo only the elements that are its parameters and drops the rest silently; this view is how the
 * plugin fails closed: an element no goal knows is a configuration error naming the nearest parameter
 * ({@link #requireKnownElements()}), and an input another execution configures that this one lacks is
 * named ({@link #lackedInputs}).
 */
final class PluginConfiguration {

    /** One {@code <execution>}: its id, its goals and its configuration (merged with the plugin-level one). */
    record Execution(String id, List<String> goals, Xpp3Dom configuration) {
    }

    /** The goal that runs every other goal's checks: its executions configure their inputs too. */
    private static final String VERDICT = "verdict";

    /** Inputs an execution configures that the running one lacks. */
    record Lack(String executionId, String goal, List<String> parameters) {

        /** What a command-line run of the goal says about it. */
        String warning() {
            return "mvn cutover:" + goal + " runs without " + String.join(", ", parameters) + ", configured only in execution '"
                    + executionId + "': the checks that need them are skipped in this run. Move them to the plugin-level "
                    + "<configuration> so that every run checks the same.";
        }
    }

    private final PluginDescriptor descriptor;
    private final Xpp3Dom pluginLevel;
    private final Map<String, Execution> executions;

    private PluginConfiguration(PluginDescriptor descriptor, Xpp3Dom pluginLevel, Map<String, Execution> executions) {
        this.descriptor = descriptor;
        this.pluginLevel = pluginLevel;
        this.executions = executions;
    }

    /**
     * Fails when the running execution's configuration holds a value of the wrong kind or range
     * ({@link ParameterValues}); the unknown elements are {@link #requireKnownElements()}'s, checked once per project.
     *
     * @throws MojoExecutionException naming what is wrong (a configuration error)
     */
    void requireValues(MojoExecution running, MavenSession session) throws MojoExecutionException {
        ParameterValues.require(descriptor, effective(running.getExecutionId()),
                new PluginParameterExpressionEvaluator(session, running));
    }

    /** Reads this plugin's configuration from the project's build plugins (else its plugin management). */
    static PluginConfiguration of(MavenProject project, MojoExecution running) {
        PluginDescriptor descriptor = running.getMojoDescriptor().getPluginDescriptor();
        Plugin plugin = find(project, descriptor.getPluginLookupKey());
        Xpp3Dom pluginLevel = plugin == null ? null : dom(plugin.getConfiguration());
        Map<String, Execution> executions = new LinkedHashMap<>();
        if (plugin != null) {
            for (PluginExecution execution : plugin.getExecutions()) {
                Xpp3Dom own = dom(execution.getConfiguration());
                executions.put(execution.getId(), new Execution(execution.getId(), List.copyOf(execution.getGoals()),
                        merged(own, pluginLevel)));
            }
        }
        return new PluginConfiguration(descriptor, pluginLevel == null ? new Xpp3Dom("configuration") : pluginLevel,
                executions);
    }

    /**
     * Fails when the plugin-level configuration or an execution's configuration holds an element that
     * is no parameter (nor alias) of any of this plugin's goals, naming the nearest parameter.
     */
    void requireKnownElements() throws MojoExecutionException {
        Set<String> known = parameterNames();
        List<String> problems = new ArrayList<>();
        Set<String> atPluginLevel = unknown(pluginLevel, known, Set.of(), "the plugin-level <configuration>", problems);
        for (Execution execution : executions.values()) {
            // Maven merges the plugin-level configuration into each execution's: report each element once, where it is
            unknown(execution.configuration(), known, atPluginLevel, "the <configuration> of execution '" + execution.id()
                    + "'", problems);
        }
        if (!problems.isEmpty()) {
            throw new MojoExecutionException(String.join("; ", new LinkedHashSet<>(problems))
                    + " (a misspelt parameter would silently switch its check off)");
        }
    }

    /** Every configuration this plugin runs with in the project: the plugin-level one and each execution's (merged). */
    List<Xpp3Dom> configurations() {
        List<Xpp3Dom> all = new ArrayList<>();
        all.add(pluginLevel);
        executions.values().forEach(execution -> all.add(execution.configuration()));
        return all;
    }

    /** The configuration the given execution runs with: its own (merged), else the plugin-level one. */
    Xpp3Dom effective(String executionId) {
        Execution execution = executions.get(executionId);
        return execution == null ? pluginLevel : execution.configuration();
    }

    /**
     * The inputs of {@code goal} that other executions of that goal, or of the verdict (which runs it), configure and
     * {@code executionId} lacks: parameters of the goal present in such an execution's configuration but not in the
     * running one.
     */
    List<Lack> lackedInputs(String executionId, String goal) {
        MojoDescriptor mojo = descriptor.getMojo(goal);
        if (mojo == null || mojo.getParameters() == null) {
            return List.of();
        }
        Xpp3Dom current = effective(executionId);
        List<Lack> lacks = new ArrayList<>();
        for (Execution other : executions.values()) {
            if (other.id().equals(executionId) || !other.goals().contains(goal) && !other.goals().contains(VERDICT)) {
                continue;
            }
            List<String> missing = new ArrayList<>();
            for (Parameter parameter : mojo.getParameters()) {
                if (parameter.isEditable() && present(other.configuration(), parameter) && !present(current, parameter)) {
                    missing.add(parameter.getName());
                }
            }
            if (!missing.isEmpty()) {
                lacks.add(new Lack(other.id(), goal, List.copyOf(missing)));
            }
        }
        return lacks;
    }

    /**
     * Fails when other executions configure inputs of {@code goals} that the verdict's execution lacks: the verdict
     * would judge less than those goals check.
     */
    void requireVerdictInputs(String executionId, List<String> goals) throws MojoExecutionException {
        List<String> problems = new ArrayList<>();
        List<String> judged = new ArrayList<>(goals);
        judged.add(VERDICT);
        for (String goal : judged) {
            for (Lack lack : lackedInputs(executionId, goal)) {
                problems.add(String.join(", ", lack.parameters()) + " (configured for " + goal + " in execution '"
                        + lack.executionId() + "')");
            }
        }
        if (!problems.isEmpty()) {
            throw new MojoExecutionException("verdict lacks inputs its goals are configured with: "
                    + String.join("; ", problems) + ". Move them from the <execution> to the plugin-level <configuration>, "
                    + "so that one configuration serves the verdict and every goal (or narrow the verdict with <verdictChecks>)");
        }
    }

    /** Whether an execution of this plugin in the project binds {@code goal}. */
    boolean binds(String goal) {
        return executions.values().stream().anyMatch(execution -> execution.goals().contains(goal));
    }

    /** Whether the running execution's configuration sets the parameter (by name or alias). */
    boolean configures(String executionId, String parameter) {
        return effective(executionId).getChild(parameter) != null;
    }

    /**
     * Whether the execution's configuration ({@code configuration} may be {@code null} outside a Maven build) or the
     * command line ({@code -Dcutover.<parameter>}) names the parameter.
     */
    static boolean names(PluginConfiguration configuration, String executionId, MavenSession session, String parameter) {
        return (configuration != null && configuration.configures(executionId, parameter))
                || (session != null && session.getUserProperties().getProperty("cutover." + parameter) != null);
    }

    /**
     * The configuration Maven would give {@code mojo} from {@code raw}: each of its parameters as
     * configured (an alias renamed to the name), else its expression and default, as Maven's lifecycle
     * does before it configures a Mojo.
     */
    static Xpp3Dom forMojo(Xpp3Dom raw, MojoDescriptor mojo) {
        Xpp3Dom defaults = dom(mojo.getMojoConfiguration());
        Xpp3Dom result = new Xpp3Dom("configuration");
        if (mojo.getParameters() == null) {
            return result;
        }
        for (Parameter parameter : mojo.getParameters()) {
            Xpp3Dom configured = raw == null ? null : raw.getChild(parameter.getName());
            if (configured == null && raw != null && parameter.getAlias() != null) {
                configured = raw.getChild(parameter.getAlias());
            }
            Xpp3Dom fallback = defaults == null ? null : defaults.getChild(parameter.getName());
            Xpp3Dom merged = Xpp3Dom.mergeXpp3Dom(configured == null ? null : new Xpp3Dom(configured),
                    fallback == null ? null : new Xpp3Dom(fallback), Boolean.TRUE);
            if (merged != null) {
                merged = new Xpp3Dom(merged, parameter.getName());
                if (merged.getAttribute("implementation") == null && parameter.getImplementation() != null
                        && !parameter.getImplementation().isEmpty()) {
                    merged.setAttribute("implementation", parameter.getImplementation());
                }
                result.addChild(merged);
            }
        }
        return result;
    }

    /** The element names every goal of this plugin accepts. */
    Set<String> parameterNames() {
        Set<String> names = new TreeSet<>();
        for (MojoDescriptor mojo : descriptor.getMojos()) {
            if (mojo.getParameters() == null) {
                continue;
            }
            for (Parameter parameter : mojo.getParameters()) {
                names.add(parameter.getName());
                if (parameter.getAlias() != null && !parameter.getAlias().isEmpty()) {
                    names.add(parameter.getAlias());
                }
            }
        }
        return names;
    }

    /** Adds each unknown element of {@code configuration} not already {@code reported}; returns the unknown names. */
    private static Set<String> unknown(Xpp3Dom configuration, Set<String> known, Set<String> reported, String where,
                                       List<String> problems) {
        Set<String> names = new TreeSet<>();
        Xpp3Dom baseline = configuration.getChild("baseline");
        if (baseline != null && !reported.contains("baseline")) {
            for (Xpp3Dom field : baseline.getChildren()) {
                if (!BaselineParameter.FIELDS.contains(field.getName())) {
                    names.add("baseline");
                    problems.add(BaselineParameter.unknown(field.getName(), where));
                }
            }
        }
        for (Xpp3Dom child : configuration.getChildren()) {
            if (!known.contains(child.getName()) && names.add(child.getName()) && !reported.contains(child.getName())) {
                String nearest = NearestName.of(child.getName(), known);
                problems.add("Unknown parameter <" + child.getName() + "> in " + where + " of "
                        + "cutover-guardrails-maven-plugin" + (nearest == null ? "" : ": did you mean <" + nearest + ">?"));
            }
        }
        return names;
    }

    private static boolean present(Xpp3Dom configuration, Parameter parameter) {
        return configuration.getChild(parameter.getName()) != null
                || (parameter.getAlias() != null && !parameter.getAlias().isEmpty()
                        && configuration.getChild(parameter.getAlias()) != null);
    }

    private static Plugin find(MavenProject project, String key) {
        if (project == null) {
            return null;
        }
        for (Plugin plugin : project.getBuildPlugins()) {
            if (key.equals(plugin.getKey())) {
                return plugin;
            }
        }
        if (project.getPluginManagement() != null) {
            for (Plugin plugin : project.getPluginManagement().getPlugins()) {
                if (key.equals(plugin.getKey())) {
                    return plugin;
                }
            }
        }
        return null;
    }

    private static Xpp3Dom merged(Xpp3Dom own, Xpp3Dom pluginLevel) {
        if (own == null) {
            return pluginLevel == null ? new Xpp3Dom("configuration") : new Xpp3Dom(pluginLevel);
        }
        return pluginLevel == null ? own : Xpp3Dom.mergeXpp3Dom(new Xpp3Dom(own), new Xpp3Dom(pluginLevel));
    }

    private static Xpp3Dom dom(Object configuration) {
        return configuration instanceof Xpp3Dom xml ? xml : null;
    }

    private static Xpp3Dom dom(PlexusConfiguration configuration) {
        if (configuration == null) {
            return null;
        }
        Xpp3Dom result = new Xpp3Dom(configuration.getName());
        result.setValue(configuration.getValue(null));
        for (String attribute : configuration.getAttributeNames()) {
            result.setAttribute(attribute, configuration.getAttribute(attribute, null));
        }
        for (PlexusConfiguration child : configuration.getChildren()) {
            result.addChild(dom(child));
        }
        return result;
    }
}
