package io.github.cutoverguard.engine.handoff;

import io.github.cutoverguard.engine.schema.SchemaProblem;
import io.github.cutoverguard.engine.GoalResult;
import io.github.cutoverguard.engine.GoalRequest;
import io.github.cutoverguard.engine.Preload;
import io.github.cutoverguard.engine.schema.SchemaCatalog;
import io.github.cutoverguard.engine.RunContext;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What {@link ValidateHandoff} checks.
 *
 * @param context                  the project, mode, baseline, target, limits and clock of this run
 * @param handoffFile            the payload (required)
 * @param schemaFile             a user schema replacing the bundled one, or {@code null}
 * @param producerManifestFile   the canonical (or mirrored) manifest, or {@code null}
 * @param requiredChecks         the checks the payload must require of each side
 * @param minimumOverlapDays     minimum overlap, or {@code null} for the manifest's minimum sprint days
 * @param envelopes              the stable and target envelope policies the payload must state
 *                               ({@link EnvelopePolicies#DEFAULT})
 * @param staleCheck             generator settings for the {@code HANDOFF-STALE} check, or {@code null} to skip it
 * @param expected               what else the consumer configured the payload to say ({@link Expected#NONE}: defaults)
 */
public record ValidateHandoffRequest(
        RunContext context,
        Path handoffFile,
        Path schemaFile,
        Path producerManifestFile,
        RequiredChecks requiredChecks,
        Integer minimumOverlapDays,
        EnvelopePolicies envelopes,
        HandoffSettings staleCheck,
        Expected expected) implements GoalRequest {

    /**
     * What the payload must say beyond the baseline and the target contract, as configured.
     *
     * @param targetApiContract   the rehearsal's target API contract ({@code <targetApiContract>}), or {@code null} for
     *                            {@code <baseline>}'s API contract (else the manifest's)
     * @param candidateMode       the rehearsal mode ({@code <candidateMode>}), or {@code null} for
     *                            {@link HandoffSettings#DEFAULT_CANDIDATE_MODE}
     * @param generatedAt         the generation time the stale check expects ({@code -Dcutover.generatedAt} or
     *                            {@code project.build.outputTimestamp}), or {@code null} when none is configured
     * @param errorCodeComparison how the payload's error codes are compared with the manifest's; {@code null} for
     *                            {@link ErrorCodeComparison#EQUAL}
     */
    public record Expected(String targetApiContract, String candidateMode, java.time.Instant generatedAt,
                           ErrorCodeComparison errorCodeComparison) {

        /** Nothing configured: the defaults. */
        public static final Expected NONE = new Expected(null, null, null, null);

        public Expected {
            errorCodeComparison = errorCodeComparison == null ? ErrorCodeComparison.EQUAL : errorCodeComparison;
        }
    }

    public ValidateHandoffRequest {
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(handoffFile, "handoffFile");
        requiredChecks = requiredChecks == null ? RequiredChecks.NONE : requiredChecks;
        envelopes = envelopes == null ? EnvelopePolicies.DEFAULT : envelopes;
        expected = expected == null ? Expected.NONE : expected;
    }

    /** The producer manifest's schema, when a manifest is configured (the payload's own schema depends on what it says). */
    @Override
    public Preload preload() {
        return producerManifestFile == null ? Preload.NONE
                : new Preload(List.of(SchemaCatalog.PRODUCER_MANIFEST), false);
    }

    @Override
    public String goal() {
        return ValidateHandoff.GOAL;
    }

    @Override
    public GoalResult run() throws SchemaProblem {
        return ValidateHandoff.run(this);
    }
}
