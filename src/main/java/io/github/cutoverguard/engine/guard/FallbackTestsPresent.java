package io.github.cutoverguard.engine.guard;

import io.github.cutoverguard.engine.Rule;
import io.github.cutoverguard.engine.Breach;

import java.util.ArrayList;
import java.util.List;

/**
 * Raises {@link #RULE} for each {@code fallbackTests} pattern that matches no executed test case in
 * the reports (skipped tests do not count: a fallback that did not run proves nothing), and for each
 * report that cannot be read as a test report (its tests cannot be counted).
 */
public final class FallbackTestsPresent {

    public static final Rule RULE = Rule.GUARD_FALLBACK_MISSING;

    private FallbackTestsPresent() {
    }

    /**
     * The build skipped its tests ({@code -DskipTests}, {@code -Dmaven.test.skip}): the fallback tests did not run,
     * so nothing proves the fallback, but nothing says it is broken either.
     */
    static Breach testsSkipped(List<String> fallbackTests, String skippedBy) {
        return Breach.error(RULE, "fallback tests " + String.join(", ", fallbackTests) + " did not run: the build skipped "
                        + "its tests (" + skippedBy + "), so the fallback is unproven (not broken)")
                .expected("the fallback tests executed in this build")
                .actual("tests skipped by " + skippedBy)
                .hint("build without " + skippedBy + " (mvn verify runs the tests before this goal)")
                .build();
    }

    static List<Breach> check(TestReports reports, List<FallbackPattern> patterns) {
        List<Breach> breaches = new ArrayList<>(reports.problems());
        String where = String.join(", ", reports.directories());
        for (FallbackPattern pattern : patterns) {
            List<TestReports.TestCase> matching = reports.cases().stream()
                    .filter(t -> pattern.matches(t.className(), t.name()))
                    .toList();
            if (matching.stream().anyMatch(t -> t.outcome() != TestReports.Outcome.SKIPPED)) {
                continue;
            }
            String found = matching.isEmpty() && reports.inputs().isEmpty()
                    ? "no test report (TEST-*.xml) found in " + where
                    : matching.isEmpty()
                    ? "no test in " + reports.inputs().size() + " report" + (reports.inputs().size() == 1 ? "" : "s")
                            + " under " + where + " matches it"
                    : "only skipped tests match it (" + String.join(", ", matching.stream().limit(5)
                            .map(TestReports.TestCase::id).toList()) + (matching.size() > 5 ? ", …" : "") + ")";
            breaches.add(Breach.error(RULE, "fallback test pattern " + pattern.text() + " ran no test: " + found)
                    .expected("an executed test matching " + pattern.text())
                    .actual(matching.isEmpty() ? "none" : matching.size() + " skipped")
                    .hint("run the fallback tests before this goal (mvn verify runs Surefire and Failsafe first), "
                            + "un-skip them, or correct the fallbackTests pattern")
                    .build());
        }
        return breaches;
    }
}
