package io.github.cutoverguard.engine.guard;

import io.github.cutoverguard.engine.Breach;
import io.github.cutoverguard.engine.Check;
import io.github.cutoverguard.engine.Rule;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Raises {@link #RULE} for every executed fallback test (a test case matching a
 * {@code fallbackTests} pattern) that failed or errored, naming {@code class#method} and the
 * failure message, at its report file: a fallback regression is an immediate NO-GO.
 */
public final class FallbackTestsPass implements Check<TestReports> {

    public static final Rule RULE = Rule.GUARD_FALLBACK_REGRESSION;

    private final List<FallbackPattern> patterns;

    FallbackTestsPass(List<FallbackPattern> patterns) {
        this.patterns = patterns;
    }

    @Override
    public Set<Rule> rules() {
        return Set.of(RULE);
    }

    @Override
    public List<Breach> check(TestReports reports) {
        List<Breach> breaches = new ArrayList<>();
        for (TestReports.TestCase test : reports.cases()) {
            boolean broken = test.outcome() == TestReports.Outcome.FAILED || test.outcome() == TestReports.Outcome.ERROR;
            if (!broken || patterns.stream().noneMatch(p -> p.matches(test.className(), test.name()))) {
                continue;
            }
            String how = test.outcome() == TestReports.Outcome.FAILED ? "failed" : "errored";
            breaches.add(Breach.error(RULE, "fallback test " + test.id() + " " + how
                            + (test.message() == null || test.message().isEmpty() ? "" : ": " + test.message()))
                    .file(test.report())
                    .at(test.at())
                    .expected(test.id() + " passes")
                    .actual(how + (test.message() == null ? "" : ": " + test.message()))
                    .hint("the consumer's fallback path regressed: an immediate NO-GO for the rehearsal; fix the "
                            + "fallback (or the test) before continuing")
                    .build());
        }
        return breaches;
    }
}
