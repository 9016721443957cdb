package io.github.cutoverguard.engine.guard;

import io.github.cutoverguard.engine.Breach;
import io.github.cutoverguard.engine.CheckResult;
import io.github.cutoverguard.engine.GoalResult;
import io.github.cutoverguard.engine.InputFile;
import io.github.cutoverguard.engine.Mode;
import io.github.cutoverguard.engine.input.GlobSelection;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code guard} goal: the rehearsal guardrails of the consumer. Runs every configured check
 * without stopping at the first breach and returns one {@link GoalResult} with the checks
 * {@value #PIN_UNCHANGED}, {@value #RUNTIME_SWITCH}, {@value #ENDPOINT_BOUNDARY} and
 * {@value #FALLBACK}; a check whose inputs are not configured is reported as skipped, with why.
 */
public final class Guard {

    /** The goal name used in reports. */
    public static final String GOAL = "guard";
    public static final String PIN_UNCHANGED = "guard.pin-unchanged";
    public static final String RUNTIME_SWITCH = "guard.runtime-switch";
    public static final String ENDPOINT_BOUNDARY = "guard.endpoint-boundary";
    public static final String FALLBACK = "guard.fallback";

    /** Where Surefire and Failsafe write their reports by default (relative to the project). */
    public static final List<Path> DEFAULT_TEST_REPORT_DIRECTORIES = List.of(Path.of("target/surefire-reports"),
            Path.of("target/failsafe-reports"));

    private final Clock clock;

    public Guard(Clock clock) {
        this.clock = clock;
    }

    public GoalResult run(GuardRequest request) {
        List<InputFile> read = new ArrayList<>();
        List<CheckResult> checks = new ArrayList<>();
        checks.add(pinUnchanged(request, read));
        checks.add(runtimeSwitch(request, read));
        checks.add(endpointBoundary(request, read));
        checks.add(fallback(request, read));
        return new GoalResult(GOAL, clock.instant(), request.mode(), request.baseline(),
                request.targetServiceContract(), read, checks);
    }

    private static CheckResult pinUnchanged(GuardRequest request, List<InputFile> read) {
        if (request.pinFile() == null) {
            return CheckResult.skipped(PIN_UNCHANGED, "no integration pin: pinFile is not configured and the default "
                    + "pin does not exist, nor did it at the base ref");
        }
        if (request.pinBaseRef() == null) {
            return CheckResult.skipped(PIN_UNCHANGED, "no pinBaseRef configured");
        }
        return ran(PIN_UNCHANGED, new PinUnchangedSinceBase(request.files(), request.pinBaseRef(),
                request.pinBaseRefOptional(), request.limits().maxBytes()).check(request.pinFile()), read);
    }

    private static CheckResult runtimeSwitch(GuardRequest request, List<InputFile> read) {
        if (request.mode() != Mode.REHEARSAL) {
            return CheckResult.skipped(RUNTIME_SWITCH, "cutover mode: the runtime may switch to the target contract");
        }
        if (request.targetServiceContract() == null) {
            return CheckResult.skipped(RUNTIME_SWITCH, "no targetServiceContract configured (forbiddenRuntimePatterns "
                    + "are checked together with it)");
        }
        GlobSelection selection = new GlobSelection(request.runtimeConfigIncludes().isEmpty()
                ? NoRuntimeSwitch.DEFAULT_INCLUDES : request.runtimeConfigIncludes(), request.runtimeConfigExcludes());
        return ran(RUNTIME_SWITCH, new NoRuntimeSwitch(request.targetServiceContract(), request.forbiddenRuntimePatterns(),
                request.baseline().serviceContract()).check(request.files(), selection, request.limits().maxBytes()), read);
    }

    private static CheckResult endpointBoundary(GuardRequest request, List<InputFile> read) {
        if (request.boundaryEndpoints().isEmpty()) {
            return CheckResult.skipped(ENDPOINT_BOUNDARY, "no boundaryEndpoints configured");
        }
        GlobSelection sources = new GlobSelection(request.boundarySourceIncludes().isEmpty()
                ? EndpointsStayInAdapters.DEFAULT_SOURCE_INCLUDES : request.boundarySourceIncludes(), List.of());
        return ran(ENDPOINT_BOUNDARY, new EndpointsStayInAdapters(request.files(), request.boundaryEndpoints(),
                request.adapterFiles()).check(request.files(), sources, request.limits().maxBytes()), read);
    }

    private static CheckResult fallback(GuardRequest request, List<InputFile> read) {
        if (request.fallbackTests().isEmpty()) {
            return CheckResult.skipped(FALLBACK, "no fallbackTests configured");
        }
        if (request.testsSkippedBy() != null) {
            return CheckResult.ran(FALLBACK, "fallback tests " + request.fallbackTests() + " did not run",
                    List.of(FallbackTestsPresent.testsSkipped(request.fallbackTests(), request.testsSkippedBy())));
        }
        List<FallbackPattern> patterns = request.fallbackTests().stream().map(FallbackPattern::parse).toList();
        TestReports reports = TestReports.read(request.files(), request.testReportDirectories().isEmpty()
                ? DEFAULT_TEST_REPORT_DIRECTORIES : request.testReportDirectories(), request.limits().maxBytes());
        List<Breach> breaches = new ArrayList<>(FallbackTestsPass.check(reports, patterns));
        breaches.addAll(FallbackTestsPresent.check(reports, patterns));
        long executed = reports.cases().stream().filter(t -> t.outcome() != TestReports.Outcome.SKIPPED).count();
        return ran(FALLBACK, new Findings(breaches, reports.inputs(), "fallback tests " + request.fallbackTests()
                + " ran and passed (" + reports.inputs().size() + " reports, " + executed + " executed tests in "
                + String.join(", ", reports.directories()) + ")"), read);
    }

    private static CheckResult ran(String id, Findings findings, List<InputFile> read) {
        read.addAll(findings.inputs());
        return CheckResult.ran(id, findings.detail(), findings.breaches());
    }
}
