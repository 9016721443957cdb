package io.github.cutoverguard.engine.verdict;

import io.github.cutoverguard.engine.CheckResult;
import io.github.cutoverguard.engine.GoalRequest;
import io.github.cutoverguard.engine.GoalResult;
import io.github.cutoverguard.engine.InputFile;
import io.github.cutoverguard.engine.Mode;
import io.github.cutoverguard.engine.alignment.CheckAlignment;
import io.github.cutoverguard.engine.cutover.CutoverApprovalHolds;
import io.github.cutoverguard.engine.docs.CheckDocs;
import io.github.cutoverguard.engine.guard.Guard;
import io.github.cutoverguard.engine.handoff.ValidateHandoff;
import io.github.cutoverguard.engine.input.JsonInputs;
import io.github.cutoverguard.engine.parity.VerifyParity;
import io.github.cutoverguard.engine.pin.CheckPin;
import io.github.cutoverguard.engine.schema.SchemaProblem;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The {@code verdict} goal: a loop over the goals' requests, run in {@link #GOALS} order without stopping at
 * the first breach (each goal not run is reported as a skipped check, with why), then the required checks, the
 * joint approval in cutover mode, and both verdicts decided by {@link VerdictDecision}.
 */
public final class Verdict {

    /** The goal name. */
    public static final String GOAL = "verdict";
    /** The pseudo-goal holding the cutover-approval check in the verdict's reports. */
    public static final String APPROVAL_GOAL = "cutover-approval";
    /** The check that every {@code requiredChecks} entry ran. */
    public static final String REQUIRED_CHECKS = "verdict.required-checks";
    /** The goals the verdict can run, in the order it runs them. */
    public static final List<String> GOALS = List.of(CheckPin.GOAL, ValidateHandoff.GOAL, VerifyParity.GOAL,
            CheckAlignment.GOAL, CheckDocs.GOAL, Guard.GOAL);

    private final Clock clock;

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

    public Verdict(Clock clock) {
        this.clock = clock;
    }

    /** @throws SchemaProblem when the handoff's configured {@code schemaFile} is unusable (a configuration error) */
    public VerdictResult run(VerdictRequest request) throws SchemaProblem {
        List<GoalResult> goals = new ArrayList<>();
        for (String goal : GOALS) {
            Optional<GoalRequest> run = request.goals().stream().filter(g -> g.goal().equals(goal)).findFirst();
            if (run.isPresent()) {
                goals.add(run.get().run(clock));
            } else if (request.notRun().containsKey(goal)) {
                goals.add(new GoalResult(goal, clock.instant(), request.mode(), request.baseline(), request.target(),
                        List.of(), List.of(CheckResult.skipped(goal, request.notRun().get(goal)))));
            }
        }
        if (!request.requiredChecks().isEmpty()) {
            goals.add(new GoalResult(GOAL, clock.instant(), request.mode(), request.baseline(), request.target(), List.of(),
                    List.of(CheckResult.ran(REQUIRED_CHECKS, "required checks ran: " + String.join(", ", request.requiredChecks()),
                            RequiredChecksRan.check(request.requiredChecks(), goals)))));
        }
        Decision rehearsal = VerdictDecision.rehearsalContinuation(goals);
        GoalResult approval = null;
        if (request.mode() == Mode.CUTOVER) {
            approval = approval(request);
            goals.add(approval);
        }
        Decision runtime = VerdictDecision.runtimeCutover(request.mode(), request.baseline(), rehearsal, approval);
        return new VerdictResult(clock.instant(), request.mode(), request.baseline(), request.target(), goals,
                rehearsal, runtime, request.risks(), request.followUps());
    }

    private GoalResult approval(VerdictRequest request) {
        CutoverApprovalHolds.Outcome outcome = new CutoverApprovalHolds(request.baseline())
                .check(new JsonInputs(request.files(), request.limits()), request.cutoverApprovalFile());
        List<InputFile> inputs = outcome.document() == null ? List.of() : List.of(outcome.document().source().asInputFile());
        return new GoalResult(APPROVAL_GOAL, clock.instant(), request.mode(), request.baseline(), request.target(), inputs,
                List.of(CheckResult.ran("cutover.approval", "joint approval of the baseline with every gate passed",
                        outcome.breaches())));
    }
}
