package io.github.cutoverguard.engine.guard;

import io.github.cutoverguard.engine.RunContext;
import io.github.cutoverguard.engine.CheckResult;
import io.github.cutoverguard.engine.CheckStatus;
import io.github.cutoverguard.engine.GoalResult;
import io.github.cutoverguard.engine.Mode;
import io.github.cutoverguard.engine.input.ProjectFiles;
import io.github.cutoverguard.engine.report.EvidenceReport;
import io.github.cutoverguard.engine.schema.MatchesSchema;
import io.github.cutoverguard.engine.schema.SchemaCatalog;
import io.github.cutoverguard.engine.testing.Docs;
import io.github.cutoverguard.engine.testing.Fixtures;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static io.github.cutoverguard.engine.guard.FallbackChecksTest.failed;
import static io.github.cutoverguard.engine.guard.FallbackChecksTest.passed;
import static io.github.cutoverguard.engine.guard.FallbackChecksTest.report;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GuardTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private static GuardRequest request(Path project, Path pin, boolean runtime, String target, List<String> endpoints,
                                        List<String> fallbackTests, Mode mode) {
        return new GuardRequest(new RunContext(new ProjectFiles(project), mode, Docs.REHEARSAL_BASELINE, target, null,
                CLOCK, null), new GuardRequest.Pin(pin, "origin/main", false, null),
                new GuardRequest.RuntimeSwitch(GuardRequest.compilePatterns(List.of("service_v3_\\w+")), null, null),
                new GuardRequest.Boundary(endpoints, List.of("src/main/java/**/MemoryKernelClient.java"), null),
                new GuardRequest.Fallback(fallbackTests, null, null));
    }

    private static Map<String, CheckResult> byId(GoalResult result) {
        return result.checks().stream().collect(java.util.stream.Collectors.toMap(CheckResult::id, c -> c));
    }

    /** A consumer clone whose pin equals origin/main, with config, sources and test reports. */
    private Path consumer() {
        Path upstream = dir.resolve("upstream");
        try (Git git = GitFixtures.init(upstream)) {
            GitFixtures.commit(git, Map.of("config/integration-pin.json", GitFixtures.PIN), "approved pin");
        }
        Path project = dir.resolve("consumer");
        GitFixtures.clone(upstream, project).close();
        Fixtures.write(project, "src/main/resources/application.yml", "# rehearsing service.v3\nmemorykernel:\n  contract: service.v2\n");
        Fixtures.write(project, "src/main/java/com/example/MemoryKernelClient.java", "class MemoryKernelClient { String p = \"/v1/context-packages\"; }\n");
        Fixtures.write(project, "target/surefire-reports/TEST-com.example.MemoryKernelClientTest.xml",
                report("com.example.MemoryKernelClientTest", passed("com.example.MemoryKernelClientTest", "fallbackReturnsCachedContext")));
        return project;
    }

    @Test
    void greenConsumerPassesEveryCheckAndWritesValidEvidence() {
        Path project = consumer();
        GoalResult result = (request(project, Path.of("config/integration-pin.json"), true, "service.v3",
                List.of("/v1/context-packages"), List.of("MemoryKernelClientTest#fallback*"), Mode.REHEARSAL)).run();
        assertThat(result.goal()).isEqualTo("guard");
        assertThat(result.checks()).extracting(CheckResult::id).containsExactly("guard.pin-unchanged", "guard.runtime-switch",
                "guard.endpoint-boundary", "guard.fallback");
        assertThat(result.checks()).allSatisfy(c -> assertThat(c.status()).as(c.id()).isEqualTo(CheckStatus.PASS));
        assertThat(result.breaches()).isEmpty();
        assertThat(result.inputs()).extracting(i -> i.path()).containsExactly("config/integration-pin.json",
                "src/main/resources/application.yml", "target/surefire-reports/TEST-com.example.MemoryKernelClientTest.xml");

        var evidence = Docs.json("guard.json", EvidenceReport.toJson(result).toString());
        assertThat(MatchesSchema.bundled("evidence.v1").check(evidence)).isEmpty();
    }

    @Test
    void everyBreachIsCollectedWithoutStoppingAtTheFirst() {
        Path project = consumer();
        Fixtures.write(project, "config/integration-pin.json", GitFixtures.PIN.replace("v0.3.2", "v0.3.3"));
        Fixtures.write(project, "src/main/resources/application.yml", "memorykernel:\n  contract: service.v3\n");
        Fixtures.write(project, "src/main/java/com/example/web/Leak.java", "class Leak { String p = \"/v1/context-packages\"; }\n");
        Fixtures.write(project, "target/surefire-reports/TEST-com.example.MemoryKernelClientTest.xml",
                report("com.example.MemoryKernelClientTest", failed("com.example.MemoryKernelClientTest", "fallbackA", "boom")));
        GoalResult result = (request(project, Path.of("config/integration-pin.json"), true, "service.v3",
                List.of("/v1/context-packages"), List.of("MemoryKernelClientTest#fallback*", "*Degraded*"), Mode.REHEARSAL)).run();
        assertThat(result.failedRuleIds()).containsExactly("GUARD-PIN-CHANGED", "GUARD-RUNTIME-SWITCH",
                "GUARD-ENDPOINT-BOUNDARY", "GUARD-FALLBACK-REGRESSION", "GUARD-FALLBACK-MISSING");
        var evidence = Docs.json("guard.json", EvidenceReport.toJson(result).toString());
        assertThat(MatchesSchema.bundled("evidence.v1").check(evidence)).isEmpty();
    }

    @Test
    void unconfiguredChecksAreSkippedWithTheReason() {
        GoalResult result = (request(dir, null, true, null, List.of(), List.of(), Mode.REHEARSAL)).run();
        Map<String, CheckResult> checks = byId(result);
        assertThat(checks.values()).allSatisfy(c -> assertThat(c.status()).isEqualTo(CheckStatus.SKIPPED));
        assertThat(checks.get("guard.pin-unchanged").detail()).isEqualTo("no integration pin: pinFile is not configured and "
                + "the default pin does not exist, nor did it at the base ref");
        assertThat(checks.get("guard.runtime-switch").detail()).startsWith("no targetServiceContract configured");
        assertThat(checks.get("guard.endpoint-boundary").detail()).isEqualTo("no boundaryEndpoints configured");
        assertThat(checks.get("guard.fallback").detail()).isEqualTo("no fallbackTests configured");
        assertThat(result.passed()).isTrue();
    }

    @Test
    void runtimeSwitchIsNotCheckedInCutoverMode() {
        Fixtures.write(dir, "src/main/resources/application.yml", "contract: service.v3\n");
        GoalResult result = (request(dir, null, false, "service.v3", List.of(), List.of(), Mode.CUTOVER)).run();
        assertThat(byId(result).get("guard.runtime-switch").detail())
                .isEqualTo("cutover mode: the runtime may switch to the target contract");
        assertThat(result.breaches()).isEmpty();
    }

    @Test
    void pinCheckWithoutABaseRefIsSkipped() {
        GuardRequest request = new GuardRequest(new RunContext(new ProjectFiles(dir), Mode.REHEARSAL, null, null, null,
                CLOCK, null), new GuardRequest.Pin(Path.of("config/integration-pin.json"), " ", false, null),
                GuardRequest.RuntimeSwitch.DEFAULT, GuardRequest.Boundary.NONE, GuardRequest.Fallback.NONE);
        assertThat(byId(request.run()).get("guard.pin-unchanged").detail()).isEqualTo("no pinBaseRef configured");
    }

    /** A billing consumer whose fallback test passed in this build, judged with the build's test switches. */
    private GoalResult billingFallback(TestSwitch... switches) {
        Fixtures.write(dir, "target/surefire-reports/TEST-com.example.billing.BillingClientFallbackTest.xml",
                report("com.example.billing.BillingClientFallbackTest",
                        passed("com.example.billing.BillingClientFallbackTest", "servesTheCachedInvoice()")));
        return new GuardRequest(new RunContext(new ProjectFiles(dir), Mode.REHEARSAL, null, null, null, CLOCK, null),
                GuardRequest.Pin.NONE, GuardRequest.RuntimeSwitch.DEFAULT, GuardRequest.Boundary.NONE,
                new GuardRequest.Fallback(List.of("BillingClientFallbackTest"), null,
                        new TestRun(List.of(switches), List.of(Path.of("target/classes"), Path.of("target/test-classes")))))
                .run();
    }

    @Test
    void everySwitchThatSkipsTheTestsLeavesTheFallbackUnprovenNotBroken() {
        Map<TestSwitch, String> shown = new java.util.LinkedHashMap<>();
        shown.put(new TestSwitch("skipTests", "true", TestSwitch.Source.USER), "-DskipTests");
        shown.put(new TestSwitch("maven.test.skip", "", TestSwitch.Source.USER), "-Dmaven.test.skip");
        shown.put(new TestSwitch("maven.test.skip.exec", "true", TestSwitch.Source.USER), "-Dmaven.test.skip.exec");
        shown.put(new TestSwitch("skipTests", "TRUE", TestSwitch.Source.SYSTEM), "-DskipTests=TRUE");
        shown.put(new TestSwitch("maven.test.skip.exec", "true", TestSwitch.Source.PROJECT),
                "project property maven.test.skip.exec=true");
        shown.forEach((set, as) -> {
            GoalResult result = billingFallback(set);
            assertThat(result.breaches()).as(as).singleElement().satisfies(b -> {
                assertThat(b.ruleId()).isEqualTo("GUARD-FALLBACK-MISSING");
                assertThat(b.message()).isEqualTo("fallback tests BillingClientFallbackTest did not run: the build skipped "
                        + "its tests (" + as + "), so the fallback is unproven (not broken)");
                assertThat(b.hint()).isEqualTo("build without " + as + " (mvn verify runs the tests before this goal)");
            });
            assertThat(byId(result).get("guard.fallback").detail()).isEqualTo("fallback tests [BillingClientFallbackTest] did not run");
        });
        assertThat(billingFallback(new TestSwitch("maven.test.skip.exec", "false", TestSwitch.Source.USER),
                new TestSwitch("skipTests", "false", TestSwitch.Source.PROJECT)).breaches()).isEmpty();
    }

    @Test
    void testSelectionThatLeavesTheFallbackTestsOutLeavesThemUnproven() {
        assertThat(billingFallback(new TestSwitch("test", "InvoiceTotalsTest", TestSwitch.Source.USER)).breaches())
                .singleElement().satisfies(b -> {
                    assertThat(b.ruleId()).isEqualTo("GUARD-FALLBACK-MISSING");
                    assertThat(b.file()).isNull();
                    assertThat(b.message()).isEqualTo("fallback tests BillingClientFallbackTest did not run: the build's test "
                            + "selection -Dtest=InvoiceTotalsTest leaves out BillingClientFallbackTest, so the fallback is "
                            + "unproven (not broken)");
                    assertThat(b.hint()).isEqualTo("build without -Dtest=InvoiceTotalsTest, or name the fallback tests in it "
                            + "(e.g. -Dtest=InvoiceTotalsTest,BillingClientFallbackTest)");
                });
        assertThat(billingFallback(new TestSwitch("it.test", "*IT", TestSwitch.Source.PROJECT)).breaches())
                .extracting(b -> b.message()).containsExactly("fallback tests BillingClientFallbackTest did not run: the "
                        + "build's test selection project property it.test=*IT leaves out BillingClientFallbackTest, so the "
                        + "fallback is unproven (not broken)");
        assertThat(billingFallback(new TestSwitch("test", "InvoiceTotalsTest,BillingClientFallbackTest",
                TestSwitch.Source.USER), new TestSwitch("it.test", " ", TestSwitch.Source.USER)).breaches()).isEmpty();
    }

    @Test
    void malformedFallbackPatternIsRejectedByTheRequest() {
        assertThatThrownBy(() -> request(dir, null, false, null, List.of(), List.of("Client#"), Mode.REHEARSAL))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("fallbackTests entry 'Client#'");
    }
}
