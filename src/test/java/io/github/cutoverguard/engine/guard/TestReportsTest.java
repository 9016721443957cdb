package io.github.cutoverguard.engine.guard;

import io.github.cutoverguard.engine.Breach;
import io.github.cutoverguard.engine.Location;
import io.github.cutoverguard.engine.input.InputReader;
import io.github.cutoverguard.engine.input.ProjectFiles;
import io.github.cutoverguard.engine.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** How {@link TestReports} reads Surefire/Failsafe XML: test cases, their outcomes and messages, and unreadable reports. */
class TestReportsTest {

    private static final List<Path> REPORTS = List.of(Path.of("reports"));

    @TempDir
    Path project;

    private TestReports read(long maxBytes) {
        return TestReports.read(new ProjectFiles(project), REPORTS, maxBytes, null);
    }

    private TestReports read() {
        return read(1 << 20);
    }

    private static Breach onlyProblem(TestReports reports) {
        assertThat(reports.problems()).hasSize(1);
        return reports.problems().get(0);
    }

    @Test
    void testCasesCarryTheirClassNameOutcomeMessageAndLine() {
        Fixtures.write(project, "reports/TEST-suite.xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <testsuite name="com.example.SuiteTest">
                  <testcase name="passes" classname="com.example.ATest"/>
                  <testcase name="blankClass" classname=" "/>
                  <testcase name="noClass"/>
                  <testcase classname="com.example.ATest"/>
                  <testcase name="fails" classname="com.example.ATest">
                    <failure message="expected: 1&#10;but was: 2" type="AssertionError"/>
                    <error message="a second problem" type="IllegalStateException"/>
                  </testcase>
                  <testcase name="errors" classname="com.example.ATest">
                    <error message="  " type="java.net.ConnectException"/>
                  </testcase>
                  <testcase name="skipped" classname="com.example.ATest"><skipped/></testcase>
                  <testcase name="skippedThenFailed" classname="com.example.ATest"><failure type="X"/><skipped/></testcase>
                </testsuite>
                """);

        TestReports reports = read();

        assertThat(reports.problems()).isEmpty();
        assertThat(reports.directories()).containsExactly("reports");
        assertThat(reports.cases()).containsExactly(
                new TestReports.TestCase("reports/TEST-suite.xml", Location.ofLine(3), "com.example.ATest", "passes",
                        TestReports.Outcome.PASSED, null),
                new TestReports.TestCase("reports/TEST-suite.xml", Location.ofLine(4), "com.example.SuiteTest", "blankClass",
                        TestReports.Outcome.PASSED, null),
                new TestReports.TestCase("reports/TEST-suite.xml", Location.ofLine(5), "com.example.SuiteTest", "noClass",
                        TestReports.Outcome.PASSED, null),
                new TestReports.TestCase("reports/TEST-suite.xml", Location.ofLine(6), "com.example.ATest", "",
                        TestReports.Outcome.PASSED, null),
                new TestReports.TestCase("reports/TEST-suite.xml", Location.ofLine(7), "com.example.ATest", "fails",
                        TestReports.Outcome.FAILED, "expected: 1"),
                new TestReports.TestCase("reports/TEST-suite.xml", Location.ofLine(11), "com.example.ATest", "errors",
                        TestReports.Outcome.ERROR, "java.net.ConnectException"),
                new TestReports.TestCase("reports/TEST-suite.xml", Location.ofLine(14), "com.example.ATest", "skipped",
                        TestReports.Outcome.SKIPPED, null),
                new TestReports.TestCase("reports/TEST-suite.xml", Location.ofLine(15), "com.example.ATest", "skippedThenFailed",
                        TestReports.Outcome.FAILED, "X"));
        assertThat(reports.cases().get(4).id()).isEqualTo("com.example.ATest#fails");
    }

    @Test
    void aTestCaseOutsideANamedSuiteHasAnEmptyClassName() {
        Fixtures.write(project, "reports/TEST-bare.xml", "<testsuites><testcase name=\"lonely\"/></testsuites>");
        assertThat(read().cases()).singleElement().satisfies(t -> {
            assertThat(t.className()).isEmpty();
            assertThat(t.id()).isEqualTo("#lonely");
            assertThat(t.at()).isEqualTo(Location.ofLine(1));
        });
    }

    @Test
    void longMessagesAreCutAfter200Characters() {
        String exact = "m".repeat(200);
        String longer = "n".repeat(201);
        Fixtures.write(project, "reports/TEST-long.xml", "<testsuite name=\"s\">\n"
                + "<testcase name=\"a\" classname=\"A\"><failure message=\"" + exact + "\"/></testcase>\n"
                + "<testcase name=\"b\" classname=\"A\"><failure message=\"" + longer + "\"/></testcase>\n"
                + "</testsuite>\n");
        assertThat(read().cases()).extracting(TestReports.TestCase::message)
                .containsExactly(exact, "n".repeat(200) + "…");
    }

    @Test
    void reportsAreReadInNameOrderWithTheirHashes() {
        List<String> names = IntStream.rangeClosed(1, 12).mapToObj(i -> String.format("TEST-%02d.xml", 13 - i)).toList();
        for (String name : names) {
            Fixtures.write(project, "reports/" + name, "<testsuite name=\"s\"><testcase name=\"" + name + "\" classname=\"A\"/>"
                    + "</testsuite>\n");
        }
        TestReports reports = read();
        List<String> sorted = names.stream().sorted().toList();
        assertThat(reports.cases()).extracting(TestReports.TestCase::name).containsExactlyElementsOf(sorted);
        assertThat(reports.inputs()).extracting(i -> i.path())
                .containsExactlyElementsOf(sorted.stream().map(n -> "reports/" + n).toList());
        String first = "<testsuite name=\"s\"><testcase name=\"TEST-01.xml\" classname=\"A\"/></testsuite>\n";
        assertThat(reports.inputs().get(0).sha256())
                .isEqualTo(InputReader.sha256Hex(first.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aReportOfExactlyTheLimitIsReadAndALargerOneIsAProblem() {
        String small = "<testsuite name=\"s\"><testcase name=\"t\" classname=\"A\"/></testsuite>\n";
        Fixtures.write(project, "reports/TEST-a.xml", small);
        int size = small.getBytes(StandardCharsets.UTF_8).length;
        TestReports exact = read(size);
        assertThat(exact.problems()).isEmpty();
        assertThat(exact.cases()).hasSize(1);

        TestReports tooLarge = read(size - 1);
        assertThat(tooLarge.cases()).isEmpty();
        assertThat(tooLarge.inputs()).isEmpty();
        Breach problem = onlyProblem(tooLarge);
        assertThat(problem.ruleId()).isEqualTo("GUARD-FALLBACK-MISSING");
        assertThat(problem.file()).isEqualTo("reports/TEST-a.xml");
        assertThat(problem.location()).isEqualTo(Location.UNKNOWN);
        assertThat(problem.message()).isEqualTo("reports/TEST-a.xml is " + size + " bytes, above the " + (size - 1)
                + "-byte input limit; its tests cannot be counted");
    }

    @Test
    void aTruncatedReportNamesTheParsersMessageAndPosition() {
        Fixtures.write(project, "reports/TEST-cut.xml", "<testsuite name=\"s\">");
        Breach problem = onlyProblem(read());
        assertThat(problem.location().line()).isEqualTo(1);
        assertThat(problem.location().column()).isPositive();
        assertThat(problem.message()).isEqualTo("reports/TEST-cut.xml is not a well-formed test report (XML document "
                + "structures must start and end within the same entity.); its tests cannot be counted");
        assertThat(problem.hint()).startsWith("re-run the tests to rewrite the report");
    }

    @Test
    void anExternalDoctypeIsRefusedBeforeAnythingIsLoaded() {
        Fixtures.write(project, "reports/TEST-dtd.xml", "<?xml version=\"1.0\"?>\n"
                + "<!DOCTYPE testsuite SYSTEM \"" + project.resolve("missing.dtd").toUri() + "\">\n"
                + "<testsuite name=\"s\"><testcase name=\"t\" classname=\"A\"/></testsuite>\n");
        Breach problem = onlyProblem(read());
        assertThat(problem.message()).isEqualTo("reports/TEST-dtd.xml declares a DOCTYPE, which test reports never do; "
                + "its tests cannot be counted");
        assertThat(problem.location()).isEqualTo(Location.ofLine(2));
    }
}
