package io.github.cutoverguard.engine.verdict;

import io.github.cutoverguard.engine.Baseline;
import io.github.cutoverguard.engine.Mode;
import io.github.cutoverguard.engine.alignment.CheckAlignmentRequest;
import io.github.cutoverguard.engine.docs.CheckDocs;
import io.github.cutoverguard.engine.guard.GuardRequest;
import io.github.cutoverguard.engine.handoff.ValidateHandoffRequest;
import io.github.cutoverguard.engine.input.ProjectFiles;
import io.github.cutoverguard.engine.json.JsonLimits;
import io.github.cutoverguard.engine.parity.VerifyParityRequest;
import io.github.cutoverguard.engine.pin.CheckPinRequest;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The dry-run session: one request per goal whose inputs are present ({@code null} when that goal
 * does not apply), the approval record for cutover mode, and the risks and follow-ups to record.
 *
 * @param files               the project directory
 * @param mode                rehearsal or cutover
 * @param baseline            the approved baseline
 * @param target              the rehearsal target contract, or {@code null}
 * @param limits              JSON limits
 * @param pin                 the {@code check-pin} request, or {@code null}
 * @param handoff             the {@code validate-handoff} request, or {@code null}
 * @param parity              the {@code verify-parity} request, or {@code null}
 * @param alignment           the {@code check-alignment} request, or {@code null}
 * @param docs                the {@code check-docs} request, or {@code null}
 * @param guard               the {@code guard} request (its own switches say which guard checks run), or {@code null}
 * @param cutoverApprovalFile the joint approval record (cutover mode), or {@code null}
 * @param risks               risks the team recorded for the session
 * @param followUps           follow-ups with owners and dates
 * @param notRun              the goals the verdict does not run, each with why (e.g. {@code verify-parity} →
 *                            "no canonicalDirectory configured"); they are reported as skipped checks
 * @param requiredChecks      goal names or check IDs that must have run: skipping any of them is a
 *                            {@code VERDICT-INCOMPLETE} error
 */
public record VerdictRequest(
        ProjectFiles files,
        Mode mode,
        Baseline baseline,
        String target,
        JsonLimits limits,
        CheckPinRequest pin,
        ValidateHandoffRequest handoff,
        VerifyParityRequest parity,
        CheckAlignmentRequest alignment,
        CheckDocs.Request docs,
        GuardRequest guard,
        Path cutoverApprovalFile,
        List<String> risks,
        List<FollowUp> followUps,
        Map<String, String> notRun,
        List<String> requiredChecks) {

    public VerdictRequest {
        Objects.requireNonNull(files, "files");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(baseline, "baseline");
        limits = limits == null ? JsonLimits.DEFAULT : limits;
        risks = risks == null ? List.of() : List.copyOf(risks);
        followUps = followUps == null ? List.of() : List.copyOf(followUps);
        notRun = notRun == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(notRun));
        requiredChecks = requiredChecks == null ? List.of()
                : requiredChecks.stream().filter(c -> c != null && !c.isBlank()).map(String::trim).toList();
    }

    /** A request in which every configured goal runs and nothing is required beyond them. */
    public VerdictRequest(ProjectFiles files, Mode mode, Baseline baseline, String target, JsonLimits limits,
                          CheckPinRequest pin, ValidateHandoffRequest handoff, VerifyParityRequest parity,
                          CheckAlignmentRequest alignment, CheckDocs.Request docs, GuardRequest guard,
                          Path cutoverApprovalFile, List<String> risks, List<FollowUp> followUps) {
        this(files, mode, baseline, target, limits, pin, handoff, parity, alignment, docs, guard, cutoverApprovalFile,
                risks, followUps, Map.of(), List.of());
    }
}
