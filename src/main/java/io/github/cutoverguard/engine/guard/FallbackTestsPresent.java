package io.github.cutoverguard.engine.guard;

import io.github.cutoverguard.engine.Breach;
import io.github.cutoverguard.engine.Check;
import io.github.cutoverguard.engine.Rule;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Raises {@link #RULE} when the fallback tests did not run in this build: a switch skipped the tests or a test
 * selection left them out ({@link #notRun}); a {@code fallbackTests} pattern matches no executed test case in the
 * reports that count (skipped tests do not count: a fallback that did not run proves nothing); a report holding
 * fallback tests is stale, older than the newest compiled class it could have tested; or a report cannot be read as a
 * test report (its tests cannot be counted).
 */
public final class FallbackTestsPresent implements Check<TestReports> {

    public static final Rule RULE = Rule.GUARD_FALLBACK_MISSING;

    private final List<FallbackPattern> patterns;

    FallbackTestsPresent(List<FallbackPattern> patterns) {
        this.patterns = patterns;
    }

    @Override
    public Set<Rule> rules() {
        return Set.of(RULE);
    }

    /**
     * One breach per switch that skipped the build's tests ({@code -DskipTests}, {@code -Dmaven.test.skip},
     * {@code -Dmaven.test.skip.exec}) or whose selection ({@code -Dtest}, {@code -Dit.test}) leaves a fallback test out:
     * the fallback tests did not run, so nothing proves the fallback, but nothing says it is broken either.
     */
    static List<Breach> notRun(List<TestSwitch> switches, List<String> fallbackTests, List<FallbackPattern> patterns) {
        List<Breach> breaches = new ArrayList<>();
        String tests = String.join(", ", fallbackTests);
        for (TestSwitch set : switches) {
            if (set.skips()) {
                breaches.add(Breach.error(RULE, "fallback tests " + tests + " did not run: the build skipped its tests ("
                                + set.shown() + "), so the fallback is unproven (not broken)")
                        .expected("the fallback tests executed in this build")
                        .actual("tests skipped by " + set.shown())
                        .hint("build without " + set.shown() + " (mvn verify runs the tests before this goal)")
                        .build());
            } else if (set.selects()) {
                TestSelection selection = TestSelection.parse(set.value(), set.property().equals("it.test"));
                List<String> leftOut = patterns.stream().map(selection::leavesOut).filter(Objects::nonNull).toList();
                if (!leftOut.isEmpty()) {
                    breaches.add(Breach.error(RULE, "fallback tests " + tests + " did not run: the build's test selection "
                                    + set.shown() + " " + String.join("; ", leftOut) + ", so the fallback is unproven "
                                    + "(not broken)")
                            .expected("a test selection that runs every fallback test")
                            .actual("tests selected by " + set.shown())
                            .hint("build without " + set.shown() + ", or name the fallback tests in it (e.g. -D"
                                    + set.property() + "=" + set.value().strip() + "," + patterns.get(0).classPart() + ")")
                            .build());
                }
            }
        }
        return breaches;
    }

    @Override
    public List<Breach> check(TestReports reports) {
        List<Breach> breaches = new ArrayList<>(reports.problems());
        String where = String.join(", ", reports.directories());
        for (FallbackPattern pattern : patterns) {
            List<TestReports.TestCase> stale = reports.staleCases().stream()
                    .filter(t -> pattern.matches(t.className(), t.name()))
                    .toList();
            if (!stale.isEmpty()) {
                breaches.add(stale(pattern, stale, reports));
                continue;
            }
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

    /** Tests of {@code pattern} recorded only in reports older than the newest class: they did not run in this build. */
    private static Breach stale(FallbackPattern pattern, List<TestReports.TestCase> stale, TestReports reports) {
        TestReports.TestCase first = stale.get(0);
        CompiledClass newest = reports.newestClass();
        long others = stale.stream().map(TestReports.TestCase::report).distinct().count() - 1;
        String written = reports.staleReports().get(first.report()).toInstant().truncatedTo(ChronoUnit.MILLIS).toString();
        return Breach.error(RULE, "fallback test pattern " + pattern.text() + " ran no test in this build: its report "
                        + first.report() + (others == 0 ? "" : " (and " + others + " more)") + " was written at " + written
                        + ", before " + newest.file() + " was compiled at "
                        + newest.written().toInstant().truncatedTo(ChronoUnit.MILLIS) + "; a stale report is not evidence")
                .file(first.report())
                .at(first.at())
                .expected("a report of " + pattern.text() + " at least as new as the newest compiled class")
                .actual("stale report written at " + written)
                .hint("run the fallback tests in this build (mvn verify, without skipping or filtering them; mvn clean "
                        + "verify drops reports of tests that no longer exist)")
                .build();
    }
}
