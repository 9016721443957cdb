package io.github.cutoverguard.engine.handoff;

import java.util.Objects;

/**
 * The policy choices the producer adds to its canonical manifest to make a rehearsal handoff
 * candidate. {@code null} or empty values take the documented defaults in {@link HandoffGenerator}.
 *
 * @param producerRepo          the producer repository, e.g. {@code org/producer} (required)
 * @param planningCommit        the planning commit the consumer saw, or {@code null}
 * @param targetServiceContract the contract being rehearsed, e.g. {@code billing.v8} (required)
 * @param targetApiContract     the target API contract (default: the manifest's)
 * @param candidateMode         {@code rehearsal_candidate.mode} (default {@code planning_only_no_runtime_cutover})
 * @param envelopes             the stable and target envelope policies ({@link EnvelopePolicies#DEFAULT})
 * @param requiredChecks        the checks each side runs ({@link RequiredChecks#NONE})
 * @param overlapDays           the migration overlap (default: the manifest's minimum sprint days)
 * @param cutoverGatesDoc       where the cutover gates are documented, or {@code null}
 * @param rollback              the rollback's triggers and action ({@link Rollback#DEFAULT})
 */
public record HandoffSettings(
        String producerRepo,
        String planningCommit,
        String targetServiceContract,
        String targetApiContract,
        String candidateMode,
        EnvelopePolicies envelopes,
        RequiredChecks requiredChecks,
        Integer overlapDays,
        String cutoverGatesDoc,
        Rollback rollback) {

    /** The rehearsal mode when none is configured: planning only, the runtime is not cut over. */
    public static final String DEFAULT_CANDIDATE_MODE = "planning_only_no_runtime_cutover";

    public HandoffSettings {
        Objects.requireNonNull(producerRepo, "producerRepo");
        Objects.requireNonNull(targetServiceContract, "targetServiceContract");
        candidateMode = candidateMode == null || candidateMode.isBlank() ? DEFAULT_CANDIDATE_MODE : candidateMode;
        envelopes = envelopes == null ? EnvelopePolicies.DEFAULT : envelopes;
        requiredChecks = requiredChecks == null ? RequiredChecks.NONE : requiredChecks;
        rollback = rollback == null ? Rollback.DEFAULT : rollback;
    }
}
