package io.github.cutoverguard.maven;

import io.github.cutoverguard.engine.input.ProjectFiles;
import io.github.cutoverguard.engine.GoalResult;
import io.github.cutoverguard.engine.repin.Repin;
import io.github.cutoverguard.engine.repin.RepinRefused;
import io.github.cutoverguard.engine.repin.RepinRequest;
import org.apache.maven.plugin.MojoExecutionException;
import org.codehaus.plexus.configuration.PlexusConfiguration;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.util.List;
import java.util.Set;
import java.io.IOException;

/**
 * The approved change, applied ({@code check-pin} checks, {@code repin} applies): makes the integration pin, the
 * manifest mirror and the compatibility matrix agree with {@code <baseline>}, reading the release from
 * {@code producerRepository} (the tag must hold the pinned commit, the manifest at the tag must name the release). The
 * mirror becomes the manifest at the tag byte-for-byte; the pin's release fields, the commit the tag resolves to
 * ({@code release_tag_commit_sha}, added after {@code commit_sha} to a pin without it), contract versions and manifest
 * hash are updated (every other member, the key order and the indentation kept); the matrix's baseline lines are updated and
 * an {@code Approved} row added, the previous one marked {@code Superseded}. All files change together or none does;
 * each change is logged as a unified diff. Without a pin it creates the first one. Moving an existing pin is refused in
 * rehearsal mode (a pin that already names {@code <baseline>}'s release is not moved: only its record of the tag's commit
 * may change), and in cutover mode without a {@code cutoverApprovalFile} that holds, whose {@code baseline} is
 * {@code <baseline>} and whose {@code previous_baseline} is the current pin. No default phase: run
 * {@code mvn cutover:repin} (then {@code mvn verify}) in the reviewed change that moves the pin.
 */
@Mojo(name = "repin", threadSafe = true)
public class RepinMojo extends AbstractCutoverMojo {

    /**
     * The release to pin, all five fields required ({@code releaseTag}, {@code commitSha},
     * {@code serviceContract}, {@code apiContract}, {@code integrationBaseline}): {@code repin} writes the pin, the
     * manifest mirror and the matrix for it.
     */
    @Parameter(required = true)
    private PlexusConfiguration baseline;

    @Override
    protected BaselineParameter baseline() throws MojoExecutionException { return BaselineParameter.from(baseline, this); }

    /** The integration pin to move, or to create when it does not exist. */
    @Parameter(property = "cutover.pinFile", defaultValue = "${project.basedir}/config/integration-pin.json")
    private File pinFile;

    /** The manifest mirror, written byte-for-byte from the producer's manifest at the tag; default: not written. */
    @Parameter(property = "cutover.producerManifestFile")
    private File producerManifestFile;

    /** The Markdown compatibility matrix to update (or create); default: not written. */
    @Parameter(property = "cutover.compatibilityMatrixFile")
    private File compatibilityMatrixFile;

    /** A local git clone of the producer (required here; never fetched): the release is read from it. */
    @Parameter(property = "cutover.producerRepository")
    private File producerRepository;

    /**
     * The manifest's path inside {@code producerRepository}, e.g. {@code contracts/producer-contract-manifest.json};
     * default: the single {@code producer-contract-manifest.json} in the tree at the tag.
     */
    @Parameter(property = "cutover.producerManifestPath")
    private String producerManifestPath;

    /**
     * The joint approval record ({@code cutover-approval.v1}): moving an existing pin needs cutover mode and a record
     * that holds, whose {@code baseline} is {@code <baseline>} and whose {@code previous_baseline} is the current pin.
     */
    @Parameter(property = "cutover.cutoverApprovalFile")
    private File cutoverApprovalFile;

    /** For a first pin: the producer's name, which becomes the pin's {@code <producerName>_repo} member, e.g. {@code billing}. */
    @Parameter(property = "cutover.producerName")
    private String producerName;

    /** For a first pin: the producer's repository URL; default: the producer clone's {@code origin} URL. */
    @Parameter(property = "cutover.producerRepositoryUrl")
    private String producerRepositoryUrl;

    /** For a first pin: the pin's {@code default_base_url}, e.g. {@code http://127.0.0.1:4010}. */
    @Parameter(property = "cutover.defaultBaseUrl")
    private String defaultBaseUrl;

    /** For a first pin: the pin's {@code default_timeout_ms} (at least 100), e.g. {@code 2500}. */
    @Parameter(property = "cutover.defaultTimeoutMs")
    private Integer defaultTimeoutMs;

    /** Logs the diffs and writes nothing. */
    @Parameter(property = "cutover.dryRun", defaultValue = "false")
    private boolean dryRun;

    @Override
    protected String goal() {
        return Repin.GOAL;
    }

    /** The matrix repin stamps is also a governance document {@code check-docs} reads under {@code <documents>}. */
    @Override
    protected GoalOutputs.Written written() {
        return GoalOutputs.Written.of(List.of("pinFile", "producerManifestFile", "compatibilityMatrixFile"),
                Set.of("pinFile", "producerManifestFile", "compatibilityMatrixFile", "documents"), pinFile,
                producerManifestFile, compatibilityMatrixFile);
    }

    @Override
    protected GoalResult check() throws MojoExecutionException {
        if (producerRepository == null) {
            throw new MojoExecutionException("repin reads the release from the producer: set <producerRepository> to a "
                    + "local clone of the producer");
        }
        try {
            Repin.Repinned repinned = Repin.run(new RepinRequest(contextWithRequiredBaseline(), pinFile.toPath(),
                    pathOrNull(producerManifestFile), pathOrNull(compatibilityMatrixFile), producerRepository.toPath(),
                    producerManifestPath, pathOrNull(cutoverApprovalFile), new RepinRequest.NewPin(producerName,
                    producerRepositoryUrl, defaultBaseUrl, defaultTimeoutMs), day(), dryRun));
            for (Repin.FileChange change : repinned.changes()) {
                getLog().info((repinned.written() ? "Changed " : "Would change (dry run) ") + change.display() + ":\n"
                        + change.diff());
            }
            return repinned.result();
        } catch (RepinRefused | IllegalArgumentException e) {
            throw new MojoExecutionException(e.getMessage());
        } catch (IOException e) {
            throw new MojoExecutionException("repin could not write its files; every file is as it was: "
                    + ProjectFiles.describe(e), e);
        }
    }
}
