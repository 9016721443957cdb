package io.github.cutoverguard.maven;

import io.github.cutoverguard.engine.handoff.EnvelopePolicies;
import io.github.cutoverguard.engine.handoff.HandoffSettings;
import io.github.cutoverguard.engine.handoff.RequiredChecks;
import io.github.cutoverguard.engine.handoff.Rollback;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The handoff file, the manifest and the generator policy shared by {@code generate-handoff} and
 * {@code validate-handoff} (whose stale check regenerates the candidate with the same settings).
 */
public abstract class AbstractHandoffMojo extends AbstractProducerManifestMojo {

    /** The handoff candidate payload (JSON): validated by {@code validate-handoff}, written by {@code generate-handoff}. */
    @Parameter(property = "cutover.handoffFile")
    protected File handoffFile;

    /** The producer repository named in the candidate's {@code producer.repo}, e.g. {@code org/producer}. */
    @Parameter(property = "cutover.producerRepo")
    protected String producerRepo;

    /** The planning commit the consumer saw ({@code producer.planning_commit_seen_by_consumer}); omitted when unset. */
    @Parameter(property = "cutover.planningCommit")
    protected String planningCommit;

    /** The candidate's target API contract; default: the manifest's API contract. */
    @Parameter(property = "cutover.targetApiContract")
    protected String targetApiContract;

    /** {@code rehearsal_candidate.mode}; default {@code planning_only_no_runtime_cutover}. */
    @Parameter(property = "cutover.candidateMode")
    protected String candidateMode;

    /**
     * Envelope fields the active contract's {@code <active>_stable} policy requires (generated into the
     * candidate, and checked by {@code validate-handoff}); default
     * {@code service_contract_version, error.code, error.message, legacy_error}.
     */
    @Parameter
    protected List<String> stableEnvelopeRequires;

    /** Envelope fields the active contract's {@code <active>_stable} policy forbids (generated and checked); default {@code api_contract_version}. */
    @Parameter
    protected List<String> stableEnvelopeForbids;

    /**
     * Envelope fields the target contract's policy must require (generated into the candidate, and
     * checked by {@code validate-handoff}); default {@code service_contract_version, error.code, error.message}.
     */
    @Parameter
    protected List<String> targetEnvelopeRequires;

    /** Envelope fields the target contract allows; default {@code error.details}. */
    @Parameter
    protected List<String> targetEnvelopeOptional;

    /**
     * Envelope fields the target contract's policy must forbid (generated and checked); default
     * {@code legacy_error, api_contract_version}.
     */
    @Parameter
    protected List<String> targetEnvelopeForbids;

    /** The migration overlap written into the candidate, in days; default: the manifest's {@code stability_window.minimum_sprint_days}. */
    @Parameter(property = "cutover.overlapDays")
    protected Integer overlapDays;

    /** Where the cutover gates are documented ({@code cutover_gates_doc}); omitted when unset. */
    @Parameter(property = "cutover.cutoverGatesDoc")
    protected String cutoverGatesDoc;

    /** Checks the producer must run (generated into, and required of, the payload). */
    @Parameter
    protected List<String> requiredProducerChecks;

    /** Checks the consumer must run (generated into, and required of, the payload). */
    @Parameter
    protected List<String> requiredConsumerChecks;

    /** Rollback triggers; default {@code consumer_contract_suite_red, non_2xx_envelope_shape_mismatch, deterministic_fallback_regression}. */
    @Parameter
    protected List<String> rollbackTriggers;

    /** The rollback action; default {@code repin consumer to last approved <active contract> tag/sha and reopen overlap window}. */
    @Parameter(property = "cutover.rollbackAction")
    protected String rollbackAction;

    /**
     * The reproducible-build timestamp ({@code project.build.outputTimestamp}, ISO-8601 or epoch seconds): the
     * candidate's {@code generated_at_utc} unless {@code generatedAt} is given, and the time the stale check expects.
     */
    @Parameter(defaultValue = "${project.build.outputTimestamp}", readonly = true)
    protected String outputTimestamp;

    /**
     * The candidate's {@code generated_at_utc} (ISO-8601, e.g. {@code 2026-02-08T11:29:52Z}): written by
     * {@code generate-handoff} and expected by the stale check; default: the output timestamp, else none (a candidate
     * whose content is unchanged keeps its date, a new one is stamped now).
     */
    @Parameter(property = "cutover.generatedAt")
    protected String generatedAt;

    protected AbstractHandoffMojo(BuildOutcome.Conclusion conclusion, BaselineUse baselineUse) {
        super(conclusion, baselineUse);
    }

    /** The configured generation time ({@code generatedAt}, else the output timestamp), or {@code null} for none. */
    protected Instant configuredTimestamp() throws MojoExecutionException {
        String value = generatedAt != null && !generatedAt.isBlank() ? generatedAt : outputTimestamp;
        if (value == null || value.isBlank() || value.length() < 2) {
            return null;
        }
        try {
            return (value.chars().allMatch(Character::isDigit) ? Instant.ofEpochSecond(Long.parseLong(value))
                    : OffsetDateTime.parse(value).toInstant()).truncatedTo(ChronoUnit.SECONDS);
        } catch (java.time.DateTimeException | NumberFormatException | ArithmeticException e) {
            throw new MojoExecutionException("Invalid generation timestamp '" + value
                    + "': use ISO-8601 such as 2026-02-08T11:29:52Z or epoch seconds");
        }
    }

    /** Where {@link #configuredTimestamp()} comes from, for messages. */
    protected String timestampSource() {
        return generatedAt != null && !generatedAt.isBlank() ? "-Dcutover.generatedAt" : "project.build.outputTimestamp";
    }

    /** The generator settings; {@code producerRepo} and {@code targetServiceContract} are required. */
    protected HandoffSettings handoffSettings() throws MojoExecutionException {
        if (producerRepo == null || producerRepo.isBlank() || targetServiceContract == null || targetServiceContract.isBlank()) {
            throw new MojoExecutionException("Generating the handoff candidate needs <producerRepo> and "
                    + "<targetServiceContract> in the plugin configuration");
        }
        return new HandoffSettings(producerRepo, planningCommit, targetServiceContract, targetApiContract, candidateMode,
                envelopes(), requiredChecks(), overlapDays, cutoverGatesDoc, new Rollback(rollbackTriggers, rollbackAction));
    }

    /** The envelope policies, as generated into the candidate and required of the payload. */
    protected EnvelopePolicies envelopes() {
        return new EnvelopePolicies(stableEnvelopeRequires, stableEnvelopeForbids, targetEnvelopeRequires,
                targetEnvelopeOptional, targetEnvelopeForbids);
    }

    /** The checks required of each side, as generated into the candidate and required of the payload. */
    protected RequiredChecks requiredChecks() {
        return new RequiredChecks(requiredProducerChecks, requiredConsumerChecks);
    }

    /** The handoff file, which this goal needs. */
    protected File requiredHandoffFile() throws MojoExecutionException {
        if (handoffFile == null) {
            throw new MojoExecutionException("Set <handoffFile> (or -Dcutover.handoffFile) to the handoff payload");
        }
        return handoffFile;
    }
}
