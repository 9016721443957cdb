package io.github.cutoverguard.maven;

import org.apache.maven.model.Model;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Where repin runs in a storefront's multi-module build: in the module holding the pin, never in the aggregator. */
class PinModuleTest {

    @TempDir
    Path module;

    private static MavenProject project(String artifactId, String packaging, String... modules) {
        Model model = new Model();
        model.setArtifactId(artifactId);
        model.setPackaging(packaging);
        for (String m : modules) {
            model.addModule(m);
        }
        return new MavenProject(model);
    }

    private Path pin() throws IOException {
        Path pin = module.resolve("config/integration-pin.json");
        Files.createDirectories(pin.getParent());
        Files.writeString(pin, "{}");
        return pin;
    }

    @Test
    void anAggregatorPomNeverMovesThePin() throws IOException {
        assertThat(PinModule.skipReason("repin", project("storefront-parent", "pom", "app", "lib"), 3, pin(),
                "config/integration-pin.json")).contains("repin does nothing in storefront-parent: it is an aggregator "
                + "POM (packaging pom with modules); it runs in each module that holds a pin");
        assertThat(PinModule.skipReason("rollback", project("storefront-parent", "pom", "app"), 1, pin(), "x"))
                .hasValueSatisfying(reason -> assertThat(reason).startsWith("rollback does nothing in storefront-parent"));
    }

    @Test
    void aModuleWithoutAPinIsSkippedWhenTheBuildRunsSeveralProjects() {
        Path none = module.resolve("config/integration-pin.json");
        assertThat(PinModule.skipReason("repin", project("storefront-lib", "jar"), 3, none, "config/integration-pin.json"))
                .contains("repin does nothing in storefront-lib: it holds no pin (config/integration-pin.json does not "
                        + "exist). To create the first pin of a multi-module build, run it in that module alone: "
                        + "mvn cutover:repin -pl <module>");
    }

    @Test
    void aModuleHoldingAPinOrTheOnlyProjectOfTheBuildMovesIt() throws IOException {
        Path none = module.resolve("config/integration-pin.json");
        assertThat(PinModule.skipReason("repin", project("storefront-app", "jar"), 1, none, "c")).isEmpty();
        assertThat(PinModule.skipReason("repin", project("storefront", "pom"), 1, none, "c")).isEmpty();
        assertThat(PinModule.skipReason("repin", project("storefront-app", "jar"), 3, pin(), "c")).isEmpty();
    }
}
