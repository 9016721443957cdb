package io.github.cutoverguard.engine.guard;

import io.github.cutoverguard.engine.Breach;
import io.github.cutoverguard.engine.Location;
import io.github.cutoverguard.engine.input.ProjectFiles;
import io.github.cutoverguard.engine.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@link FallbackTestsPass} ({@code GUARD-FALLBACK-REGRESSION}) and {@link FallbackTestsPresent} ({@code GUARD-FALLBACK-MISSING}). */
class FallbackChecksTest {

    private static final String SUREFIRE = "target/surefire-reports";
    private static final String CLIENT_REPORT = SUREFIRE + "/TEST-com.example.MemoryKernelClientTest.xml";
    private static final List<Path> CLASSES = List.of(Path.of("target/classes"), Path.of("target/test-classes"));
    private static final String BILLING = "com.example.billing.BillingClientFallbackTest";
    private static final String BILLING_REPORT = SUREFIRE + "/TEST-" + BILLING + ".xml";
    private static final String BILLING_CLASS = "target/test-classes/com/example/billing/BillingClientFallbackTest.class";

    @TempDir
    Path project;

    /** A Surefire report with one {@code <testcase>} line per entry. */
    static String report(String suite, String... testcases) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<testsuite name=\"" + suite + "\" tests=\"" + testcases.length + "\">\n"
                + "  <properties><property name=\"java.version\" value=\"17\"/></properties>\n"
                + String.join("\n", testcases) + "\n</testsuite>\n";
    }

    static String passed(String cls, String name) {
        return "  <testcase name=\"" + name + "\" classname=\"" + cls + "\" time=\"0.01\"/>";
    }

    static String failed(String cls, String name, String message) {
        return "  <testcase name=\"" + name + "\" classname=\"" + cls + "\" time=\"0.01\">\n"
                + "    <failure message=\"" + message + "\" type=\"org.opentest4j.AssertionFailedError\">"
                + "org.opentest4j.AssertionFailedError: " + message + "\n\tat x.y(Z.java:1)</failure>\n  </testcase>";
    }

    private void clientReport(String... testcases) {
        Fixtures.write(project, CLIENT_REPORT, report("com.example.MemoryKernelClientTest", testcases));
    }

    private List<Breach> check(String... patterns) {
        return check(List.of(), patterns);
    }

    private List<Breach> check(List<Path> directories, String... patterns) {
        ProjectFiles files = new ProjectFiles(project);
        TestReports reports = TestReports.read(files, directories.isEmpty() ? GuardRequest.Fallback.defaultReportDirectories(null) : directories,
                1 << 20, CompiledClass.newest(files, CLASSES));
        List<FallbackPattern> parsed = List.of(patterns).stream().map(FallbackPattern::parse).toList();
        List<Breach> breaches = new ArrayList<>(new FallbackTestsPass(parsed).check(reports));
        breaches.addAll(new FallbackTestsPresent(parsed).check(reports));
        return breaches;
    }

    @Test
    void passingFallbackTestsRaiseNothing() {
        clientReport(passed("com.example.MemoryKernelClientTest", "fallbackReturnsCachedContext"),
                passed("com.example.MemoryKernelClientTest", "fetchesContext"));
        assertThat(check("MemoryKernelClientTest#fallback*", "com.example.MemoryKernelClientTest", "*Client*")).isEmpty();
    }

    @Test
    void failedFallbackTestIsARegressionNamingTheTestAndTheMessage() {
        clientReport(passed("com.example.MemoryKernelClientTest", "fetchesContext"),
                failed("com.example.MemoryKernelClientTest", "fallbackReturnsCachedContext", "expected: &lt;cached&gt; but was: &lt;null&gt;"));
        List<Breach> breaches = check("MemoryKernelClientTest#fallback*");
        assertThat(breaches).singleElement().satisfies(b -> {
            assertThat(b.ruleId()).isEqualTo("GUARD-FALLBACK-REGRESSION");
            assertThat(b.file()).isEqualTo(CLIENT_REPORT);
            assertThat(b.location()).isEqualTo(Location.ofLine(5));
            assertThat(b.message()).isEqualTo("fallback test com.example.MemoryKernelClientTest#fallbackReturnsCachedContext "
                    + "failed: expected: <cached> but was: <null>");
            assertThat(b.hint()).contains("immediate NO-GO");
        });
    }

    @Test
    void erroredFallbackTestIsARegressionToo() {
        clientReport("  <testcase name=\"fallbackOnTimeout\" classname=\"com.example.MemoryKernelClientTest\">\n"
                + "    <error type=\"java.net.ConnectException\">java.net.ConnectException\n\tat a.b(C.java:1)</error>\n"
                + "  </testcase>");
        assertThat(check("*Client*#fallback*")).singleElement().satisfies(b -> {
            assertThat(b.ruleId()).isEqualTo("GUARD-FALLBACK-REGRESSION");
            assertThat(b.message()).isEqualTo("fallback test com.example.MemoryKernelClientTest#fallbackOnTimeout errored: "
                    + "java.net.ConnectException");
        });
    }

    @Test
    void patternMatchingNoTestIsMissingNamingThePattern() {
        clientReport(passed("com.example.MemoryKernelClientTest", "fetchesContext"));
        assertThat(check("*Fallback*")).singleElement().satisfies(b -> {
            assertThat(b.ruleId()).isEqualTo("GUARD-FALLBACK-MISSING");
            assertThat(b.file()).isNull();
            assertThat(b.message()).isEqualTo("fallback test pattern *Fallback* ran no test: no test in 1 report under "
                    + "target/surefire-reports, target/failsafe-reports matches it");
        });
    }

    @Test
    void noReportDirectoriesAtAllMeansEveryPatternIsMissing() {
        assertThat(check("*Fallback*", "ClientTest#fallback")).extracting(Breach::ruleId)
                .containsExactly("GUARD-FALLBACK-MISSING", "GUARD-FALLBACK-MISSING");
        assertThat(check("*Fallback*").get(0).message()).isEqualTo("fallback test pattern *Fallback* ran no test: no test "
                + "report (TEST-*.xml) found in target/surefire-reports, target/failsafe-reports");
    }

    @Test
    void skippedFallbackTestsDoNotCount() {
        clientReport("  <testcase name=\"fallbackReturnsCachedContext\" classname=\"com.example.MemoryKernelClientTest\">\n"
                + "    <skipped message=\"disabled in the test source\"/>\n  </testcase>");
        assertThat(check("MemoryKernelClientTest#fallback*")).singleElement().satisfies(b -> {
            assertThat(b.ruleId()).isEqualTo("GUARD-FALLBACK-MISSING");
            assertThat(b.message()).endsWith("ran no test: only skipped tests match it "
                    + "(com.example.MemoryKernelClientTest#fallbackReturnsCachedContext)");
        });
    }

    @Test
    void flakyTestThatPassedOnRerunCountsAsPassing() {
        clientReport("  <testcase name=\"fallbackIsDeterministic\" classname=\"com.example.MemoryKernelClientTest\">\n"
                + "    <flakyFailure message=\"once\" type=\"java.lang.AssertionError\"/>\n  </testcase>");
        assertThat(check("MemoryKernelClientTest#fallback*")).isEmpty();
    }

    @Test
    void patternsMatchSimpleOrQualifiedClassNamesAndParameterisedMethods() {
        Fixtures.write(project, "target/failsafe-reports/TEST-com.example.it.FallbackIT.xml", report("com.example.it.FallbackIT",
                passed("com.example.it.FallbackIT", "fallbackServesStaleContext(String)[1]"),
                passed("com.example.it.FallbackIT", "fallbackServesStaleContext(String)[2]")));
        assertThat(check("FallbackIT", "com.example.it.FallbackIT", "com.example.*.Fallback*",
                "FallbackIT#fallbackServesStaleContext", "*IT#fallback*")).isEmpty();
        assertThat(check("com.example.FallbackIT")).extracting(Breach::ruleId).containsExactly("GUARD-FALLBACK-MISSING");
        assertThat(check("example")).extracting(Breach::ruleId).containsExactly("GUARD-FALLBACK-MISSING");
    }

    @Test
    void failureInANestedClassOfAFallbackClassIsARegression() {
        String outer = "com.example.billing.BillingClientFallbackTest";
        String nested = outer + "$WhenTheServiceTimesOut";
        String deeper = nested + "$AndTheCacheIsEmpty";
        Fixtures.write(project, SUREFIRE + "/TEST-" + outer + ".xml", report(outer,
                passed(outer, "servesTheCachedInvoice()"), passed(outer, "fallbackKeepsTheInvoiceNumber()")));
        Fixtures.write(project, SUREFIRE + "/TEST-" + nested + ".xml", report(nested,
                failed(nested, "fallbackServesTheLastKnownTotal()", "expected: &lt;42.00&gt; but was: &lt;0.00&gt;")));
        Fixtures.write(project, SUREFIRE + "/TEST-" + deeper + ".xml", report(deeper,
                "  <testcase name=\"answersUnavailable()\" classname=\"" + deeper + "\">\n"
                        + "    <error type=\"java.lang.IllegalStateException\"/>\n  </testcase>"));
        for (String pattern : List.of("BillingClientFallbackTest", "com.example.billing.BillingClientFallbackTest",
                "*FallbackTest")) {
            assertThat(check(pattern)).as(pattern).extracting(Breach::ruleId)
                    .containsExactly("GUARD-FALLBACK-REGRESSION", "GUARD-FALLBACK-REGRESSION");
        }
        assertThat(check("BillingClientFallbackTest#fallback*")).singleElement().satisfies(b -> {
            assertThat(b.ruleId()).isEqualTo("GUARD-FALLBACK-REGRESSION");
            assertThat(b.file()).isEqualTo(SUREFIRE + "/TEST-" + nested + ".xml");
            assertThat(b.location()).isEqualTo(Location.ofLine(4));
            assertThat(b.message()).isEqualTo("fallback test " + nested + "#fallbackServesTheLastKnownTotal() failed: "
                    + "expected: <42.00> but was: <0.00>");
        });
        assertThat(check("BillingClientFallbackTest#answersUnavailable")).singleElement().satisfies(b ->
                assertThat(b.message()).isEqualTo("fallback test " + deeper + "#answersUnavailable() errored: "
                        + "java.lang.IllegalStateException"));
    }

    @Test
    void nestedClassesOfAFallbackClassCountAsItsExecutedTests() {
        String nested = "com.example.billing.BillingClientFallbackTest$WhenTheServiceTimesOut";
        Fixtures.write(project, SUREFIRE + "/TEST-" + nested + ".xml", report(nested,
                passed(nested, "fallbackServesTheLastKnownTotal()")));
        assertThat(check("BillingClientFallbackTest", "BillingClientFallbackTest#fallback*",
                "BillingClientFallbackTest$WhenTheServiceTimesOut", "*$WhenTheServiceTimesOut")).isEmpty();
        assertThat(check("WhenTheServiceTimesOut")).extracting(Breach::ruleId).containsExactly("GUARD-FALLBACK-MISSING");
    }

    /** Writes {@code path} (relative to the project) last modified at {@code at}. */
    private void writeAt(String path, String content, String at) throws IOException {
        Files.setLastModifiedTime(Fixtures.write(project, path, content), FileTime.from(Instant.parse(at)));
    }

    @Test
    void reportOlderThanTheNewestCompiledClassIsStaleNotEvidence() throws IOException {
        writeAt(BILLING_REPORT, report(BILLING, passed(BILLING, "servesTheCachedInvoice()")), "2026-12-07T09:00:00Z");
        writeAt("target/classes/com/example/billing/BillingClient.class", "cafebabe", "2026-12-07T08:59:00Z");
        writeAt(BILLING_CLASS, "cafebabe", "2026-12-07T09:05:30.250Z");
        assertThat(check("BillingClientFallbackTest")).singleElement().satisfies(b -> {
            assertThat(b.ruleId()).isEqualTo("GUARD-FALLBACK-MISSING");
            assertThat(b.file()).isEqualTo(BILLING_REPORT);
            assertThat(b.location()).isEqualTo(Location.ofLine(4));
            assertThat(b.message()).isEqualTo("fallback test pattern BillingClientFallbackTest ran no test in this build: "
                    + "its report " + BILLING_REPORT + " was written at 2026-12-07T09:00:00Z, before " + BILLING_CLASS
                    + " was compiled at 2026-12-07T09:05:30.250Z; a stale report is not evidence");
            assertThat(b.hint()).startsWith("run the fallback tests in this build");
        });
    }

    @Test
    void staleFailingReportIsNotRunNeverARegressionAndAFreshOneCounts() throws IOException {
        writeAt(BILLING_REPORT, report(BILLING, failed(BILLING, "servesTheCachedInvoice()", "boom")), "2026-12-07T09:00:00Z");
        writeAt(BILLING_CLASS, "cafebabe", "2026-12-07T09:00:01Z");
        assertThat(check("BillingClientFallbackTest")).extracting(Breach::ruleId).containsExactly("GUARD-FALLBACK-MISSING");
        // as new as the newest class (a file system with coarse timestamps): it counts
        writeAt(BILLING_CLASS, "cafebabe", "2026-12-07T09:00:00Z");
        assertThat(check("BillingClientFallbackTest")).extracting(Breach::ruleId).containsExactly("GUARD-FALLBACK-REGRESSION");
    }

    @Test
    void staleReportOfANestedClassIsNotRunEvenWhenTheOuterClassRan() throws IOException {
        String nested = BILLING + "$WhenTheServiceTimesOut";
        writeAt(BILLING_REPORT, report(BILLING, passed(BILLING, "servesTheCachedInvoice()")), "2026-12-07T09:10:00Z");
        writeAt(SUREFIRE + "/TEST-" + nested + ".xml", report(nested, failed(nested, "servesTheLastTotal()", "boom")),
                "2026-12-07T08:00:00Z");
        writeAt(BILLING_CLASS, "cafebabe", "2026-12-07T09:05:00Z");
        assertThat(check("BillingClientFallbackTest")).singleElement().satisfies(b -> {
            assertThat(b.ruleId()).isEqualTo("GUARD-FALLBACK-MISSING");
            assertThat(b.file()).isEqualTo(SUREFIRE + "/TEST-" + nested + ".xml");
        });
        // a stale report of other tests is not a fallback breach
        assertThat(check("BillingClientFallbackTest#servesTheCachedInvoice")).isEmpty();
    }

    @Test
    void onlyTestReportsInTheConfiguredDirectoriesAreRead() {
        Fixtures.write(project, "reports/TEST-a.xml", report("a.FallbackTest", passed("a.FallbackTest", "works")));
        Fixtures.write(project, "reports/a.FallbackTest.txt", "not a report");
        Fixtures.write(project, "reports/nested/TEST-b.xml", report("b.Other", passed("b.Other", "fallbackX")));
        assertThat(check(List.of(Path.of("reports")), "FallbackTest")).isEmpty();
        assertThat(check(List.of(Path.of("reports")), "Other")).extracting(Breach::ruleId)
                .containsExactly("GUARD-FALLBACK-MISSING");
    }

    @Test
    void truncatedReportIsNamedAndTheTestsCompletedBeforeTheCrashAreKept() {
        Fixtures.write(project, CLIENT_REPORT, report("com.example.MemoryKernelClientTest",
                failed("com.example.MemoryKernelClientTest", "fallbackA", "boom")).substring(0, 330));
        List<Breach> breaches = check("MemoryKernelClientTest#fallbackA");
        assertThat(breaches).extracting(Breach::ruleId).containsExactly("GUARD-FALLBACK-MISSING", "GUARD-FALLBACK-MISSING");
        assertThat(breaches.get(0).file()).isEqualTo(CLIENT_REPORT);
        assertThat(breaches.get(0).location().isKnown()).isTrue();
        assertThat(breaches.get(0).message()).startsWith(CLIENT_REPORT + " is not a well-formed test report (")
                .endsWith("); its tests cannot be counted");

        clientReport(failed("com.example.MemoryKernelClientTest", "fallbackA", "boom"));
        String complete = report("com.example.MemoryKernelClientTest", failed("com.example.MemoryKernelClientTest", "fallbackA", "boom"),
                passed("com.example.MemoryKernelClientTest", "fallbackB"));
        Fixtures.write(project, CLIENT_REPORT, complete.substring(0, complete.lastIndexOf("<testcase")));
        assertThat(check("MemoryKernelClientTest#fallbackA")).extracting(Breach::ruleId)
                .containsExactly("GUARD-FALLBACK-REGRESSION", "GUARD-FALLBACK-MISSING");
    }

    @Test
    void doctypeAndExternalEntitiesAreRefusedWithoutBeingResolved() {
        Path secret = Fixtures.write(project, "secret.txt", "TOP-SECRET-VALUE");
        Fixtures.write(project, CLIENT_REPORT, "<?xml version=\"1.0\"?>\n<!DOCTYPE testsuite [<!ENTITY xxe SYSTEM \""
                + secret.toUri() + "\">]>\n<testsuite name=\"x\"><testcase name=\"fallback&xxe;\" classname=\"x.FallbackTest\"/>"
                + "</testsuite>\n");
        List<Breach> breaches = check("FallbackTest");
        assertThat(breaches).extracting(Breach::ruleId).containsExactly("GUARD-FALLBACK-MISSING", "GUARD-FALLBACK-MISSING");
        assertThat(breaches.get(0).file()).isEqualTo(CLIENT_REPORT);
        assertThat(breaches).noneSatisfy(b -> assertThat(b.message()).contains("TOP-SECRET"));
    }

    @Test
    void xmlThatIsNotATestReportIsNamed() {
        Fixtures.write(project, SUREFIRE + "/TEST-notes.xml", "<notes><testcase name=\"fallback\" classname=\"X\"/></notes>\n");
        assertThat(check("X")).extracting(Breach::message).first().asString()
                .isEqualTo(SUREFIRE + "/TEST-notes.xml is not a Surefire/Failsafe test report (its root element is <notes>, "
                        + "not <testsuite>); its tests cannot be counted");
    }

    @Test
    void malformedPatternsAreConfigurationErrors() {
        for (String bad : List.of("#fallback", "Client#", "A#b#c")) {
            assertThatThrownBy(() -> FallbackPattern.parse(bad)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("'" + bad + "'");
        }
    }
}
