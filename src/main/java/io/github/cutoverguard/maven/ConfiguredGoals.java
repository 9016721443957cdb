package io.github.cutoverguard.maven;

import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MavenPluginManager;
import org.apache.maven.plugin.Mojo;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.PluginConfigurationException;
import org.apache.maven.plugin.PluginContainerException;
import org.apache.maven.plugin.descriptor.MojoDescriptor;
import org.codehaus.plexus.util.xml.Xpp3Dom;

import java.util.LinkedHashMap;
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
