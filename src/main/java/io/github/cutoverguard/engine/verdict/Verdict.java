package io.github.cutoverguard.engine.verdict;

import io.github.cutoverguard.engine.CheckResult;
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

/**
 * The {@code verdict} goal: runs every configured goal without stopping at the first breach, checks
 * the joint approval in cutover mode, and decides both verdicts with {@link VerdictDecision}.
 */
public final class Verdict {

    /** The goal name. */
    public static final String GOAL = "verdict";
    /** The pseudo-goal holding the cutover-approval check in the verdict's reports. */
    public static final String APPROVAL_GOAL = "cutover-approval";

    private final Clock clock;

    public Verdict(Clock clock) {
        this.clock = clock;
    }

    /** @throws SchemaProblem when the handoff's configured {@code schemaFile} is unusable (a configuration error) */
    public VerdictResult run(VerdictRequest request) throws SchemaProblem {
        List<GoalResult> goals = new ArrayList<>();
        if (request.pin() != null) {
            goals.add(new CheckPin(clock).run(request.pin()));
        }
        if (request.handoff() != null) {
            goals.add(new ValidateHandoff(clock).run(request.handoff()));
        }
        if (request.parity() != null) {
            goals.add(new VerifyParity(clock).run(request.parity()));
        }
        if (request.alignment() != null) {
            goals.add(new CheckAlignment(clock).run(request.alignment()));
        }
        if (request.docs() != null) {
            goals.add(new CheckDocs(clock).run(request.docs()));
        }
        if (request.guard() != null) {
            goals.add(new Guard(clock).run(request.guard()));
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
