package io.github.cutoverguard.engine.input;

import io.github.cutoverguard.engine.Breach;
import io.github.cutoverguard.engine.json.InputLoader;
import io.github.cutoverguard.engine.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Inputs stay inside (DESIGN §7): a regular file inside the project's work tree, never through a link. */
class InsideProjectTest {

    private static final String STOCK_PIN = "{\"stock_release_tag\": \"stock-v6.0.0\"}";

    @TempDir
    Path dir;

    private Breach loadBreach(Path project, String path) {
        InputLoader.Loaded<?> loaded = new InputLoader(new ProjectFiles(project), InputLimits.DEFAULT).json(Path.of(path));
        assertThat(loaded.value()).isEmpty();
        assertThat(loaded.breaches()).hasSize(1);
        return loaded.breaches().get(0);
    }

    @Test
    void aPinThatIsASymbolicLinkToAFileOutsideIsRefusedNotFollowed() throws Exception {
        Path shared = Fixtures.write(dir, "shared/stock-pin.json", STOCK_PIN);
        Path project = Files.createDirectories(dir.resolve("storefront"));
        Files.createDirectories(project.resolve("config"));
        Files.createSymbolicLink(project.resolve("config/integration-pin.json"), shared);

        Breach breach = loadBreach(project, "config/integration-pin.json");

        assertThat(breach.ruleId()).isEqualTo("FILE-MISSING");
        assertThat(breach.file()).isEqualTo("config/integration-pin.json");
        assertThat(breach.message()).isEqualTo("config/integration-pin.json is a symbolic link to " + shared
                + "; inputs must be regular files inside the project, and links are never followed");
        assertThat(breach.hint()).isEqualTo("replace the link with the file itself, committed inside the project, "
                + "or point the plugin configuration at such a file");
    }

    @Test
    void aLinkToAFileInsideTheProjectIsRefusedToo() throws Exception {
        Path project = Files.createDirectories(dir.resolve("storefront"));
        Fixtures.write(project, "config/stock-pin.json", STOCK_PIN);
        Files.createSymbolicLink(project.resolve("config/integration-pin.json"), Path.of("stock-pin.json"));

        assertThat(loadBreach(project, "config/integration-pin.json").message()).isEqualTo(
                "config/integration-pin.json is a symbolic link to stock-pin.json; inputs must be regular files inside "
                        + "the project, and links are never followed");
    }

    @Test
    void aFileReachedThroughALinkedDirectoryNamesTheLink() throws Exception {
        Fixtures.write(dir, "shared/config/cutover-waivers.json", "{\"waivers\": []}");
        Path project = Files.createDirectories(dir.resolve("storefront"));
        Files.createSymbolicLink(project.resolve("config"), Path.of("../shared/config"));

        Breach breach = loadBreach(project, "config/cutover-waivers.json");

        assertThat(breach.ruleId()).isEqualTo("FILE-MISSING");
        assertThat(breach.message()).isEqualTo("config/cutover-waivers.json is reached through config, which is a "
                + "symbolic link to ../shared/config; inputs must be regular files inside the project, and links are "
                + "never followed");
    }

    @Test
    void aPathOutsideTheProjectDirectoryIsRefusedWhenNoGitWorkTreeHoldsIt() throws Exception {
        Fixtures.write(dir, "shared/stock-pin.json", STOCK_PIN);
        Path project = Files.createDirectories(dir.resolve("storefront"));

        Breach breach = loadBreach(project, "../shared/stock-pin.json");

        assertThat(breach.ruleId()).isEqualTo("FILE-MISSING");
        assertThat(breach.message()).endsWith("shared/stock-pin.json lies outside the project's work tree (the project "
                + "directory); inputs must be regular files inside the project");
        assertThat(breach.hint()).endsWith("shared/stock-pin.json into the project's work tree and point the plugin "
                + "configuration at the copy");
    }

    @Test
    void aSiblingModuleOfTheSameGitWorkTreeIsInside() throws Exception {
        Files.createDirectories(dir.resolve(".git"));
        Fixtures.write(dir, "contracts/stock-manifest.json", "{\"release_tag\": \"stock-v6.0.0\"}");
        Path module = Files.createDirectories(dir.resolve("modules/storefront"));

        InputLoader.Loaded<?> loaded = new InputLoader(new ProjectFiles(module), InputLimits.DEFAULT)
                .json(Path.of("../../contracts/stock-manifest.json"));

        assertThat(loaded.breaches()).isEmpty();
        assertThat(InsideProject.of(new ProjectFiles(module)).root()).isEqualTo(dir.toAbsolutePath().normalize());
    }

    @Test
    void aGitWorktreeOrSubmoduleMarkedByADotGitFileIsTheWorkTree() throws Exception {
        Path repo = Files.createDirectories(dir.resolve("billing"));
        Fixtures.write(repo, ".git", "gitdir: ../elsewhere/.git/worktrees/billing\n");
        Path module = Files.createDirectories(repo.resolve("invoicing"));

        assertThat(InsideProject.of(new ProjectFiles(module)).root()).isEqualTo(repo.toAbsolutePath().normalize());
    }

    @Test
    void outsideTheGitWorkTreeIsNamedRelativeToTheProject() throws Exception {
        Path repo = Files.createDirectories(dir.resolve("billing"));
        Files.createDirectories(repo.resolve(".git"));
        Path module = Files.createDirectories(repo.resolve("invoicing"));
        InsideProject inside = InsideProject.of(new ProjectFiles(module));

        assertThatThrownBy(() -> inside.resolve(Path.of("../../billing-v8.json"), "../../billing-v8.json"))
                .isInstanceOfSatisfying(InputProblem.class, e -> {
                    assertThat(e.kind()).isEqualTo(InputProblem.Kind.OUTSIDE_PROJECT);
                    assertThat(e.getMessage()).isEqualTo("../../billing-v8.json lies outside the project's work tree "
                            + "(the git work tree at ..); inputs must be regular files inside the project");
                });
    }

    @Test
    void aLinkAboveTheWorkTreeIsNotJudged() throws Exception {
        Path real = Files.createDirectories(dir.resolve("workspace/storefront"));
        Fixtures.write(real, "config/integration-pin.json", STOCK_PIN);
        Path linked = Files.createSymbolicLink(dir.resolve("ci"), Path.of("workspace"));

        InputLoader.Loaded<?> loaded = new InputLoader(new ProjectFiles(linked.resolve("storefront")), InputLimits.DEFAULT)
                .json(Path.of("config/integration-pin.json"));

        assertThat(loaded.breaches()).isEmpty();
    }

    @Test
    void aMissingFileIsStillMissingAndNotALinkProblem() throws Exception {
        Path project = Files.createDirectories(dir.resolve("storefront"));
        Breach breach = loadBreach(project, "config/integration-pin.json");
        assertThat(breach.message()).isEqualTo("config/integration-pin.json does not exist");
    }
}
