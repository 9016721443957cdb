package io.github.cutoverguard.maven;

import io.github.cutoverguard.engine.input.ProjectFiles;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.model.building.ModelBuildingRequest;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.project.DefaultProjectBuildingRequest;
import org.apache.maven.project.MavenProject;
import org.apache.maven.project.ProjectBuilder;
import org.apache.maven.project.ProjectBuildingException;
import org.apache.maven.project.ProjectBuildingRequest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every project of the reactor as its POMs declare it, built in this session or not: the build's verdict judges the
 * reactor, not the part of it a command line selected. Maven reads the whole reactor before {@code -pl} and {@code -rf}
 * select from it ({@link MavenSession#getAllProjects()}); from the reactor's root down, every module a project's model
 * lists (its {@code <modules>} with the profiles active in this session) that Maven did not read (under {@code -N}) is
 * read here with Maven's {@link ProjectBuilder}, so that its parent's {@code pluginManagement} and its active profiles
 * apply as in a build.
 */
final class Reactor {

    private final MavenSession session;
    private final ProjectBuilder builder;

    Reactor(MavenSession session, ProjectBuilder builder) {
        this.session = session;
        this.builder = builder;
    }

    /**
     * The reactor's projects: Maven's, in its reactor order, then any module only the POMs name.
     *
     * @throws MojoExecutionException when a module's POM is missing or cannot be read: whether it binds the verdict is
     *                                then unknown
     */
    List<MavenProject> projects() throws MojoExecutionException {
        List<MavenProject> read = session.getAllProjects() == null || session.getAllProjects().isEmpty()
                ? session.getProjects() : session.getAllProjects();
        Map<Path, MavenProject> byPom = new LinkedHashMap<>();
        read.forEach(p -> byPom.putIfAbsent(VerdictAggregateMojo.pom(p), p));
        MavenProject root = read.stream().filter(MavenProject::isExecutionRoot).findFirst()
                .orElse(session.getTopLevelProject());
        byPom.putIfAbsent(VerdictAggregateMojo.pom(root), root);
        Deque<MavenProject> todo = new ArrayDeque<>(List.of(root));
        Set<Path> visited = new HashSet<>(List.of(VerdictAggregateMojo.pom(root)));
        while (!todo.isEmpty()) {
            MavenProject project = todo.removeFirst();
            for (String module : project.getModules()) {
                Path pom = modulePom(project, module);
                if (visited.add(pom)) {
                    MavenProject child = byPom.get(pom);
                    if (child == null) {
                        child = build(pom, module, project);
                        byPom.put(pom, child);
                    }
                    todo.addLast(child);
                }
            }
        }
        return List.copyOf(byPom.values());
    }

    /** The POM of a {@code <module>}: the file it names, or the {@code pom.xml} of the directory it names. */
    private static Path modulePom(MavenProject parent, String module) throws MojoExecutionException {
        Path path = parent.getBasedir().toPath().toAbsolutePath().resolve(module.trim()).normalize();
        Path pom = Files.isDirectory(path) ? path.resolve("pom.xml") : path;
        if (!Files.isRegularFile(pom)) {
            throw new MojoExecutionException("The module " + module + " of " + parent.getArtifactId() + " has no POM: "
                    + "verdict-aggregate cannot tell whether it binds verdict");
        }
        return pom;
    }

    /** A module Maven did not read, read as this session would read it (profiles, properties), without its plugins. */
    private MavenProject build(Path pom, String module, MavenProject parent) throws MojoExecutionException {
        ProjectBuildingRequest request = new DefaultProjectBuildingRequest(session.getProjectBuildingRequest())
                .setProcessPlugins(false).setResolveDependencies(false)
                .setValidationLevel(ModelBuildingRequest.VALIDATION_LEVEL_MINIMAL);
        try {
            return builder.build(pom.toFile(), request).getProject();
        } catch (ProjectBuildingException | RuntimeException e) {
            throw new MojoExecutionException("Cannot read the module " + module + " of " + parent.getArtifactId()
                    + ", which verdict-aggregate reads to tell whether it binds verdict: " + ProjectFiles.withPathShown(
                    String.valueOf(e.getMessage()), parent.getBasedir().toPath(), "."), e);
        }
    }
}
