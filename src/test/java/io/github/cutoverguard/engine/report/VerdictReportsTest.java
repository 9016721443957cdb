package io.github.cutoverguard.engine.report;

import io.github.cutoverguard.engine.Breach;
import io.github.cutoverguard.engine.Rule;
import io.github.cutoverguard.engine.Location;
import io.github.cutoverguard.engine.Mode;
import io.github.cutoverguard.engine.schema.MatchesSchema;
import io.github.cutoverguard.engine.schema.SchemaCatalog;
import io.github.cutoverguard.engine.testing.Docs;
import io.github.cutoverguard.engine.testing.Fixtures;
import io.github.cutoverguard.engine.verdict.VerdictResult;
import io.github.cutoverguard.engine.verdict.VerdictTestData;
import io.github.cutoverguard.engine.input.InputLimits;
import org.apache.maven.plugin.surefire.log.api.NullConsoleLogger;
import org.apache.maven.plugins.surefire.report.ReportTestCase;
import org.apache.maven.plugins.surefire.report.ReportTestSuite;
import org.apache.maven.plugins.surefire.report.TestSuiteXmlParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static io.github.cutoverguard.engine.verdict.VerdictTestData.breach;
import static io.github.cutoverguard.engine.verdict.VerdictTestData.goal;
import static org.assertj.core.api.Assertions.assertThat;

class VerdictReportsTest {

    @TempDir
    Path dir;

    private static VerdictResult failing() {
        return VerdictTestData.verdict(Mode.REHEARSAL, List.of(VerdictTestData.passingPin(),
                goal("check-pin", "pin.baseline", breach("PIN-RELEASE-TAG", "config/integration-pin.json", 3, 18)),
                goal("guard", "guard.fallback", breach("GUARD-FALLBACK-REGRESSION", "target/surefire-reports/TEST-x.xml", 0, 0))));
    }

    @Test
    void junitXmlIsReadBySurefiresOwnReportParser() throws Exception {
        Path xml = new JUnitReport().write(failing(), ReportContext.within(dir), dir);
        List<ReportTestSuite> suites = new TestSuiteXmlParser(new NullConsoleLogger()).parse(xml.toString());
        // Surefire's parser groups test cases by classname: one suite per goal
        assertThat(suites).extracting(ReportTestSuite::getFullClassName)
                .containsExactly("cutover-guardrails.check-pin", "cutover-guardrails.guard");
        List<ReportTestCase> cases = suites.stream().flatMap(s -> s.getTestCases().stream()).toList();
        assertThat(cases).extracting(ReportTestCase::getName)
                .containsExactly("pin.baseline", "git.tag-sha", "pin.baseline", "guard.fallback");
        assertThat(cases).filteredOn(c -> !c.isSuccessful()).hasSize(3);
        ReportTestCase failed = cases.get(2);
        assertThat(failed.getFailureType()).isEqualTo("PIN-RELEASE-TAG");
        assertThat(failed.getFailureMessage()).contains("config/integration-pin.json:3:18 PIN-RELEASE-TAG something \"quoted\" & <odd> broke");
        assertThat(cases.get(1).getFailureType()).isEqualTo("skipped");
    }

    @Test
    void junitXmlCarriesInputTextXmlCannotHoldAsReplacementCharacters() throws Exception {
        // found by fuzzing (EngineEntryPointsFuzzTest#checkPin): a NUL from a fuzzed input made the report unreadable
        Breach quoted = Breach.error(Rule.PIN_RELEASE_TAG, "release_tag is \"v0.3.2\u0000\u0001\ud800\", baseline is \"v0.3.2\"")
                .file("config/integration-pin.json").at(new Location(3, 18)).build();
        Path xml = new JUnitReport().write(VerdictTestData.verdict(Mode.REHEARSAL, List.of(goal("check-pin", "pin.\u0000", quoted))), ReportContext.within(dir), dir);
        List<ReportTestCase> cases = new TestSuiteXmlParser(new NullConsoleLogger()).parse(xml.toString()).stream()
                .flatMap(s -> s.getTestCases().stream()).toList();
        assertThat(cases).singleElement().satisfies(c -> {
            assertThat(c.getName()).isEqualTo("pin.\uFFFD");
            // issue #25: the breach shows the characters escaped, so none reaches the XML
            assertThat(c.getFailureMessage()).contains("release_tag is \"v0.3.2\\u0000\\u0001\\ud800\"");
        });
    }

    @Test
    void sarifValidatesAgainstTheSarif210Schema() throws Exception {
        Path sarif = new SarifReport().write(failing(), new ReportContext(VerdictSubject.UNNAMED, "0.1.0-SNAPSHOT", ReportLocations.within(dir)), dir);
        Path schemaFile = Fixtures.reference("../standards/sarif-2.1.0-rtm.5.json");
        var schema = SchemaCatalog.local(schemaFile, "sarif-2.1.0-rtm.5.json", InputLimits.DEFAULT);
        var document = Docs.json("cutover-guardrails.sarif", Files.readString(sarif));
        assertThat(new MatchesSchema(schema, "sarif-2.1.0").check(document)).isEmpty();
        assertThat(document.root().at("/runs/0/results/0/ruleId").asString()).isEqualTo("PIN-RELEASE-TAG");
        assertThat(document.root().at("/runs/0/results/0/locations/0/physicalLocation/region/startLine").intValue()).isEqualTo(3);
        assertThat(document.root().at("/runs/0/results/1/locations/0/physicalLocation/region").isMissingNode()).isTrue();
        assertThat(document.root().at("/runs/0/tool/driver/rules/1/id").asString()).isEqualTo("GUARD-FALLBACK-REGRESSION");
    }

    @Test
    void sarifWithAnInvalidLevelIsRejectedBySchema() throws Exception {
        Path sarif = new SarifReport().write(failing(), new ReportContext(VerdictSubject.UNNAMED, "0.1.0-SNAPSHOT", ReportLocations.within(dir)), dir);
        var schema = SchemaCatalog.local(Fixtures.reference("../standards/sarif-2.1.0-rtm.5.json"), "sarif", InputLimits.DEFAULT);
        var broken = Docs.json("x.sarif", Files.readString(sarif).replaceFirst("\"level\" : \"error\"", "\"level\" : \"fatal\""));
        assertThat(new MatchesSchema(schema, "sarif-2.1.0").check(broken)).isNotEmpty();
    }

    @Test
    void verdictJsonMatchesItsSchema() throws Exception {
        Path json = new VerdictReport().write(failing(), ReportContext.within(dir), dir);
        var document = Docs.json("verdict.json", Files.readString(json));
        assertThat(MatchesSchema.bundled(SchemaCatalog.VERDICT).check(document)).isEmpty();
        assertThat(document.root().at("/rehearsal_continuation/decision").asString()).isEqualTo("NO-GO");
        assertThat(document.root().at("/runtime_cutover/decision").asString()).isEqualTo("NO-GO");
        assertThat(document.root().at("/follow_ups/0/owner").asString()).isEqualTo("consumer-team");
    }

    @Test
    void markdownListsEverySkippedCheckWithItsReason() {
        String md = VerdictMarkdown.render(failing());
        assertThat(md).contains("## Skipped checks\n\n1 check did not run:\n\n- check-pin `git.tag-sha`: no producerRepository configured\n");
        String none = VerdictMarkdown.render(VerdictTestData.verdict(Mode.REHEARSAL,
                List.of(goal("check-pin", "pin.baseline", breach("PIN-RELEASE-TAG", "config/integration-pin.json", 3, 18)))));
        assertThat(none).contains("## Skipped checks\n\n- None: every check ran.\n");
    }

    @Test
    void markdownCarriesBothVerdictsRisksAndFollowUps() {
        String md = VerdictMarkdown.render(failing());
        assertThat(md).contains("- Rehearsal continuation: **NO-GO**: fallback regression")
                .contains("- Runtime cutover: **NO-GO**: rehearsal mode")
                .contains("- producer may slip the v3 error enum")
                .contains("- error `PIN-RELEASE-TAG` `config/integration-pin.json:3:18` something \"quoted\" \\& \\<odd\\> broke")
                .contains("| consumer-team | add contract test for error.details | 2026-02-15 |")
                .contains("| check-pin | `pin.baseline` | fail | a check \\& its \\<detail\\> |");
    }
}
