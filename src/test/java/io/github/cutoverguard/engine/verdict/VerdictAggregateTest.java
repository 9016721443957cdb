package io.github.cutoverguard.engine.verdict;

import io.github.cutoverguard.engine.report.ReportContext;
import io.github.cutoverguard.engine.Breach;
import io.github.cutoverguard.engine.CheckResult;
import io.github.cutoverguard.engine.CheckStatus;
import io.github.cutoverguard.engine.GoalResult;
import io.github.cutoverguard.engine.Mode;
import io.github.cutoverguard.engine.RunContext;
import io.github.cutoverguard.engine.input.ProjectFiles;
import io.github.cutoverguard.engine.report.JUnitReport;
import io.github.cutoverguard.engine.report.VerdictMarkdown;
import io.github.cutoverguard.engine.report.VerdictReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static io.github.cutoverguard.engine.verdict.VerdictTestData.breach;
import static io.github.cutoverguard.engine.verdict.VerdictTestData.goal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Issue #16: one verdict for a multi-module build from its modules' verdict.json files; it fails closed. */
class VerdictAggregateTest {

    /** The modules' verdicts are generated at VerdictTestData.AT (2026-02-08T12:00:00Z). */
    private static final Instant STARTED = Instant.parse("2026-02-08T11:59:00Z");
    private static final Clock NOW = Clock.fixed(Instant.parse("2026-02-08T12:05:00Z"), ZoneOffset.UTC);

    @TempDir
    Path root;

    private VerdictAggregate.Module module(String name, VerdictResult verdict) throws Exception {
        Path reports = root.resolve(name + "/target/cutover-guardrails");
        if (verdict != null) {
            new VerdictReport().write(verdict, ReportContext.within(reports), reports);
        }
        return new VerdictAggregate.Module(name, name, reports.resolve("verdict.json"), true);
    }

    private static VerdictResult go() {
        return VerdictTestData.verdict(Mode.REHEARSAL, List.of(VerdictTestData.passingPin()));
    }

    private static VerdictResult noGo() {
        return VerdictTestData.verdict(Mode.REHEARSAL, List.of(
                goal("check-pin", "pin.baseline", breach("PIN-RELEASE-TAG", "config/integration-pin.json", 3, 18))));
    }

    private VerdictResult aggregate(List<VerdictAggregate.Module> modules) {
        return VerdictAggregate.run(new RunContext(new ProjectFiles(root), null, null, null, null, NOW, null), modules, STARTED);
    }

    private static VerdictResult producer(List<GoalResult> goals) {
        Decision rehearsal = VerdictDecision.rehearsalContinuation(goals);
        return new VerdictResult(VerdictTestData.AT, Mode.REHEARSAL, go().baseline(), "stock.v7", goals, rehearsal, null,
                List.of(), List.of(), null, List.of(), new VerdictResult.Judged(Role.PRODUCER, "inferred from openApiFile"),
                VerdictDecision.handoffPublication(goals));
    }

    private static VerdictResult producer(boolean parityHolds) {
        return producer(List.of(goal("validate-handoff", "handoff.stale"), parityHolds
                ? goal("verify-parity", "parity.files")
                : goal("verify-parity", "parity.files", breach("PARITY-DIFFERENT", "mirror/a.json", 0, 0)),
                goal("check-alignment", "alignment.service-version")));
    }

    /** Issue #29: a multi-module producer's build decides the publication over its modules' goals, and no runtime cutover. */
    @Test
    void aProducersModulesDecideTheBuildsPublication() throws Exception {
        VerdictResult build = aggregate(List.of(module("stock-api", producer(true)), module("stock-worker", producer(true))));
        assertThat(build.role().role()).isEqualTo(Role.PRODUCER);
        assertThat(build.runtimeCutover()).isNull();
        assertThat(build.decisions()).containsOnlyKeys(VerdictLine.REHEARSAL_CONTINUATION, VerdictLine.HANDOFF_PUBLICATION);
        assertThat(build.handoffPublication()).isEqualTo(Decision.go("the handoff validates and is not stale, parity and "
                + "alignment hold: 6 producer checks passed"));

        VerdictResult broken = aggregate(List.of(module("stock-api", producer(true)), module("stock-worker", producer(false)),
                module("orders-client", go())));
        assertThat(broken.role().role()).isEqualTo(Role.BOTH);
        assertThat(broken.role().why()).isEqualTo("the modules' roles (stock-api: producer, stock-worker: producer, "
                + "orders-client: consumer)");
        assertThat(broken.handoffPublication().reason()).startsWith("1 error-level breach in the producer's checks: "
                + "PARITY-DIFFERENT");
        // the consumer's runtime decision comes from the consumer's module alone
        assertThat(broken.runtimeCutover().reason()).startsWith("NO-GO in orders-client (rehearsal mode");
        assertThat(VerdictReport.toJson(broken).path("role").asString()).isEqualTo("both");
    }

    /** The handoff validated in one module, parity and alignment in another: the build may publish. */
    @Test
    void aProducersGoalsMayRunInDifferentModules() throws Exception {
        VerdictResult handoff = producer(List.of(goal("validate-handoff", "handoff.stale"),
                new GoalResult("verify-parity", VerdictTestData.AT, Mode.REHEARSAL, go().baseline(), null, List.of(),
                        List.of(CheckResult.skipped("verify-parity", "no canonicalDirectory configured")))));
        VerdictResult packs = producer(List.of(goal("verify-parity", "parity.files"),
                goal("check-alignment", "alignment.service-version")));
        assertThat(handoff.handoffPublication().go()).isFalse();
        VerdictResult build = aggregate(List.of(module("stock-api", handoff), module("contracts", packs)));
        assertThat(build.handoffPublication().go()).isTrue();
        VerdictResult partial = aggregate(List.of(module("stock-api", handoff),
                new VerdictAggregate.Module("contracts", "contracts", root.resolve("contracts/verdict.json"), false)));
        assertThat(partial.handoffPublication().reason()).isEqualTo("NO-GO in contracts (not built in this build)");
    }

    @Test
    void everyModuleGoIsABuildGo() throws Exception {
        VerdictResult build = aggregate(List.of(module("orders-client", go()), module("ledger-client", go())));
        assertThat(build.rehearsalContinuation()).isEqualTo(Decision.go("all 2 modules GO: orders-client, ledger-client"));
        assertThat(build.goals()).extracting(GoalResult::goal).containsExactly("orders-client", "ledger-client");
        assertThat(build.goals().get(0).checks()).extracting(CheckResult::id, CheckResult::status, CheckResult::detail)
                .containsExactly(tuple("check-pin", CheckStatus.PASS, "1 passed, 0 failed, 1 skipped (git.tag-sha)"),
                        tuple("git.tag-sha", CheckStatus.SKIPPED, "no producerRepository configured"));
        assertThat(build.baseline()).isEqualTo(go().baseline());
        assertThat(build.generatedAt()).isEqualTo(NOW.instant());
        assertThat(build.breaches()).isEmpty();
    }

    @Test
    void aNoGoModuleMakesTheBuildNoGoAndItsBreachesAreNamedFromTheAggregatingProject() throws Exception {
        VerdictResult build = aggregate(List.of(module("orders-client", go()), module("ledger-client", noGo())));
        assertThat(build.rehearsalContinuation().go()).isFalse();
        assertThat(build.rehearsalContinuation().reason()).startsWith("NO-GO in ledger-client (");
        assertThat(build.runtimeCutover().go()).isFalse();
        assertThat(build.breaches()).singleElement().satisfies(b -> {
            assertThat(b.ruleId()).isEqualTo("PIN-RELEASE-TAG");
            assertThat(b.file()).isEqualTo("ledger-client/config/integration-pin.json");
            assertThat(b.location().line()).isEqualTo(3);
        });
    }

    /** Issue #18: a module's waived breach stays waived in the build's verdict, its waiver named from the root. */
    @Test
    void aModulesWaivedBreachStaysWaived() throws Exception {
        VerdictResult waived = VerdictTestData.verdict(Mode.REHEARSAL, List.of(goal("check-pin", "pin.baseline",
                breach("PIN-RELEASE-TAG", "config/integration-pin.json", 3, 18).waivedBy(new io.github.cutoverguard.engine.Breach
                        .Waived("ledger-team", java.time.LocalDate.parse("2026-03-01"), "repin pending",
                        "config/cutover-waivers.json:4:5")))));
        VerdictResult build = aggregate(List.of(module("orders-client", go()), module("ledger-client", waived)));
        assertThat(build.rehearsalContinuation().go()).as(build.rehearsalContinuation().reason()).isTrue();
        assertThat(build.breaches()).singleElement().satisfies(b -> {
            assertThat(b.fails()).isFalse();
            assertThat(b.waived().owner()).isEqualTo("ledger-team");
            assertThat(b.waived().source()).isEqualTo("ledger-client/config/cutover-waivers.json:4:5");
        });
    }

    /** Issue #25: a module's cut list stays cut in the build's verdict, and the build counts what the module found. */
    @Test
    void aModulesCutListKeepsItsCount() throws Exception {
        Breach[] hits = java.util.stream.IntStream.rangeClosed(1, 250).mapToObj(line -> breach("GUARD-RUNTIME-SWITCH",
                "src/main/resources/storefront.properties", line, 29)).toArray(Breach[]::new);
        VerdictResult module = VerdictTestData.verdict(Mode.REHEARSAL, List.of(goal("guard", "guard.runtime-switch", hits)))
                .cutBy(io.github.cutoverguard.engine.BreachLimit.DEFAULT);

        VerdictResult build = aggregate(List.of(module("storefront", module)));

        assertThat(build.breaches()).hasSize(101);
        assertThat(build.breaches().get(100)).satisfies(b -> {
            assertThat(b.message()).isEqualTo("… and 150 more");
            assertThat(b.omitted()).isEqualTo(150);
            assertThat(b.file()).isEqualTo("storefront/src/main/resources/storefront.properties");
            assertThat(b.fails()).isTrue();
        });
        assertThat(build.goals().get(0).breachCount()).isEqualTo(250);
        assertThat(build.rehearsalContinuation().reason()).startsWith("NO-GO in storefront (250 error-level breaches");
    }

    @Test
    void aModuleWithoutAVerdictOfThisBuildFailsClosed() throws Exception {
        VerdictAggregate.Module missing = module("billing-client", null);
        VerdictAggregate.Module stale = module("orders-client", go());
        VerdictResult build = VerdictAggregate.run(new RunContext(new ProjectFiles(root), null, null, null, null, NOW, null),
                List.of(missing, stale), Instant.parse("2026-02-09T00:00:00Z"));
        assertThat(build.rehearsalContinuation().reason()).isEqualTo("NO-GO in billing-client (no verdict of this build); "
                + "orders-client (no verdict of this build)");
        assertThat(build.breaches()).extracting(Breach::ruleId).containsExactly("VERDICT-INCOMPLETE", "VERDICT-INCOMPLETE");
        assertThat(build.breaches().get(0).message()).isEqualTo("module billing-client binds verdict but "
                + "billing-client/target/cutover-guardrails/verdict.json does not exist: its verdict did not run in this build");
        assertThat(build.breaches().get(1).message()).contains("was written at 2026-02-08T12:00:00Z, before this build started");
    }

    /**
     * Issue #24: the build's verdict.md said "None: every check ran" while its table listed skipped checks, its JUnit
     * report had skipped="0", and a goal that ran nothing showed as pass.
     */
    @Test
    void theModulesSkippedChecksAreCountedAsTheirOwnReportsCountThem() throws Exception {
        GoalResult docsExcluded = new GoalResult("check-docs", STARTED, Mode.REHEARSAL, go().baseline(), "service.v3",
                List.of(), List.of(CheckResult.skipped("check-docs", "excluded by <verdictChecks>")));
        VerdictResult invoices = VerdictTestData.verdict(Mode.REHEARSAL, List.of(VerdictTestData.passingPin(), docsExcluded));
        VerdictResult build = aggregate(List.of(module("invoices", invoices)));

        assertThat(build.goals().get(0).checks()).extracting(CheckResult::id, CheckResult::status, CheckResult::detail)
                .containsExactly(tuple("check-pin", CheckStatus.PASS, "1 passed, 0 failed, 1 skipped (git.tag-sha)"),
                        tuple("git.tag-sha", CheckStatus.SKIPPED, "no producerRepository configured"),
                        tuple("check-docs", CheckStatus.SKIPPED, "excluded by <verdictChecks>"));
        assertThat(VerdictMarkdown.render(build)).contains("""
                ## Skipped checks

                2 checks did not run:

                - invoices `git.tag-sha`: no producerRepository configured
                - invoices `check-docs`: excluded by \\<verdictChecks\\>
                """).doesNotContain("None: every check ran");
        String junit = new String(JUnitReport.render(build), StandardCharsets.UTF_8);
        assertThat(junit).contains("tests=\"3\" failures=\"0\" errors=\"0\" skipped=\"2\"")
                .contains("<testcase classname=\"cutover-guardrails.invoices\" name=\"check-docs\" time=\"0\">\n    "
                        + "<skipped message=\"excluded by &lt;verdictChecks&gt;\"/>");
    }

    /** Issue #24: -pl .,invoices left payments (NO-GO) out, and the build's verdict said GO (all 1 modules GO: invoices). */
    @Test
    void aModuleTheBuildLeftOutIsVerdictIncompleteEvenWithAVerdictOnDisk() throws Exception {
        VerdictAggregate.Module invoices = module("invoices", go());
        VerdictAggregate.Module builtEarlier = module("payments", go());
        VerdictAggregate.Module payments = new VerdictAggregate.Module("payments", "payments", builtEarlier.verdictFile(),
                false);
        VerdictResult build = aggregate(List.of(invoices, payments));
        assertThat(build.rehearsalContinuation())
                .isEqualTo(Decision.noGo("NO-GO in payments (not built in this build)"));
        assertThat(build.runtimeCutover().go()).isFalse();
        assertThat(build.goals()).extracting(GoalResult::goal).containsExactly("invoices", "payments");
        assertThat(build.breaches()).singleElement().satisfies(b -> {
            assertThat(b.ruleId()).isEqualTo("VERDICT-INCOMPLETE");
            assertThat(b.file()).isEqualTo("payments/pom.xml");
            assertThat(b.message()).isEqualTo("module payments of the reactor binds verdict but was not built in this "
                    + "build (left out by -pl, -rf or -N): the build's verdict cannot judge it");
            assertThat(b.hint()).isEqualTo("build it with the others: run the build from the reactor's root without -pl, "
                    + "-rf or -N, or name it in -pl, e.g. -pl ...,payments");
        });
    }

    @Test
    void anUnreadableVerdictIsABreachNotAGo() throws Exception {
        VerdictAggregate.Module broken = module("orders-client", go());
        Files.writeString(broken.verdictFile(), "{\"schema_version\": \"verdict.v2\", \"schema_version\": 2}");
        VerdictAggregate.Module wrong = module("ledger-client", go());
        Files.writeString(wrong.verdictFile(), "{\"schema_version\": \"verdict.v2\"}");
        VerdictResult build = aggregate(List.of(broken, wrong));
        assertThat(build.rehearsalContinuation().go()).isFalse();
        assertThat(build.breaches()).extracting(Breach::ruleId).contains("JSON-PARSE", "JSON-SCHEMA");
        assertThat(aggregate(List.of()).rehearsalContinuation())
                .isEqualTo(Decision.noGo("no module of this build binds verdict: there is nothing to aggregate"));
    }
}
