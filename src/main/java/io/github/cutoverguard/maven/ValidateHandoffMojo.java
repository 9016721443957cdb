package io.github.cutoverguard.maven;

import io.github.cutoverguard.engine.Preload;
import io.github.cutoverguard.engine.handoff.ErrorCodeComparison;
import io.github.cutoverguard.engine.handoff.ValidateHandoff;
import io.github.cutoverguard.engine.handoff.ValidateHandoffRequest;
import io.github.cutoverguard.engine.schema.SchemaProblem;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;

/**
 * Validates a handoff payload (rehearsal handoff, or release handoff {@code stable} /
 * {@code service-vN-candidate}) against its bundled JSON Schema and the guardrails: active runtime
 * baseline, no forced runtime cutover, envelope policies, error codes, overlap window, fallback
 * flags and required checks; with {@code checkStale}, that it is what {@code generate-handoff}
 * makes of the manifest. The evidence report names the payload's SHA-256 as the acceptance record.
 */
@Mojo(name = ValidateHandoff.GOAL, defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class ValidateHandoffMojo extends AbstractHandoffMojo implements VerdictGoal {

    /** A JSON Schema (2020-12) to use instead of the bundled schema picked from the payload. Remote {@code $ref}s are refused. */
    @Parameter(property = "cutover.schemaFile")
    private File schemaFile;

    /**
     * The minimum migration overlap in days; default: the manifest's {@code stability_window.minimum_sprint_days}. With
     * neither, the overlap check fails with {@code HANDOFF-OVERLAP} rather than accept any overlap.
     */
    @Parameter(property = "cutover.minimumOverlapDays")
    private Integer minimumOverlapDays;

    /**
     * How the payload's error codes are compared with the manifest's {@code error_code_enum}: {@code equal} (default:
     * the same set), {@code subset} (the payload may leave codes out, add none) or {@code superset} (the payload lists
     * every code, may add some). The consumer decides: a payload whose {@code validation_mode} is neither
     * {@code set_equality} nor this mode fails with {@code ERROR-CODES}, and a payload is held to the mode it states.
     */
    @Parameter(property = "cutover.errorCodeComparison", defaultValue = "equal")
    private String errorCodeComparison;

    /**
     * Regenerate the candidate from {@code producerManifestFile} with this POM's generator settings
     * and fail with {@code HANDOFF-STALE} and a diff when the committed payload differs, its
     * {@code generated_at_utc} included when a generation time is configured ({@code -Dcutover.generatedAt} or
     * {@code project.build.outputTimestamp}), or when it is older than the commit that last changed the manifest.
     */
    @Parameter(property = "cutover.checkStale", defaultValue = "false")
    private boolean checkStale;

    public ValidateHandoffMojo() {
        super(BuildOutcome.Conclusion.WAIVED, BaselineUse.REQUIRED);
    }

    @Override
    protected void run(BuildOutcome outcome) throws MojoExecutionException, MojoFailureException, SchemaProblem {
        outcome.conclude(request().run());
    }

    /** Why {@code verdict} does not run this goal, or {@code null} when its inputs are configured. */
    @Override
    public String notConfigured() {
        return handoffFile == null ? "no handoffFile configured" : null;
    }

    /** Whether the candidate is compared with the manifest it is generated from ({@code checkStale}): a producer's check. */
    boolean checksStale() {
        return checkStale;
    }

    /** The engine request for these parameters: the one place they are read, by this goal and by {@code verdict}. */
    @Override
    public ValidateHandoffRequest request() throws MojoExecutionException {
        if (checkStale && producerManifestFile == null) {
            throw new MojoExecutionException("checkStale needs <producerManifestFile>: the manifest the candidate is generated from");
        }
        return new ValidateHandoffRequest(context(), requiredHandoffFile().toPath(), pathOrNull(schemaFile),
                pathOrNull(producerManifestFile), requiredChecks(), minimumOverlapDays, envelopes(),
                checkStale ? handoffSettings() : null,
                new ValidateHandoffRequest.Expected(targetApiContract, candidateMode,
                        checkStale ? configuredTimestamp() : null,
                        configured("<errorCodeComparison>", () -> ErrorCodeComparison.parse(errorCodeComparison))));
    }


    @Override
    protected Preload preload() throws MojoExecutionException {
        return request().preload();
    }
}
