package io.github.cutoverguard.engine.report;

import io.github.cutoverguard.engine.Breach;
import io.github.cutoverguard.engine.Rule;
import io.github.cutoverguard.engine.CheckResult;
import io.github.cutoverguard.engine.GoalResult;
import io.github.cutoverguard.engine.Location;
import io.github.cutoverguard.engine.Mode;
import io.github.cutoverguard.engine.Severity;
import io.github.cutoverguard.engine.testing.Docs;
import io.github.cutoverguard.engine.verdict.Decision;
import io.github.cutoverguard.engine.verdict.VerdictResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class JUnitReportTest {

    private static final Instant AT = Instant.parse("2026-02-08T12:00:00.750Z");

    @TempDir
    Path dir;

    private static GoalResult goal(String name, CheckResult... checks) {
        return new GoalResult(name, AT, Mode.CUTOVER, Docs.REHEARSAL_BASELINE, "service.v3", List.of(), List.of(checks));
    }

    private static VerdictResult verdict(List<GoalResult> goals) {
        return new VerdictResult(AT, Mode.CUTOVER, Docs.REHEARSAL_BASELINE, "service.v3", goals,
                Decision.go("fine"), Decision.noGo("no approval"), List.of(), List.of());
    }

    private static String render(VerdictResult verdict) {
        return new String(JUnitReport.render(verdict), StandardCharsets.UTF_8);
    }

    @Test
    void everyCheckStatusBecomesItsJUnitElement() {
        Breach first = Breach.error(Rule.PIN_RELEASE_TAG, "release_tag is \"v0.3.3\"").file("config/pin.json")
                .at(new Location(3, 18)).hint("pin v0.3.2").build();
        Breach diff = Breach.error(Rule.PARITY_DIFFERENT, "mirror differs").file("mirror/a.json").hint("copy it")
                .details("--- a\n+++ b").build();
        Breach again = Breach.error(Rule.PIN_RELEASE_TAG, "second").hint("h").build();
        Breach warning = Breach.error(Rule.DOCS_UPDATED_MARKER, "docs say v0.3.1").file("README.md").at(Location.ofLine(7))
                .hint("update").build().withSeverity(Severity.WARNING);
        VerdictResult verdict = verdict(List.of(
                goal("check-pin",
                        CheckResult.ran("pin.baseline", "pin fields", List.of()),
                        CheckResult.skipped("git.tag-sha", "no producerRepository <configured>"),
                        CheckResult.ran("pin.fields", "pin", List.of(first, diff, warning, again))),
                goal("check-docs",
                        CheckResult.ran("docs.pins", "docs", List.of(warning)))));

        assertThat(render(verdict)).isEqualTo("""
                <?xml version="1.0" encoding="UTF-8"?>
                <testsuite name="cutover-guardrails" tests="4" failures="1" errors="0" skipped="1" time="0" \
                timestamp="2026-02-08T12:00:00Z">
                  <properties>
                    <property name="rehearsal_continuation" value="GO"/>
                    <property name="runtime_cutover" value="NO-GO"/>
                    <property name="mode" value="cutover"/>
                    <property name="role" value="consumer"/>
                  </properties>
                  <testcase classname="cutover-guardrails.check-pin" name="pin.baseline" time="0"></testcase>
                  <testcase classname="cutover-guardrails.check-pin" name="git.tag-sha" time="0">
                    <skipped message="no producerRepository &lt;configured&gt;"/>
                  </testcase>
                  <testcase classname="cutover-guardrails.check-pin" name="pin.fields" time="0">
                    <failure type="PIN-RELEASE-TAG,PARITY-DIFFERENT" \
                message="config/pin.json:3:18 PIN-RELEASE-TAG release_tag is &quot;v0.3.3&quot; (pin v0.3.2)">\
                config/pin.json:3:18 PIN-RELEASE-TAG release_tag is "v0.3.3" (pin v0.3.2)
                mirror/a.json PARITY-DIFFERENT mirror differs (copy it)
                --- a
                +++ b
                PIN-RELEASE-TAG second (h)</failure>
                  </testcase>
                  <testcase classname="cutover-guardrails.check-docs" name="docs.pins" time="0">
                    <system-out>README.md:7:1 DOCS-UPDATED-MARKER docs say v0.3.1 (update)</system-out>
                  </testcase>
                </testsuite>
                """);
    }

    @Test
    void anEmptyVerdictIsAnEmptySuiteWithItsDecisions() {
        VerdictResult verdict = new VerdictResult(AT, Mode.REHEARSAL, Docs.REHEARSAL_BASELINE, null, List.of(),
                Decision.noGo("x"), Decision.noGo("rehearsal mode"), List.of(), List.of());

        assertThat(render(verdict)).isEqualTo("""
                <?xml version="1.0" encoding="UTF-8"?>
                <testsuite name="cutover-guardrails" tests="0" failures="0" errors="0" skipped="0" time="0" \
                timestamp="2026-02-08T12:00:00Z">
                  <properties>
                    <property name="rehearsal_continuation" value="NO-GO"/>
                    <property name="runtime_cutover" value="NO-GO"/>
                    <property name="mode" value="rehearsal"/>
                    <property name="role" value="consumer"/>
                  </properties>
                </testsuite>
                """);
    }

    @Test
    void writeReplacesTheReportInTheDirectory() throws Exception {
        Files.writeString(dir.resolve(JUnitReport.FILE_NAME), "stale");
        VerdictResult verdict = verdict(List.of(goal("guard", CheckResult.ran("guard.fallback", "x", List.of()))));

        Path written = new JUnitReport().write(verdict, ReportContext.within(dir), dir);

        assertThat(written).isEqualTo(dir.resolve("TEST-cutover-guardrails.xml"));
        assertThat(Files.readAllBytes(written)).isEqualTo(JUnitReport.render(verdict));
    }
}
