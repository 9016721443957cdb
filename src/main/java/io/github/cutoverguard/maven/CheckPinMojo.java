package io.github.cutoverguard.maven;

import io.github.cutoverguard.engine.Preload;
import io.github.cutoverguard.engine.pin.CheckPin;
import io.github.cutoverguard.engine.pin.CheckPinRequest;
import io.github.cutoverguard.engine.pin.PinFormats;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Checks the consumer's integration pin against the approved {@code <baseline>}: schema, tag and
 * SHA formats, each pinned field, the rehearsal target-contract ban, the mirrored manifest's hash,
 * schema, alignment and error codes, the compatibility matrix and, with a local producer clone,
 * that the pinned SHA is the tag's commit or one of its ancestors and that the mirror is byte-identical to the
 * producer's manifest at the tag; with the clone, in a rehearsal or a cutover, that a rollback to the release to return
 * to would work ({@code ROLLBACK-READINESS}).
 */
@Mojo(name = CheckPin.GOAL, defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class CheckPinMojo extends AbstractReleaseMojo implements VerdictGoal {

    /**
     * The error codes the consumer handles; when set, the manifest's {@code error_code_enum} must
     * list exactly these (missing and unexpected codes are reported by name).
     */
    @Parameter
    private List<String> expectedErrorCodes;

    /** The regular expression release tags must match. */
    @Parameter(property = "cutover.releaseTagPattern", defaultValue = PinFormats.DEFAULT_RELEASE_TAG_PATTERN)
    private String releaseTagPattern;

    public CheckPinMojo() {
        super(BuildOutcome.Conclusion.WAIVED, BaselineUse.REQUIRED);
    }

    @Override
    protected void run(BuildOutcome outcome) throws MojoExecutionException, MojoFailureException {
        outcome.conclude(request().run());
    }

    /** The verdict always runs this goal (its inputs have defaults; a missing one is a breach, not a skip). */
    @Override
    public String notConfigured() {
        return null;
    }

    /** The engine request for these parameters: the one place they are read, by this goal and by {@code verdict}. */
    @Override
    public CheckPinRequest request() throws MojoExecutionException {
        return new CheckPinRequest(context(), pinFile.toPath(), pathOrNull(producerManifestFile),
                pathOrNull(compatibilityMatrixFile), expectedErrorCodes, pathOrNull(producerRepository),
                configured("<releaseTagPattern>", () -> Pattern.compile(releaseTagPattern == null
                        ? PinFormats.DEFAULT_RELEASE_TAG_PATTERN : releaseTagPattern)), producerManifestPath,
                pathOrNull(cutoverApprovalFile));
    }

    @Override
    protected Preload preload() throws MojoExecutionException {
        return request().preload();
    }
}
