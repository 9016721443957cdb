package io.github.cutoverguard.docs;

import io.github.cutoverguard.engine.report.JUnitReport;
import io.github.cutoverguard.engine.report.SarifReport;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #16: the CI recipes of docs/ci name the report files the plugin writes (its default reportDirectory and file
 * names), fetch the base branch with the refspec the guard's hint gives, and the docs show each recipe.
 */
class CiRecipesTest {

    private static final Path RECIPES = Path.of("docs/ci");
    private static final String REPORTS = "target/cutover-guardrails/";
    private static final Pattern REPORT_PATH = Pattern.compile("target/cutover-guardrails/[\\w.*/-]*");

    private static List<String> reportPaths(String recipe) throws Exception {
        Matcher m = REPORT_PATH.matcher(Files.readString(RECIPES.resolve(recipe)));
        List<String> paths = new ArrayList<>();
        while (m.find()) {
            paths.add(m.group());
        }
        return paths;
    }

    @Test
    void everyReportPathIsOneThePluginWrites() throws Exception {
        List<String> written = List.of(REPORTS + SarifReport.FILE_NAME, REPORTS + JUnitReport.FILE_NAME, REPORTS, REPORTS + "**");
        assertThat(reportPaths("github-actions.yml")).contains(REPORTS + SarifReport.FILE_NAME, REPORTS + JUnitReport.FILE_NAME)
                .allSatisfy(p -> assertThat(written).contains(p));
        assertThat(reportPaths("gitlab-ci.yml")).contains(REPORTS + JUnitReport.FILE_NAME)
                .allSatisfy(p -> assertThat(written).contains(p));
        assertThat(reportPaths("Jenkinsfile")).contains(REPORTS + SarifReport.FILE_NAME, REPORTS + JUnitReport.FILE_NAME)
                .allSatisfy(p -> assertThat(written).contains(p));
        String mojo = Files.readString(Path.of("src/main/java/io/github/cutoverguard/maven/AbstractCutoverMojo.java"));
        assertThat(mojo).contains("defaultValue = \"${project.build.directory}/cutover-guardrails\"");
    }

    @Test
    void theGitHubWorkflowUploadsTheSarifAndFetchesTheBaseWithAnExplicitRefspec() throws Exception {
        JsonNode workflow = new YAMLMapper().readTree(RECIPES.resolve("github-actions.yml").toFile());
        JsonNode steps = workflow.at("/jobs/verify/steps");
        List<String> uses = new ArrayList<>();
        steps.forEach(s -> uses.add(s.path("uses").asString("")));
        assertThat(uses).anyMatch(u -> u.startsWith("github/codeql-action/upload-sarif@"));
        JsonNode upload = steps.valueStream().filter(s -> s.path("uses").asString("").startsWith("github/codeql-action/upload-sarif@"))
                .findFirst().orElseThrow();
        assertThat(upload.at("/with/sarif_file").asString()).isEqualTo(REPORTS + SarifReport.FILE_NAME);
        assertThat(upload.path("if").asString()).isEqualTo("always()");
        assertThat(workflow.at("/permissions/security-events").asString()).isEqualTo("write");
        String fetch = steps.valueStream().map(s -> s.path("run").asString("")).filter(r -> r.startsWith("git fetch"))
                .findFirst().orElseThrow();
        assertThat(fetch).isEqualTo("git fetch --depth=1 origin \"+refs/heads/${GITHUB_BASE_REF}:refs/remotes/origin/${GITHUB_BASE_REF}\"");
        JsonNode gitlab = new YAMLMapper().readTree(RECIPES.resolve("gitlab-ci.yml").toFile());
        assertThat(gitlab.at("/cutover-guardrails/artifacts/reports/junit").asString()).isEqualTo(REPORTS + JUnitReport.FILE_NAME);
        assertThat(gitlab.at("/cutover-guardrails/artifacts/when").asString()).isEqualTo("always");
    }

    @Test
    void theDocsShowEachRecipe() throws Exception {
        String docs = Files.readString(Path.of("src/site/markdown/ci.md"));
        for (String recipe : List.of("github-actions.yml", "gitlab-ci.yml", "Jenkinsfile")) {
            String text = Files.readString(RECIPES.resolve(recipe));
            assertThat(docs).as(recipe).contains("docs/ci/" + recipe).contains(text.strip());
        }
    }
}
