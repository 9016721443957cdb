package io.github.cutoverguard.maven;

import org.apache.maven.project.MavenProject;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where a goal that moves the pin on demand ({@code repin}, {@code rollback}) runs in a multi-module build: once in each
 * module that holds a pin, so that {@code mvn cutover:repin} at the reactor's root does what it does in the module.
 * It does nothing, and says why, in an aggregator POM (packaging {@code pom} with modules: it holds no pin of its own)
 * and, when the build runs several projects, in a project whose {@code pinFile} does not exist (a module that holds no
 * pin). A first pin is therefore created in a single-project build only: in a multi-module build,
 * {@code mvn cutover:repin -pl <module>}. Each module resolves its relative paths against its own directory.
 */
final class PinModule {

    private PinModule() {
    }

    /**
     * Why {@code goal} does nothing in {@code project}, or empty when it runs there.
     *
     * @param projectsInBuild how many projects this build runs (Maven's session projects, after {@code -pl})
     * @param pinFile         the project's {@code pinFile}, resolved
     * @param pinDisplay      how the pin's path is shown to the user
     */
    static Optional<String> skipReason(String goal, MavenProject project, int projectsInBuild, Path pinFile,
                                       String pinDisplay) {
        String name = project.getArtifactId();
        if ("pom".equals(project.getPackaging()) && !project.getModules().isEmpty()) {
            return Optional.of(goal + " does nothing in " + name + ": it is an aggregator POM (packaging pom with "
                    + "modules); it runs in each module that holds a pin");
        }
        if (projectsInBuild > 1 && !Files.exists(pinFile, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.of(goal + " does nothing in " + name + ": it holds no pin (" + pinDisplay + " does not "
                    + "exist). To create the first pin of a multi-module build, run it in that module alone: "
                    + "mvn cutover:" + goal + " -pl <module>");
        }
        return Optional.empty();
    }
}
