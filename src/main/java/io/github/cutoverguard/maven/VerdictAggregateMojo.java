package io.github.cutoverguard.maven;

import io.github.cutoverguard.engine.Baseline;
import io.github.cutoverguard.engine.report.VerdictReport;
import io.github.cutoverguard.engine.verdict.VerdictAggregate;
import io.github.cutoverguard.engine.verdict.VerdictResult;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.apache.maven.project.ProjectBuilder;
import org.codehaus.plexus.util.xml.Xpp3Dom;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One verdict for a multi-module build: reads the {@code verdict.json} that each module binding {@code verdict} wrote
 * in this build (under its {@code reportDirectory}, by default {@code target/cutover-guardrails}), and writes {@code verdict.json}, {@code verdict.md},
 * JUnit XML and SARIF for the whole build under this project's {@code reportDirectory}, paths relative to the
 * repository root. Rehearsal continuation is GO only when every module's is GO. It knows every module of the reactor
 * from the POMs, not only those built: a module whose POM binds {@code verdict} (in its build plugins, with the
 * parent's {@code pluginManagement} and the active profiles applied) and that this build left out ({@code -pl},
 * {@code -rf}, {@code -N}), whose verdict did not run in this build, or cannot be read, is {@code VERDICT-INCOMPLETE}
 * and makes it NO-GO; a module that does not use the plugin needs no verdict. Fails the build as {@code verdict} does.
 *
 * <p>It is an aggregator: run it once, after the modules, from the command line of the reactor's root, e.g.
 * {@code mvn -fae verify cutover:verdict-aggregate} ({@code -fae}, so that one module's NO-GO does not stop the others
 * before their verdicts). Maven 3 and 4 run a command-line aggregator goal after the lifecycle of every module; bound to
 * a phase in the root instead, it would run before the modules.
 */
@Mojo(name = VerdictAggregate.GOAL, aggregator = true, threadSafe = true)
public class VerdictAggregateMojo extends AbstractCutoverMojo {

    public VerdictAggregateMojo() {
        super(BuildOutcome.Conclusion.VERDICT);
    }

    /** Builds the model of a module of the reactor that this build did not load (e.g. under {@code -N}). */
    @Component
    private ProjectBuilder projectBuilder;

    /** No baseline of its own: each module's verdict names the baseline it judged. */
    @Override
    protected void run(BuildOutcome outcome) throws MojoExecutionException, MojoFailureException {
        List<VerdictAggregate.Module> modules = new ArrayList<>();
        Path written = reportDirectory.toPath().toAbsolutePath().normalize().resolve(VerdictReport.FILE_NAME);
        Set<Path> built = new HashSet<>();
        session.getProjects().forEach(p -> built.add(pom(p)));
        for (MavenProject module : new Reactor(session, projectBuilder).projects()) {
            Path verdict = verdictOf(module);
            if (verdict != null) {
                if (verdict.normalize().equals(written)) {
                    throw new MojoExecutionException("verdict-aggregate would overwrite " + module.getArtifactId()
                            + "'s own verdict.json: set its <reportDirectory> elsewhere, e.g. target/cutover-guardrails/build");
                }
                modules.add(new VerdictAggregate.Module(module.getArtifactId(), basedir.toPath().toAbsolutePath()
                        .relativize(module.getBasedir().toPath().toAbsolutePath()).toString().replace('\\', '/'), verdict,
                        built.contains(pom(module))));
            }
        }
        Instant started = session.getRequest().getStartTime() == null ? Instant.EPOCH
                : session.getRequest().getStartTime().toInstant();
        VerdictResult verdict = VerdictAggregate.run(context(Baseline.NONE), modules, started);
        outcome.concludeBuild(verdict);
    }

    /**
     * The {@code verdict.json} a module that runs this plugin's {@code verdict} goal writes, or {@code null} for a module
     * that does not: under the {@code reportDirectory} of its verdict execution, else of its plugin configuration, else
     * {@code -Dcutover.reportDirectory}, else {@code target/cutover-guardrails} (a POM value wins over a user property).
     */
    private Path verdictOf(MavenProject module) {
        String key = mojoExecution.getMojoDescriptor().getPluginDescriptor().getPluginLookupKey();
        for (Plugin plugin : module.getBuildPlugins()) {
            if (plugin.getKey().equals(key)) {
                for (PluginExecution execution : plugin.getExecutions()) {
                    if (execution.getGoals().contains("verdict")) {
                        String configured = child(execution.getConfiguration(), "reportDirectory");
                        configured = configured != null ? configured : child(plugin.getConfiguration(), "reportDirectory");
                        configured = configured != null ? configured
                                : session.getUserProperties().getProperty("cutover.reportDirectory");
                        Path directory = configured == null ? Path.of(module.getBuild().getDirectory(), "cutover-guardrails")
                                : module.getBasedir().toPath().resolve(configured.trim());
                        return directory.resolve(VerdictReport.FILE_NAME).toAbsolutePath();
                    }
                }
            }
        }
        return null;
    }

    /** A project's POM file, absolute and normalized: how the reactor's projects are told apart. */
    static Path pom(MavenProject project) {
        return project.getFile().toPath().toAbsolutePath().normalize();
    }

    /** The text of a child element of a POM configuration, or {@code null}. */
    private static String child(Object configuration, String name) {
        Xpp3Dom element = configuration instanceof Xpp3Dom dom ? dom.getChild(name) : null;
        return element == null || element.getValue() == null || element.getValue().isBlank() ? null : element.getValue();
    }
}
