package io.github.cutoverguard.maven;

import io.github.cutoverguard.engine.GoalResult;
import io.github.cutoverguard.engine.pin.CheckPin;
import io.github.cutoverguard.engine.pin.CheckPinRequest;
import io.github.cutoverguard.engine.pin.PinFormats;
import org.apache.maven.plugin.MojoExecutionException;
import org.codehaus.plexus.configuration.PlexusConfiguration;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Checks the consumer's integration pin against the approved {@code <baseline>}: schema, tag and
 * SHA formats, each pinned field, the rehearsal target-contract ban, the mirrored manifest's hash,
 * schema, alignment and error codes, the compatibility matrix and, with a local producer clone,
 * that the pinned SHA is the tag's commit or one of its ancestors and that the mirror is byte-identical to the
 * producer's manifest at the tag.
 */
@Mojo(name = "check-pin", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class CheckPinMojo extends AbstractCutoverMojo implements VerdictGoal {

    /**
     * The approved runtime pin, all five fields required ({@code releaseTag}, {@code commitSha},
     * {@code serviceContract}, {@code apiContract}, {@code integrationBaseline}): the integration pin, the manifest
     * mirror and the compatibility matrix must agree with it.
     */
    @Parameter(required = true)
    private PlexusConfiguration baseline;

    @Override
    protected BaselineParameter baseline() throws MojoExecutionException { return BaselineParameter.from(baseline, this); }

    /** The consumer's integration pin (JSON, schema {@code integration-pin.v1}). */
    @Parameter(property = "cutover.pinFile", defaultValue = "${project.basedir}/config/integration-pin.json")
    private File pinFile;

    /**
     * The mirrored producer contract manifest; when set, its SHA-256 must equal the pin's
     * {@code expected_producer_manifest_sha256} and its release fields must equal the pin's.
     */
    @Parameter(property = "cutover.producerManifestFile")
    private File producerManifestFile;

    /**
     * The Markdown compatibility matrix; when set it must carry the baseline tag and SHA lines, an
     * approved-pairs table row with tag and SHA side by side, and the three contract versions.
     */
    @Parameter(property = "cutover.compatibilityMatrixFile")
    private File compatibilityMatrixFile;

    /**
     * The error codes the consumer handles; when set, the manifest's {@code error_code_enum} must
     * list exactly these (missing and unexpected codes are reported by name).
     */
    @Parameter
    private List<String> expectedErrorCodes;

    /**
     * A local git clone of the producer; when set, the pinned tag must resolve (annotated tags
     * peeled) to the pinned commit SHA or a descendant of it, and to the commit the pin records in
     * {@code release_tag_commit_sha} (a tag moved after the pin fails; a pin without the record gets one
     * warning naming the {@code repin} command that adds it). Nothing is fetched.
     */
    @Parameter(property = "cutover.producerRepository")
    private File producerRepository;

    /**
     * The manifest's path inside {@code producerRepository} (forward slashes), e.g.
     * {@code contracts/producer-contract-manifest.json}; default: the single {@code producer-contract-manifest.json} in
     * the tree at the tag. With {@code producerRepository}, the mirror must be byte-identical to it
     * ({@code MANIFEST-SOURCE}).
     */
    @Parameter(property = "cutover.producerManifestPath")
    private String producerManifestPath;

    /** The regular expression release tags must match. */
    @Parameter(property = "cutover.releaseTagPattern", defaultValue = PinFormats.DEFAULT_RELEASE_TAG_PATTERN)
    private String releaseTagPattern;

    @Override
    protected String goal() {
        return CheckPin.GOAL;
    }

    @Override
    protected GoalResult check() throws MojoExecutionException {
        return request().run();
    }

    /** The verdict always runs this goal (its inputs have defaults; a missing one is a breach, not a skip). */
    @Override
    public String notConfigured() {
        return null;
    }

    /** The engine request for these parameters: the one place they are read, by this goal and by {@code verdict}. */
    @Override
    public CheckPinRequest request() throws MojoExecutionException {
        return new CheckPinRequest(contextWithRequiredBaseline(), pinFile.toPath(), pathOrNull(producerManifestFile),
                pathOrNull(compatibilityMatrixFile), expectedErrorCodes, pathOrNull(producerRepository),
                compileTagPattern(releaseTagPattern), producerManifestPath);
    }

    /** The integration pin this goal checks. */
    File pinFile() {
        return pinFile;
    }

    /** The configured release-tag pattern, compiled; an invalid one is a configuration error. */
    private static Pattern compileTagPattern(String releaseTagPattern) throws MojoExecutionException {
        try {
            return Pattern.compile(releaseTagPattern == null ? PinFormats.DEFAULT_RELEASE_TAG_PATTERN : releaseTagPattern);
        } catch (PatternSyntaxException e) {
            throw new MojoExecutionException("Invalid releaseTagPattern '" + releaseTagPattern + "': "
                    + e.getDescription());
        }
    }
}
