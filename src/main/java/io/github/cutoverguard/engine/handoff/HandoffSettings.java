package io.github.cutoverguard.engine.handoff;

import java.util.List;
import java.util.Objects;

/**
 * The policy choices the producer adds to its canonical manifest to make a rehearsal handoff
 * candidate. {@code null} or empty values take the documented defaults in {@link HandoffGenerator}.
 *
 * @param producerRepo           the producer repository, e.g. {@code org/producer} (required)
 * @param planningCommit         the planning commit the consumer saw, or {@code null}
 * @param targetServiceContract  the contract being rehearsed, e.g. {@code billing.v8} (required)
 * @param targetApiContract      the target API contract (default: the manifest's)
 * @param candidateMode          {@code rehearsal_candidate.mode} (default {@code planning_only_no_runtime_cutover})
 * @param stableRequires         envelope fields the active contract requires
 * @param stableForbids          envelope fields the active contract forbids
 * @param candidateRequires      envelope fields the target contract requires
 * @param candidateOptional      envelope fields the target contract allows
 * @param candidateForbids       envelope fields the target contract forbids
 * @param overlapDays            the migration overlap (default: the manifest's minimum sprint days)
 * @param cutoverGatesDoc        where the cutover gates are documented, or {@code null}
 * @param requiredProducerChecks checks the producer runs
 * @param requiredConsumerChecks checks the consumer runs
 * @param rollbackTriggers       what triggers a rollback
 * @param rollbackAction         what a rollback does (default derived from the active contract)
 */
public record HandoffSettings(
        String producerRepo,
        String planningCommit,
        String targetServiceContract,
        String targetApiContract,
        String candidateMode,
        List<String> stableRequires,
        List<String> stableForbids,
        List<String> candidateRequires,
        List<String> candidateOptional,
        List<String> candidateForbids,
        Integer overlapDays,
        String cutoverGatesDoc,
        List<String> requiredProducerChecks,
        List<String> requiredConsumerChecks,
        List<String> rollbackTriggers,
        String rollbackAction) {

    /** The rehearsal mode when none is configured: planning only, the runtime is not cut over. */
    public static final String DEFAULT_CANDIDATE_MODE = "planning_only_no_runtime_cutover";

    public HandoffSettings {
        Objects.requireNonNull(producerRepo, "producerRepo");
        Objects.requireNonNull(targetServiceContract, "targetServiceContract");
        stableRequires = orDefault(stableRequires, EnvelopePolicyIsConsistent.DEFAULT_STABLE_REQUIRES);
        stableForbids = orDefault(stableForbids, EnvelopePolicyIsConsistent.DEFAULT_STABLE_FORBIDS);
        candidateRequires = orDefault(candidateRequires, EnvelopePolicyIsConsistent.DEFAULT_REQUIRES);
        candidateOptional = orDefault(candidateOptional, List.of("error.details"));
        candidateForbids = orDefault(candidateForbids, EnvelopePolicyIsConsistent.DEFAULT_FORBIDS);
        candidateMode = candidateMode == null || candidateMode.isBlank() ? DEFAULT_CANDIDATE_MODE : candidateMode;
        requiredProducerChecks = requiredProducerChecks == null ? List.of() : List.copyOf(requiredProducerChecks);
        requiredConsumerChecks = requiredConsumerChecks == null ? List.of() : List.copyOf(requiredConsumerChecks);
        rollbackTriggers = orDefault(rollbackTriggers, List.of("consumer_contract_suite_red",
                "non_2xx_envelope_shape_mismatch", "deterministic_fallback_regression"));
    }

    private static List<String> orDefault(List<String> value, List<String> fallback) {
        return value == null || value.isEmpty() ? fallback : List.copyOf(value);
    }
}
