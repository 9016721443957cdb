package io.github.cutoverguard.engine.guard;

import io.github.cutoverguard.engine.Rule;
import io.github.cutoverguard.engine.Breach;
import io.github.cutoverguard.engine.GoalResult;
import io.github.cutoverguard.engine.GoalRun;
import io.github.cutoverguard.engine.Mode;
import io.github.cutoverguard.engine.RunContext;
import io.github.cutoverguard.engine.cutover.CutoverApprovalHolds;
import io.github.cutoverguard.engine.cutover.PinAtBase;
import io.github.cutoverguard.engine.json.JsonDocument;
import io.github.cutoverguard.engine.json.InputLoader;
import io.github.cutoverguard.engine.input.GlobSelection;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The {@code guard} goal: the rehearsal guardrails of the consumer. Runs every configured check
 * without stopping at the first breach and returns one {@link GoalResult} with the checks
 * {@value #PIN_UNCHANGED}, {@value #RUNTIME_SWITCH}, {@value #ENDPOINT_BOUNDARY} and
 * {@value #FALLBACK}; a check whose inputs are not configured is reported as skipped, with why.
 */
public final class Guard {

    /** The goal name used in reports. */
    public static final String GOAL = "guard";
    /** The rules this goal's checks raise (the input rules, raised by every goal, are not listed). */
    public static final Set<Rule> RULES = Set.of(PinUnchangedSinceBase.RULE, NoRuntimeSwitch.RULE,
            EndpointsStayInAdapters.RULE, FallbackTestsPass.RULE, FallbackTestsPresent.RULE,
            CutoverApprovalHolds.RULE);
    public static final String PIN_UNCHANGED = "guard.pin-unchanged";
    public static final String RUNTIME_SWITCH = "guard.runtime-switch";
    public static final String ENDPOINT_BOUNDARY = "guard.endpoint-boundary";
    public static final String FALLBACK = "guard.fallback";

    private Guard() {
    }

    /** Runs every guard check of {@code request}. */
    static GoalResult run(GuardRequest request) {
        RunContext context = request.context();
        GoalRun run = new GoalRun(GOAL, context);
        pinUnchanged(request, context, run);
        runtimeSwitch(request, context, run);
        endpointBoundary(request, context, run);
        fallback(request, context, run);
        return run.result();
    }

    private static void pinUnchanged(GuardRequest request, RunContext context, GoalRun run) {
        GuardRequest.Pin pin = request.pin();
        if (pin.pinFile() == null) {
            run.skipped(PIN_UNCHANGED, "no integration pin: pinFile is not configured and the default "
                    + "pin does not exist, nor did it at the base ref");
            return;
        }
        if (pin.pinBaseRef() == null) {
            run.skipped(PIN_UNCHANGED, "no pinBaseRef configured");
            return;
        }
        ApprovedPinMove approved = null;
        String approvalNote = null;
        if (context.mode() == Mode.CUTOVER && pin.cutoverApprovalFile() != null) {
            InputLoader.Loaded<JsonDocument> record = CutoverApprovalHolds.read(run.inputs(), pin.cutoverApprovalFile());
            List<Breach> breaches = record.value().map(approvalHolds(request)::check).orElse(record.breaches());
            if (!breaches.isEmpty()) {
                approvalNote = "the approval record does not hold: " + breaches.get(0).message();
            } else {
                approved = ApprovedPinMove.of(record.value().get(), context.baseline().releaseTag(),
                        context.baseline().commitSha());
                approvalNote = approved == null ? "the approval record names no previous_baseline release_tag and "
                        + "commit_sha, or <baseline> has none" : "the change is not the approved move from "
                        + approved.fromTag() + " to " + approved.toTag() + " alone";
            }
        } else if (context.mode() == Mode.REHEARSAL) {
            RollbackMove rollback = RollbackMove.find(request, run.inputs());
            approved = rollback.move();
            approvalNote = rollback.note();
        }
        ran(run, PIN_UNCHANGED, new PinUnchangedSinceBase(context.files(), pin.pinBaseRef(),
                pin.pinBaseRefOptional(), context.limits().maxBytes(), context.mode()).check(pin.pinFile(), approved, approvalNote));
    }

    /**
     * The approval check of this guard's cutover: the real time, and the pin at the base ref that its
     * {@code previous_baseline} must name (none without a pin or a base ref).
     */
    public static CutoverApprovalHolds approvalHolds(GuardRequest request) {
        return new CutoverApprovalHolds(request.context().baseline(), request.context().clock().instant(),
                pinAtBase(request));
    }

    /** The pin at the base ref, or {@code null} when there is no pin or no base ref to compare with. */
    public static PinAtBase pinAtBase(GuardRequest request) {
        GuardRequest.Pin pin = request.pin();
        RunContext context = request.context();
        return pin.pinFile() == null || pin.pinBaseRef() == null ? null
                : PinUnchangedSinceBase.pinAtBase(context.files(), pin.pinFile(), pin.pinBaseRef(),
                pin.pinBaseRefOptional(), context.limits().maxBytes());
    }

    private static void runtimeSwitch(GuardRequest request, RunContext context, GoalRun run) {
        GuardRequest.RuntimeSwitch runtime = request.runtime();
        if (context.mode() != Mode.REHEARSAL) {
            run.skipped(RUNTIME_SWITCH, "cutover mode: the runtime may switch to the target contract");
            return;
        }
        if (context.targetServiceContract() == null) {
            run.skipped(RUNTIME_SWITCH, "no targetServiceContract configured (forbiddenRuntimePatterns "
                    + "are checked together with it)");
            return;
        }
        GlobSelection selection = new GlobSelection(runtime.runtimeConfigIncludes().isEmpty()
                ? NoRuntimeSwitch.DEFAULT_INCLUDES : runtime.runtimeConfigIncludes(), runtime.runtimeConfigExcludes());
        ran(run, RUNTIME_SWITCH, new NoRuntimeSwitch(context.targetServiceContract(),
                runtime.forbiddenRuntimePatterns(), context.baseline().serviceContract()).check(context.files(), selection, context.limits().maxBytes(),
                context.breachLimit()));
    }

    private static void endpointBoundary(GuardRequest request, RunContext context, GoalRun run) {
        GuardRequest.Boundary boundary = request.boundary();
        if (boundary.boundaryEndpoints().isEmpty()) {
            run.skipped(ENDPOINT_BOUNDARY, "no boundaryEndpoints configured");
            return;
        }
        GlobSelection sources = new GlobSelection(boundary.boundarySourceIncludes().isEmpty()
                ? EndpointsStayInAdapters.DEFAULT_SOURCE_INCLUDES : boundary.boundarySourceIncludes(), List.of());
        ran(run, ENDPOINT_BOUNDARY, new EndpointsStayInAdapters(context.files(), boundary.boundaryEndpoints(),
                boundary.adapterFiles()).check(context.files(), sources, context.limits().maxBytes(),
                context.breachLimit()));
    }

    private static void fallback(GuardRequest request, RunContext context, GoalRun run) {
        GuardRequest.Fallback fallback = request.fallback();
        if (fallback.fallbackTests().isEmpty()) {
            run.skipped(FALLBACK, "no fallbackTests configured");
            return;
        }
        List<FallbackPattern> patterns = fallback.fallbackTests().stream().map(FallbackPattern::parse).toList();
        List<Breach> notRun = FallbackTestsPresent.notRun(fallback.testRun().switches(), fallback.fallbackTests(),
                patterns);
        if (!notRun.isEmpty()) {
            run.ran(FALLBACK, "fallback tests " + fallback.fallbackTests() + " did not run", notRun);
            return;
        }
        TestReports reports = TestReports.read(context.files(), fallback.testReportDirectories(), context.limits().maxBytes(),
                CompiledClass.newest(context.files(), fallback.testRun().classDirectories()));
        List<Breach> breaches = new ArrayList<>(new FallbackTestsPass(patterns).check(reports));
        breaches.addAll(new FallbackTestsPresent(patterns).check(reports));
        long executed = reports.cases().stream().filter(t -> t.outcome() != TestReports.Outcome.SKIPPED).count();
        ran(run, FALLBACK, new Findings(breaches, reports.inputs(), "fallback tests " + fallback.fallbackTests()
                + " ran and passed (" + reports.inputs().size() + " reports, " + executed + " executed tests in "
                + String.join(", ", reports.directories()) + ")"));
    }

    private static void ran(GoalRun run, String id, Findings findings) {
        run.read(findings.inputs());
        run.ran(id, findings.detail(), findings.breaches());
    }
}
