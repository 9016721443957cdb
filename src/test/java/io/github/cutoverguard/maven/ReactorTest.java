package io.github.cutoverguard.maven;

import io.github.cutoverguard.engine.testing.Fixtures;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.execution.DefaultMavenExecutionRequest;
import org.apache.maven.execution.DefaultMavenExecutionResult;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.model.Model;
import org.apache.maven.model.building.ModelProblem;
import org.apache.maven.model.building.ModelSource;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.project.DependencyResolutionResult;
import org.apache.maven.project.MavenProject;
import org.apache.maven.project.ProjectBuilder;
import org.apache.maven.project.ProjectBuildingRequest;
import org.apache.maven.project.ProjectBuildingResult;
import org.eclipse.aether.DefaultRepositorySystemSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Issue #24: the build's verdict knows every module of the reactor from the POMs, not only those this build built. */
class ReactorTest {

    @TempDir
    Path dir;

    /** The POMs the stub ProjectBuilder was asked to read. */
    private final List<String> read = new ArrayList<>();

    private MavenProject project(String path, String... modules) {
        Fixtures.write(dir, path.isEmpty() ? "pom.xml" : path + "/pom.xml", "<project/>\n");
        Model model = new Model();
        model.setArtifactId(path.isEmpty() ? "billing-platform" : path.substring(path.lastIndexOf('/') + 1));
        model.setModules(List.of(modules));
        MavenProject project = new MavenProject(model);
        project.setFile(dir.resolve(path).resolve("pom.xml").toFile());
        project.setExecutionRoot(path.isEmpty());
        return project;
    }

    private MavenSession session(List<MavenProject> all, List<MavenProject> built) {
        MavenSession session = new MavenSession(null, new DefaultRepositorySystemSession(),
                new DefaultMavenExecutionRequest(), new DefaultMavenExecutionResult());
        session.setProjects(built);
        session.setAllProjects(all);
        return session;
    }

    private List<String> artifactIds(MavenSession session) throws MojoExecutionException {
        return new Reactor(session, builder()).projects().stream().map(MavenProject::getArtifactId).toList();
    }

    @Test
    void aModuleLeftOutByProjectListIsStillInTheReactor() throws Exception {
        MavenProject root = project("", "invoices", "payments");
        MavenProject invoices = project("invoices");
        MavenProject payments = project("payments");
        MavenSession session = session(List.of(root, invoices, payments), List.of(root, invoices));
        assertThat(artifactIds(session)).containsExactly("billing-platform", "invoices", "payments");
        assertThat(read).as("Maven read every module of the reactor: none is read again").isEmpty();
    }

    @Test
    void aModuleMavenDidNotReadIsReadFromItsPomDownToNestedModules() throws Exception {
        MavenProject root = project("", "invoices", "ledgers/pom.xml");
        project("invoices");
        project("ledgers", "payments");
        project("ledgers/payments");
        MavenSession session = session(List.of(root), List.of(root));
        assertThat(artifactIds(session)).containsExactly("billing-platform", "invoices", "ledgers", "payments");
        assertThat(read).containsExactly("invoices/pom.xml", "ledgers/pom.xml", "ledgers/payments/pom.xml");
    }

    @Test
    void aModuleWithoutPomIsAConfigurationError() {
        MavenProject root = project("", "invoices", "refunds");
        project("invoices");
        assertThatThrownBy(() -> artifactIds(session(List.of(root), List.of(root))))
                .isInstanceOf(MojoExecutionException.class)
                .hasMessage("The module refunds of billing-platform has no POM: verdict-aggregate cannot tell whether it "
                        + "binds verdict");
    }

    /** Reads a POM of {@link #dir} as the project the test laid out there (its modules as {@link #project} set them). */
    private ProjectBuilder builder() {
        return new ProjectBuilder() {
            @Override
            public ProjectBuildingResult build(File pom, ProjectBuildingRequest request) {
                String path = dir.relativize(pom.toPath()).toString().replace('\\', '/');
                read.add(path);
                String module = path.substring(0, path.length() - "/pom.xml".length());
                return result(project(module, module.equals("ledgers") ? new String[] {"payments"} : new String[0]));
            }

            @Override
            public ProjectBuildingResult build(Artifact artifact, ProjectBuildingRequest request) {
                throw new UnsupportedOperationException();
            }

            @Override
            public ProjectBuildingResult build(Artifact artifact, boolean allowStub, ProjectBuildingRequest request) {
                throw new UnsupportedOperationException();
            }

            @Override
            public ProjectBuildingResult build(ModelSource source, ProjectBuildingRequest request) {
                throw new UnsupportedOperationException();
            }

            @Override
            public List<ProjectBuildingResult> build(List<File> poms, boolean recursive, ProjectBuildingRequest request) {
                throw new UnsupportedOperationException();
            }
        };
    }

    private static ProjectBuildingResult result(MavenProject project) {
        return new ProjectBuildingResult() {
            @Override
            public String getProjectId() {
                return project.getId();
            }

            @Override
            public File getPomFile() {
                return project.getFile();
            }

            @Override
            public MavenProject getProject() {
                return project;
            }

            @Override
            public List<ModelProblem> getProblems() {
                return List.of();
            }

            @Override
            public DependencyResolutionResult getDependencyResolutionResult() {
                return null;
            }
        };
    }
}
