package io.github.cutoverguard.engine.verdict;

import io.github.cutoverguard.engine.BuildDay;
import io.github.cutoverguard.engine.GoalRequest;
import io.github.cutoverguard.engine.RunContext;
import io.github.cutoverguard.engine.waiver.Waivers;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The dry-run session: the request of each goal whose inputs are configured, why each other goal does not run,
 * the approval record for cutover mode, and the risks and follow-ups to record.
 *
 * @param context             the project, mode, approved baseline, target, limits and clock of the session
 * @param goals               the requests of the goals to run (at most one per goal of {@link Verdict#GOALS})
 * @param notRun              the goals the verdict does not run, each with why (e.g. {@code verify-parity} →
 *                            "no canonicalDirectory configured"); they are reported as skipped checks
 * @param cutoverApprovalFile the joint approval record (cutover mode), or {@code null}
 * @param risks               risks the team recorded for the session
 * @param followUps           follow-ups with owners and dates
 * @param requiredChecks      goal names or check IDs that must have run: skipping any of them is a
 *                            {@code VERDICT-INCOMPLETE} error
 * @param today               the day of the calendar gate ({@code cutover_not_before_utc_date}) and of the waivers'
 *                            expiry, or {@code null} for the context clock's day
 * @param waivers             the waiver file read ({@link Waivers#none()}: none)
 * @param role                whom the verdict judges and why ({@code null}: a consumer): it decides which decisions
 *                            are made
 */
public record VerdictRequest(
        RunContext context,
        List<GoalRequest> goals,
        Map<String, String> notRun,
        Path cutoverApprovalFile,
        List<String> risks,
        List<FollowUp> followUps,
        List<String> requiredChecks,
        LocalDate today,
        Waivers waivers,
        VerdictResult.Judged role) {

    /** A consumer's session. */
    public VerdictRequest(RunContext context, List<GoalRequest> goals, Map<String, String> notRun, Path cutoverApprovalFile,
                          List<String> risks, List<FollowUp> followUps, List<String> requiredChecks, LocalDate today,
                          Waivers waivers) {
        this(context, goals, notRun, cutoverApprovalFile, risks, followUps, requiredChecks, today, waivers, null);
    }

    /** @throws IllegalArgumentException for a request of a goal the verdict does not run, or two of one goal */
    public VerdictRequest {
        Objects.requireNonNull(context, "context");
        goals = goals == null ? List.of() : goals.stream().filter(Objects::nonNull).toList();
        if (!Verdict.GOALS.containsAll(goals.stream().map(GoalRequest::goal).toList())
                || goals.stream().map(GoalRequest::goal).distinct().count() != goals.size()) {
            throw new IllegalArgumentException("the verdict runs each of " + Verdict.GOALS + " at most once, not "
                    + goals.stream().map(GoalRequest::goal).toList());
        }
        notRun = notRun == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(notRun));
        risks = risks == null ? List.of() : List.copyOf(risks);
        followUps = followUps == null ? List.of() : List.copyOf(followUps);
        waivers = waivers == null ? Waivers.none() : waivers;
        role = role == null ? VerdictResult.Judged.CONSUMER : role;
        requiredChecks = requiredChecks == null ? List.of()
                : requiredChecks.stream().filter(c -> c != null && !c.isBlank()).map(String::trim).toList();
    }

    /**
     * The day the session judges: {@link #today()}, else the context clock's day; never before the clock's day.
     *
     * @throws IllegalArgumentException for a day before the context clock's (the clock only moves forward)
     */
    public BuildDay day() {
        BuildDay real = BuildDay.today(context.clock());
        return today == null ? real : BuildDay.of(today.toString(), context.clock());
    }
}
