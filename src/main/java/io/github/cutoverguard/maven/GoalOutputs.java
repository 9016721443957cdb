package io.github.cutoverguard.maven;

import io.github.cutoverguard.engine.guard.GuardRequest;
import io.github.cutoverguard.engine.input.OutputsAreNotInputs;
import io.github.cutoverguard.engine.input.OutputsAreNotInputs.ConfiguredInput;
import io.github.cutoverguard.engine.input.ProjectFiles;
import io.github.cutoverguard.engine.report.ReportFiles;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.PluginParameterExpressionEvaluator;
import org.apache.maven.plugin.descriptor.MojoDescriptor;
import org.apache.maven.plugin.descriptor.Parameter;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.project.MavenProject;
import org.codehaus.plexus.component.configurator.expression.ExpressionEvaluationException;
import org.codehaus.plexus.util.xml.Xpp3Dom;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What a goal writes, settled before it runs (DESIGN §7): the report directory must be a directory; the first goal of
 * a build removes the reports the last build left there (reports never outlive their run: a build that then ends in a
 * configuration error leaves no old GO behind); and no file the goal writes may be one a configured input names
 * (outputs are never inputs), a configuration error naming both parameters.
 */
final class GoalOutputs {

    /** The plugin-context key of the report directories this build has already cleared for the project. */
    private static final String CLEARED = "cutover.clearedReportDirectories";

    /** List parameters that name input files or directories (each element, or each element's {@code <path>}). */
    static final Set<String> LIST_INPUTS = Set.of("mirrors", "documents", "testReportDirectories");

    /** File parameters that are not the project's inputs: where reports go, the producer clone (read through git), Maven's own. */
    static final Set<String> NOT_INPUTS = Set.of("reportDirectory", "producerRepository", "basedir", "buildDirectory",
            "outputDirectory", "testOutputDirectory");

    /**
     * The files a goal exists to write, by parameter, and the parameters under which other goals read them (those
     * inputs may be these files: {@code check-pin}'s {@code pinFile} is the pin {@code repin} rewrites).
     */
    record Written(Map<String, Path> files, Set<String> rewritten) {

        static final Written NONE = new Written(Map.of(), Set.of());

        /** The configured files among {@code files} ({@code null}: not configured), by the parameter at the same index. */
        static Written of(List<String> parameters, Set<String> rewritten, File... files) {
            Map<String, Path> written = new LinkedHashMap<>();
            for (int i = 0; i < files.length; i++) {
                if (files[i] != null) {
                    written.put(parameters.get(i), files[i].toPath());
                }
            }
            return new Written(written, rewritten);
        }
    }

    /**
     * Settles {@code mojo}'s outputs before it runs: the report directory checked, the last build's reports removed
     * (before the configuration is checked, so that a configuration error leaves none), the plugin's configuration
     * checked, and no written file an input. The configuration and the inputs it names are read, and its unknown
     * elements checked, by the project's first goal of the build; each goal checks its own execution's values.
     *
     * @return the plugin's configuration as checked; {@code null} outside a Maven build
     */
    static PluginConfiguration settle(AbstractCutoverMojo mojo) throws MojoExecutionException {
        Map<Object, Object> pluginContext = mojo.getPluginContext();
        Configured configured = pluginContext == null ? null : (Configured) pluginContext.get(CONFIGURED);
        if (configured == null) {
            configured = Configured.of(mojo.project, mojo.mojoExecution, mojo.session, mojo.files());
        }
        GoalOutputs outputs = new GoalOutputs(mojo.files(), mojo.reportDirectory.toPath(), configured.goals(),
                configured.inputs());
        outputs.clearLastBuildsReports(pluginContext, mojo.getLog());
        if (configured.configuration() != null) {
            if (pluginContext == null || !pluginContext.containsKey(CONFIGURED)) {
                configured.configuration().requireKnownElements();
            }
            configured.configuration().requireValues(mojo.mojoExecution, mojo.session);
        }
        if (pluginContext != null) {
            pluginContext.put(CONFIGURED, configured);
        }
        outputs.requireNotInputs(mojo.written());
        return configured.configuration();
    }

    /** The plugin-context key of the project's {@link Configured} configuration, read once per build and project. */
    private static final String CONFIGURED = "cutover.configured";

    /**
     * What every goal of the plugin in one project shares in a build, read by its first goal: the plugin's goals, the
     * inputs any of its configurations names, and its configuration as written ({@code null} outside a Maven build).
     */
    private record Configured(Set<String> goals, List<ConfiguredInput> inputs, PluginConfiguration configuration) {

        static Configured of(MavenProject project, MojoExecution execution, MavenSession session, ProjectFiles files) {
            if (project == null || execution == null) {
                return new Configured(Set.of(), List.of(), null);
            }
            GoalOutputs outputs = GoalOutputs.of(project, execution, session, files, files.basedir());
            return new Configured(outputs.goals, outputs.inputs.inputs(), PluginConfiguration.of(project, execution));
        }
    }

    private final ProjectFiles files;
    private final Path reportDirectory;
    private final Set<String> goals;
    private final OutputsAreNotInputs inputs;

    private GoalOutputs(ProjectFiles files, Path reportDirectory, Set<String> goals, List<ConfiguredInput> inputs) {
        this.files = files;
        this.reportDirectory = files.resolve(reportDirectory);
        this.goals = goals;
        this.inputs = new OutputsAreNotInputs(inputs);
    }

    /**
     * The outputs of a goal of the running plugin, with every input that any configuration of the plugin in the project
     * (plugin-level, each execution, the command line's {@code -Dcutover.*}) names for any of its goals.
     */
    static GoalOutputs of(MavenProject project, MojoExecution execution, MavenSession session, ProjectFiles files,
                          Path reportDirectory) {
        if (project == null || execution == null || session == null) {
            return new GoalOutputs(files, reportDirectory, Set.of(), List.of());
        }
        PluginDescriptor plugin = execution.getMojoDescriptor().getPluginDescriptor();
        Set<String> goals = new HashSet<>();
        plugin.getMojos().forEach(mojo -> goals.add(mojo.getGoal()));
        PluginParameterExpressionEvaluator evaluator = new PluginParameterExpressionEvaluator(session, execution);
        List<ConfiguredInput> inputs = new ArrayList<>();
        for (Xpp3Dom configuration : PluginConfiguration.of(project, execution).configurations()) {
            for (MojoDescriptor mojo : plugin.getMojos()) {
                Xpp3Dom effective = PluginConfiguration.forMojo(configuration, mojo);
                for (Parameter parameter : mojo.getParameters() == null ? List.<Parameter>of() : mojo.getParameters()) {
                    if (isInput(parameter) && effective.getChild(parameter.getName()) != null) {
                        for (String value : values(effective.getChild(parameter.getName()), evaluator)) {
                            inputs.add(new ConfiguredInput(parameter.getName(), files.resolve(Path.of(value))));
                        }
                    }
                }
            }
        }
        if (inputs.stream().noneMatch(input -> input.parameter().equals("testReportDirectories"))) {
            // guard's default test report directories: a JUnit report written there would count as a test run
            for (Path directory : GuardRequest.Fallback.defaultReportDirectories(Path.of(project.getBuild().getDirectory()))) {
                inputs.add(new ConfiguredInput("testReportDirectories", directory));
            }
        }
        return new GoalOutputs(files, reportDirectory, goals, inputs);
    }

    private static boolean isInput(Parameter parameter) {
        return parameter.isEditable() && !NOT_INPUTS.contains(parameter.getName())
                && ("java.io.File".equals(parameter.getType()) || LIST_INPUTS.contains(parameter.getName()));
    }

    /** The paths a parameter's element names: its value, each child's value, or each child's {@code <path>}. */
    private static List<String> values(Xpp3Dom element, PluginParameterExpressionEvaluator evaluator) {
        List<String> values = new ArrayList<>();
        if (element.getChildCount() == 0) {
            evaluated(element.getValue(), evaluator, values);
        }
        for (Xpp3Dom child : element.getChildren()) {
            Xpp3Dom path = child.getChild("path");
            evaluated(path == null ? child.getValue() : path.getValue(), evaluator, values);
        }
        return values;
    }

    private static void evaluated(String text, PluginParameterExpressionEvaluator evaluator, List<String> values) {
        if (text == null || text.isBlank()) {
            return;
        }
        try {
            Object value = evaluator.evaluate(text.trim());
            if (value != null && !value.toString().isBlank() && !value.toString().contains("${")) {
                values.add(value.toString().trim());
            }
        } catch (ExpressionEvaluationException | RuntimeException unusable) {
            // an expression Maven cannot evaluate fails the goal's own configuration; it names no input here
        }
    }

    /**
     * Fails when the report directory is a file, or sits below one; else removes, once per build and report directory,
     * the reports the last build left there (never a configured input).
     *
     * @param pluginContext Maven's context of this plugin and project for the build ({@code null}: always clear)
     */
    @SuppressWarnings("unchecked")
    void clearLastBuildsReports(Map<Object, Object> pluginContext, Log log) throws MojoExecutionException {
        requireDirectory();
        Set<Path> cleared = pluginContext == null ? ConcurrentHashMap.newKeySet()
                : (Set<Path>) pluginContext.computeIfAbsent(CLEARED, key -> ConcurrentHashMap.<Path>newKeySet());
        if (!cleared.add(reportDirectory)) {
            return;
        }
        Set<Path> keep = new HashSet<>();
        inputs.inputs().forEach(input -> keep.add(input.path()));
        try {
            List<Path> removed = ReportFiles.clear(reportDirectory, ReportFiles.names(goals), keep);
            if (!removed.isEmpty()) {
                log.debug("Removed the last build's reports: " + removed.stream().map(files::display).toList());
            }
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot remove the last build's reports from " + files.display(reportDirectory)
                    + " (" + e.getClass().getSimpleName() + " " + e.getMessage() + "): a stale report could outlive this"
                    + " run. Make <reportDirectory> writable, or set it to another directory");
        }
    }

    private void requireDirectory() throws MojoExecutionException {
        for (Path path = reportDirectory; path != null; path = path.getParent()) {
            if (Files.exists(path)) {
                if (!Files.isDirectory(path)) {
                    throw new MojoExecutionException("<reportDirectory> " + files.display(reportDirectory)
                            + (path.equals(reportDirectory) ? " is a file" : " lies below " + files.display(path)
                            + ", which is a file") + ", not a directory: set <reportDirectory> (-Dcutover.reportDirectory)"
                            + " to a directory, e.g. the default target/cutover-guardrails");
                }
                return;
            }
        }
    }

    /**
     * Fails when a report, or a file the goal exists to write, is a configured input (but under a parameter that reads
     * the file it rewrites), or two written files are one.
     */
    void requireNotInputs(Written written) throws MojoExecutionException {
        List<String> problems = new ArrayList<>();
        for (String report : ReportFiles.names(goals)) {
            Path path = reportDirectory.resolve(report);
            inputs.problem("reportDirectory", path, files.display(path), Set.of()).ifPresent(problems::add);
        }
        Map<Path, String> seen = new LinkedHashMap<>();
        for (Map.Entry<String, Path> output : written.files().entrySet()) {
            Path path = files.resolve(output.getValue());
            inputs.problem(output.getKey(), path, files.display(path), written.rewritten()).ifPresent(problems::add);
            if (Files.isSymbolicLink(path)) {
                problems.add("<" + output.getKey() + "> " + files.display(path) + " is a symbolic link: writing would "
                        + "replace the link with a file and leave its target as it was. Replace the link with the file");
            }
            String before = seen.putIfAbsent(path, output.getKey());
            if (before != null) {
                problems.add("<" + before + "> and <" + output.getKey() + "> name the same file " + files.display(path)
                        + ": each is written with its own content. Set them to different files");
            }
        }
        if (!problems.isEmpty()) {
            throw new MojoExecutionException(String.join("; ", new java.util.LinkedHashSet<>(problems)));
        }
    }
}
