package io.github.cutoverguard.engine.verdict;

import io.github.cutoverguard.engine.Breach;
import io.github.cutoverguard.engine.BuildDay;
import io.github.cutoverguard.engine.GoalRequest;
import io.github.cutoverguard.engine.GoalResult;
import io.github.cutoverguard.engine.GoalRun;
import io.github.cutoverguard.engine.Mode;
import io.github.cutoverguard.engine.Preload;
import io.github.cutoverguard.engine.Rule;
import io.github.cutoverguard.engine.RunContext;
import io.github.cutoverguard.engine.alignment.CheckAlignment;
import io.github.cutoverguard.engine.cutover.CutoverApprovalHolds;
import io.github.cutoverguard.engine.cutover.Lifecycle;
import io.github.cutoverguard.engine.docs.CheckDocs;
import io.github.cutoverguard.engine.guard.Guard;
import io.github.cutoverguard.engine.guard.GuardRequest;
import io.github.cutoverguard.engine.guard.PinUnchangedSinceBase;
import io.github.cutoverguard.engine.handoff.ValidateHandoff;
import io.github.cutoverguard.engine.json.InputLoader;
import io.github.cutoverguard.engine.json.JsonDocument;
import io.github.cutoverguard.engine.parity.VerifyParity;
import io.github.cutoverguard.engine.pin.CheckPin;
import io.github.cutoverguard.engine.pin.CheckPinRequest;
import io.github.cutoverguard.engine.schema.SchemaProblem;
import io.github.cutoverguard.engine.waiver.Waivers;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The {@code verdict} goal: a loop over the goals' requests, run in {@link #GOALS} order without stopping at
 * the first breach (each goal not run is reported as a skipped check, with why), then the required checks, the
 * joint approval in cutover mode, and both verdicts decided by {@link VerdictDecision}.
 */
public final class Verdict {

    /** The goal name. */
    public static final String GOAL = "verdict";
    /** The rules this goal's checks raise (the input rules, raised by every goal, are not listed). */
    public static final Set<Rule> RULES = Set.of(RequiredChecksRan.RULE,
            CutoverApprovalHolds.RULE);
    /** The pseudo-goal holding the cutover-approval check in the verdict's reports. */
    public static final String APPROVAL_GOAL = "cutover-approval";
    /** The check that the joint approval record holds (cutover mode). */
    public static final String APPROVAL_CHECK = "cutover.approval";
    /** The check that every {@code requiredChecks} entry ran. */
    public static final String REQUIRED_CHECKS = "verdict.required-checks";
    /** Why a goal left out by {@code <verdictChecks>} did not run: it is counted and listed as skipped. */
    public static final String EXCLUDED = "excluded by <verdictChecks>";
    /** The goals the verdict can run, in the order it runs them. */
    public static final List<String> GOALS = List.of(CheckPin.GOAL, ValidateHandoff.GOAL, VerifyParity.GOAL,
            CheckAlignment.GOAL, CheckDocs.GOAL, Guard.GOAL);

    /**
     * The goals a verdict runs: those named in {@code verdictChecks} (in {@link #GOALS} order), else all of them.
     *
     * @throws IllegalArgumentException naming an entry that is no goal of the verdict (a configuration error)
     */
    public static List<String> selected(List<String> verdictChecks) {
        if (verdictChecks == null || verdictChecks.isEmpty()) {
            return GOALS;
        }
        for (String goal : verdictChecks) {
            if (!GOALS.contains(goal)) {
                throw new IllegalArgumentException("Unknown <verdictChecks> entry '" + goal + "': one of "
                        + String.join(", ", GOALS));
            }
        }
        return GOALS.stream().filter(verdictChecks::contains).toList();
    }

    private Verdict() {
    }

    /** @throws SchemaProblem when the handoff's configured {@code schemaFile} is unusable (a configuration error) */
    public static VerdictResult run(VerdictRequest request) throws SchemaProblem {
        request.goals().stream().map(GoalRequest::preload).reduce(Preload.NONE, Preload::and).start();
        RunContext context = request.context();
        List<GoalResult> goals = new ArrayList<>();
        for (String goal : GOALS) {
            Optional<GoalRequest> requested = request.goals().stream().filter(g -> g.goal().equals(goal)).findFirst();
            if (requested.isPresent()) {
                goals.add(requested.get().run());
            } else if (request.notRun().containsKey(goal)) {
                GoalRun notRun = new GoalRun(goal, context);
                notRun.skipped(goal, request.notRun().get(goal));
                goals.add(notRun.result());
            }
        }
        if (!request.requiredChecks().isEmpty()) {
            GoalRun required = new GoalRun(GOAL, context);
            required.ran(REQUIRED_CHECKS, "required checks ran: " + String.join(", ", request.requiredChecks()),
                    new RequiredChecksRan(request.requiredChecks(), request.role().role()).check(goals));
            goals.add(required.result());
        }
        BuildDay day = request.day();
        LocalDate today = day.day();
        goals = waived(request.waivers(), goals, context, today);
        Decision rehearsal = VerdictDecision.rehearsalContinuation(goals);
        // the approval goal comes after the waivers: none of its breaches is waived
        List<Breach> waived = goals.stream().flatMap(g -> g.breaches().stream()).filter(b -> b.waived() != null).toList();
        Decision runtime = null;
        if (request.role().role().judgesConsumer()) {
            Lifecycle lifecycle = lifecycle(request);
            GoalResult approval = null;
            if (context.mode() == Mode.CUTOVER && lifecycle.phase() == Lifecycle.Phase.COMPLETE) {
                GoalRun history = new GoalRun(APPROVAL_GOAL, context);
                history.skipped(APPROVAL_CHECK, "the cutover is complete: the pin is " + lifecycle.files().approval()
                        + "'s baseline, and the record is history");
                goals.add(history.result());
            } else if (context.mode() == Mode.CUTOVER) {
                approval = approval(request);
                goals.add(approval);
            }
            runtime = VerdictDecision.runtimeCutover(lifecycle, context.mode(), context.baseline(), rehearsal, approval,
                    waived, day, cutoverNotBefore(goals));
        }
        Decision publication = request.role().role().judgesProducer() ? VerdictDecision.handoffPublication(goals) : null;
        return new VerdictResult(context.clock().instant(), context.mode(), context.baseline(),
                context.targetServiceContract(), goals, rehearsal, runtime, request.risks(), request.followUps(), day,
                weakened(request, waived, day), request.role(), publication);
    }

    /**
     * What made this verdict judge less than the plugin can (DESIGN §9), for {@code verdict.md}: each goal excluded by
     * {@code <verdictChecks>}, an optional base ref, the waived breaches and a rehearsed day (warn-only is the build's:
     * {@link VerdictResult#weakenedBy}).
     */
    private static List<String> weakened(VerdictRequest request, List<Breach> waived, BuildDay day) {
        List<String> weakened = new ArrayList<>();
        request.goals().stream().filter(g -> g instanceof GuardRequest guard && guard.pin().pinBaseRefOptional()).findFirst()
                .ifPresent(g -> weakened.add("pinBaseRefOptional is true: a base ref that cannot be read only warns, so the "
                        + "pin and the approval's previous_baseline may go unchecked against it"));
        request.notRun().forEach((goal, why) -> {
            if (EXCLUDED.equals(why)) {
                weakened.add(goal + " excluded by <verdictChecks>");
            }
        });
        if (!waived.isEmpty()) {
            weakened.add(VerdictDecision.waivedList(waived));
        }
        if (day.rehearsed()) {
            weakened.add("-Dcutover.today rehearses " + day.day() + " (today is " + day.today() + ")");
        }
        return weakened;
    }

    /** The goals with their waived breaches marked, and the waivers' judgement as a goal of its own (when a file is read). */
    private static List<GoalResult> waived(Waivers waivers, List<GoalResult> goals, RunContext context, LocalDate today) {
        Waivers.Applied applied = waivers.apply(goals, context.baseline(), today, true);
        List<GoalResult> result = new ArrayList<>(applied.results());
        if (applied.check() != null) {
            GoalRun judged = new GoalRun(Waivers.CHECK, context);
            if (applied.input() != null) {
                judged.read(applied.input());
            }
            judged.add(applied.check());
            result.add(judged.result());
        }
        return result;
    }

    /** The validated handoff's {@code cutover_not_before_utc_date}, or {@code null} (none stated, or not a date). */
    private static LocalDate cutoverNotBefore(List<GoalResult> goals) {
        for (GoalResult goal : goals) {
            if (goal.acceptance() != null && goal.acceptance().cutoverNotBefore() != null) {
                try {
                    return LocalDate.parse(goal.acceptance().cutoverNotBefore());
                } catch (DateTimeParseException e) {
                    return null;
                }
            }
        }
        return null;
    }

    /**
     * Where the integration stands, from the pin that {@code check-pin} or {@code guard} reads and the approval record
     * ({@link Lifecycle#phase() UNDETERMINED} without a pin), as the guard's base ref sees it: a cutover is complete only
     * when the pin at the base ref is the approved release and the pin's history there shows the record's move as its last
     * one; otherwise (applied in this change, no base or too little history to read, a record for another move) it is
     * still judged as the cutover ({@link Lifecycle#since}), approval and calendar included.
     */
    private static Lifecycle lifecycle(VerdictRequest request) {
        RunContext context = request.context();
        Optional<Path> pin = request.goals().stream().map(g -> g instanceof CheckPinRequest checkPin ? checkPin.pinFile()
                        : g instanceof GuardRequest guard ? guard.pin().pinFile() : null)
                .filter(java.util.Objects::nonNull).findFirst();
        if (pin.isEmpty()) {
            return Lifecycle.of(context, null, null, new Lifecycle.Names(null, null));
        }
        Path rollbackRecord = request.goals().stream().filter(GuardRequest.class::isInstance)
                .map(g -> ((GuardRequest) g).pin().rollbackRecordFile()).filter(java.util.Objects::nonNull).findFirst()
                .orElse(null);
        Lifecycle lifecycle = Lifecycle.read(context, new InputLoader(context.files(), context.limits()), pin.get(),
                request.cutoverApprovalFile(), rollbackRecord);
        if (lifecycle.phase() != Lifecycle.Phase.COMPLETE) {
            return lifecycle; // only a complete cutover needs the base ref and the pin's history
        }
        Optional<GuardRequest> guard = request.goals().stream().filter(GuardRequest.class::isInstance)
                .map(GuardRequest.class::cast).filter(g -> g.pin().pinBaseRef() != null).findFirst();
        Lifecycle.Release base = guard.map(Guard::pinAtBase).filter(at -> at.problem() == null && at.releaseTag() != null)
                .map(at -> new Lifecycle.Release(at.releaseTag(), at.commitSha())).orElse(null);
        Optional<Lifecycle.Move> lastMove = guard.flatMap(g -> PinUnchangedSinceBase.lastMove(context.files(), pin.get(),
                g.pin().pinBaseRef(), context.limits().maxBytes()));
        if (lastMove.isEmpty() || !lastMove.get().equals(lifecycle.approval())) {
            base = null; // the pin's history does not show the record's move: no completed cutover to take as history
        }
        return lifecycle.since(base);
    }

    private static GoalResult approval(VerdictRequest request) {
        RunContext context = request.context();
        CutoverApprovalHolds holds = request.goals().stream().filter(GuardRequest.class::isInstance)
                .map(g -> Guard.approvalHolds((GuardRequest) g)).findFirst()
                .orElseGet(() -> new CutoverApprovalHolds(context.baseline(), context.clock().instant(), null));
        GoalRun run = new GoalRun(APPROVAL_GOAL, context);
        InputLoader.Loaded<JsonDocument> record = CutoverApprovalHolds.read(run.inputs(), request.cutoverApprovalFile());
        record.value().ifPresent(d -> run.read(d.source().asInputFile()));
        run.ran(APPROVAL_CHECK, "joint approval of the baseline with every gate passed",
                record.value().map(holds::check).orElse(record.breaches()));
        return run.result();
    }
}
