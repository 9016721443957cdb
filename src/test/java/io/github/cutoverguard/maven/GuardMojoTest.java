package io.github.cutoverguard.maven;

import io.github.cutoverguard.engine.guard.GitFixtures;
import io.github.cutoverguard.engine.schema.MatchesSchema;
import io.github.cutoverguard.engine.schema.SchemaCatalog;
import io.github.cutoverguard.engine.testing.Docs;
import io.github.cutoverguard.engine.testing.Fixtures;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.apache.maven.api.plugin.testing.MojoExtension.setVariableValueToObject;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@MojoTest
class GuardMojoTest {

    private static final String POM = "src/test/projects/guard/pom.xml";
    private static final String REPORT = "target/surefire-reports/TEST-com.example.MemoryKernelClientTest.xml";

    @TempDir
    Path dir;
    private Path project;
    private final RecordingLog log = new RecordingLog();

    /** A consumer clone: pin as on origin/main, baseline runtime config, endpoint in the adapter, fallback test passed. */
    @BeforeEach
    void consumerClone() {
        Path upstream = dir.resolve("upstream");
        try (Git git = GitFixtures.init(upstream)) {
            GitFixtures.commit(git, Map.of("config/integration-pin.json", GitFixtures.PIN), "approved pin");
        }
        project = dir.resolve("consumer");
        GitFixtures.clone(upstream, project).close();
        Fixtures.write(project, "src/main/resources/application.yml", "memorykernel:\n  contract: service.v2\n");
        Fixtures.write(project, "src/main/java/com/example/MemoryKernelClient.java",
                "class MemoryKernelClient { String path = \"/v1/context-packages\"; }\n");
        testReport("<testcase name=\"fallbackReturnsCachedContext\" classname=\"com.example.MemoryKernelClientTest\"/>");
    }

    private void testReport(String testcase) {
        Fixtures.write(project, REPORT, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuite name=\"com.example.MemoryKernelClientTest\">\n  "
                + testcase + "\n</testsuite>\n");
    }

    private GuardMojo configure(GuardMojo mojo) throws Exception {
        mojo.setLog(log);
        setVariableValueToObject(mojo, "basedir", project.toFile());
        setVariableValueToObject(mojo, "pinFile", project.resolve("config/integration-pin.json").toFile());
        setVariableValueToObject(mojo, "buildDirectory", project.resolve("target").toFile());
        setVariableValueToObject(mojo, "reportDirectory", project.resolve("target/cutover-guardrails").toFile());
        return mojo;
    }

    private Path evidence() {
        return project.resolve("target/cutover-guardrails/guard.json");
    }

    @Test
    @InjectMojo(goal = "guard", pom = POM)
    void greenConsumerPassesAllFourChecksAndWritesValidEvidence(GuardMojo mojo) throws Exception {
        configure(mojo).execute();
        assertThat(log.text()).contains("[INFO] guard: PASS (4 passed, 0 failed, 0 skipped; 0 breaches)")
                .doesNotContain("[ERROR]").doesNotContain("[WARNING]");
        var document = Docs.json("guard.json", Files.readString(evidence()));
        assertThat(MatchesSchema.bundled("evidence.v1").check(document)).isEmpty();
        assertThat(document.root().at("/inputs/0/path").asString()).isEqualTo("config/integration-pin.json");
        assertThat(document.root().at("/checks/3/id").asString()).isEqualTo("guard.fallback");
    }

    @Test
    @InjectMojo(goal = "guard", pom = POM)
    void runtimeSwitchFailsTheBuildWithTheYamlLine(GuardMojo mojo) throws Exception {
        Fixtures.write(project, "src/main/resources/application.yml", "memorykernel:\n  contract: service.v3\n");
        configure(mojo);
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class).hasMessageContaining("GUARD-RUNTIME-SWITCH");
        assertThat(log.lines).contains("[ERROR] src/main/resources/application.yml:2:13 GUARD-RUNTIME-SWITCH runtime "
                + "configuration names the target contract service.v3: \"contract: service.v3\" (keep the runtime on the "
                + "baseline contract until the cutover is approved: remove the switch, or keep rehearsal settings out of "
                + "runtimeConfigIncludes)");
    }

    @Test
    @InjectMojo(goal = "guard", pom = POM)
    void twoHundredFiftyHitsLogTheFirstHundredThenHowManyMoreAndTheEvidenceStaysSmall(GuardMojo mojo) throws Exception {
        StringBuilder config = new StringBuilder();
        for (int i = 1; i <= 250; i++) {
            config.append("memorykernel.route").append(i).append("=service.v3\n");
        }
        Fixtures.write(project, "src/main/resources/routes.properties", config.toString());
        configure(mojo);
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class)
                .hasMessage("guard: FAIL (3 passed, 1 failed, 0 skipped; 250 breaches): GUARD-RUNTIME-SWITCH (each breach "
                        + "is listed above)");
        List<String> listed = log.lines.stream().filter(l -> l.contains("GUARD-RUNTIME-SWITCH")).toList();
        assertThat(listed).hasSize(101);
        assertThat(listed.get(99)).startsWith("[ERROR] src/main/resources/routes.properties:100:23 GUARD-RUNTIME-SWITCH ");
        assertThat(listed.get(100)).isEqualTo("[ERROR] src/main/resources/routes.properties GUARD-RUNTIME-SWITCH … and 150 "
                + "more (only the first 100 breaches of GUARD-RUNTIME-SWITCH in this file are listed (maxBreachesPerRule): "
                + "fix them and run again, or raise maxBreachesPerRule to list more)");
        var document = Docs.json("guard.json", Files.readString(evidence()));
        assertThat(document.root().get("breaches")).hasSize(101);
        assertThat(document.root().get("breach_count").intValue()).isEqualTo(250);
    }

    @Test
    @InjectMojo(goal = "guard", pom = POM)
    void maxBreachesPerRuleBelowOneIsAConfigurationError(GuardMojo mojo) throws Exception {
        configure(mojo);
        setVariableValueToObject(mojo, "maxBreachesPerRule", 0);
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
                .hasMessage("Invalid <maxBreachesPerRule>: maxBreachesPerRule must be at least 1, was 0");
    }

    @Test
    @InjectMojo(goal = "guard", pom = POM)
    void changedPinFailsWithTheDiffUnderTheBreachLine(GuardMojo mojo) throws Exception {
        Fixtures.write(project, "config/integration-pin.json", GitFixtures.PIN.replace("v0.3.2", "v0.3.3"));
        configure(mojo);
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class).hasMessageContaining("GUARD-PIN-CHANGED");
        assertThat(log.text()).contains("[ERROR] config/integration-pin.json:3:1 GUARD-PIN-CHANGED config/integration-pin.json "
                        + "changed since origin/main (")
                .contains("\n-  \"release_tag\": \"v0.3.2\",\n+  \"release_tag\": \"v0.3.3\",");
    }

    @Test
    @InjectMojo(goal = "guard", pom = POM)
    void fallbackRegressionAndMissingFallbackFailTheBuild(GuardMojo mojo) throws Exception {
        testReport("<testcase name=\"fallbackReturnsCachedContext\" classname=\"com.example.MemoryKernelClientTest\">"
                + "<failure message=\"expected cached\"/></testcase>");
        configure(mojo);
        setVariableValueToObject(mojo, "fallbackTests", List.of("MemoryKernelClientTest#fallback*", "*DegradedMode*"));
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("GUARD-FALLBACK-REGRESSION, GUARD-FALLBACK-MISSING");
        assertThat(log.lines).contains("[ERROR] " + REPORT + ":3:1 GUARD-FALLBACK-REGRESSION fallback test "
                + "com.example.MemoryKernelClientTest#fallbackReturnsCachedContext failed: expected cached (the consumer's "
                + "fallback path regressed: an immediate NO-GO for the rehearsal; fix the fallback (or the test) before continuing)");
    }

    @Test
    @InjectMojo(goal = "guard", pom = POM)
    void optionalBaseRefOutsideARepositoryOnlyWarns(GuardMojo mojo) throws Exception {
        Path plain = Files.createTempDirectory("guard-mojo-no-repo");
        try {
            Fixtures.write(plain, "config/integration-pin.json", GitFixtures.PIN);
            configure(mojo);
            setVariableValueToObject(mojo, "basedir", plain.toFile());
            setVariableValueToObject(mojo, "pinFile", plain.resolve("config/integration-pin.json").toFile());
            setVariableValueToObject(mojo, "reportDirectory", plain.resolve("target/cutover-guardrails").toFile());
            setVariableValueToObject(mojo, "fallbackTests", null);
            setVariableValueToObject(mojo, "boundaryEndpoints", null);
            setVariableValueToObject(mojo, "pinBaseRefOptional", true);
            mojo.execute();
            assertThat(log.text()).contains("[WARNING] config/integration-pin.json GUARD-PIN-CHANGED no git repository contains "
                    + "the project directory").contains("guard: WARN").doesNotContain("[ERROR]");
        } finally {
            try (var walk = Files.walk(plain)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Test
    @InjectMojo(goal = "guard", pom = POM)
    void cutoverModeSkipsTheRuntimeSwitchCheck(GuardMojo mojo) throws Exception {
        Fixtures.write(project, "src/main/resources/application.yml", "memorykernel:\n  contract: service.v3\n");
        configure(mojo);
        setVariableValueToObject(mojo, "mode", "cutover");
        mojo.execute();
        assertThat(log.text()).contains("guard: PASS (3 passed, 0 failed, 1 skipped; 0 breaches)");
    }

    @Test
    @InjectMojo(goal = "guard", pom = POM)
    void invalidForbiddenPatternIsAConfigurationError(GuardMojo mojo) throws Exception {
        configure(mojo);
        setVariableValueToObject(mojo, "forbiddenRuntimePatterns", List.of("service_v3_("));
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
                .hasMessageStartingWith("Invalid guard configuration: forbiddenRuntimePatterns entry 'service_v3_('");
    }

    @Test
    @InjectMojo(goal = "guard", pom = POM)
    void invalidFallbackPatternIsAConfigurationError(GuardMojo mojo) throws Exception {
        configure(mojo);
        setVariableValueToObject(mojo, "fallbackTests", List.of("MemoryKernelClientTest#"));
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
                .hasMessageContaining("fallbackTests entry 'MemoryKernelClientTest#'");
    }

    @Test
    @InjectMojo(goal = "guard", pom = POM)
    void reportOlderThanTheTestClassesIsStaleAndTheFallbackUnproven(GuardMojo mojo) throws Exception {
        Path report = project.resolve(REPORT);
        Files.setLastModifiedTime(report, FileTime.from(Instant.parse("2026-12-07T09:00:00Z")));
        Files.setLastModifiedTime(Fixtures.write(project, "build/test-classes/com/example/MemoryKernelClientTest.class",
                "cafebabe"), FileTime.from(Instant.parse("2026-12-07T09:05:00Z")));
        configure(mojo);
        setVariableValueToObject(mojo, "testOutputDirectory", project.resolve("build/test-classes").toFile());
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class).hasMessageContaining("GUARD-FALLBACK-MISSING");
        assertThat(log.lines).contains("[ERROR] " + REPORT + ":3:1 GUARD-FALLBACK-MISSING fallback test pattern "
                + "MemoryKernelClientTest#fallback* ran no test in this build: its report " + REPORT + " was written at "
                + "2026-12-07T09:00:00Z, before build/test-classes/com/example/MemoryKernelClientTest.class was compiled at "
                + "2026-12-07T09:05:00Z; a stale report is not evidence (run the fallback tests in this build (mvn verify, "
                + "without skipping or filtering them; mvn clean verify drops reports of tests that no longer exist))");
    }

    @Test
    void defaultBaseRefIsOriginGithubBaseRefElseOriginMain() {
        assertThat(GuardMojo.defaultBaseRef(null, null)).isEqualTo("origin/main");
        assertThat(GuardMojo.defaultBaseRef(" ", "")).isEqualTo("origin/main");
        assertThat(GuardMojo.defaultBaseRef(null, "release/1.x")).isEqualTo("origin/release/1.x");
        assertThat(GuardMojo.defaultBaseRef("refs/heads/trunk", "main")).isEqualTo("refs/heads/trunk");
    }
}
