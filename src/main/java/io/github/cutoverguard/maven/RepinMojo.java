package io.github.cutoverguard.maven;

import io.github.cutoverguard.engine.repin.Repin;
import io.github.cutoverguard.engine.repin.RepinRefused;
import io.github.cutoverguard.engine.repin.RepinRequest;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
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
 * {@code mvn cutover:repin} (then {@code mvn verify}) in the reviewed change that moves the pin. In a multi-module build
 * it runs once in each module that holds a pin, never in an aggregator POM; a first pin there needs
 * {@code -pl <module>}.
 */
@Mojo(name = Repin.GOAL, threadSafe = true)
public class RepinMojo extends AbstractApplyMojo {

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

    public RepinMojo() {
        super(BuildOutcome.Conclusion.AS_CHECKED, BaselineUse.REQUIRED);
    }

    /** The matrix repin stamps is also a governance document {@code check-docs} reads under {@code <documents>}. */
    @Override
    protected GoalOutputs.Written written() {
        return GoalOutputs.Written.of(List.of("pinFile", "producerManifestFile", "compatibilityMatrixFile"),
                Set.of("pinFile", "producerManifestFile", "compatibilityMatrixFile", "documents"), pinFile,
                producerManifestFile, compatibilityMatrixFile);
    }

    @Override
    protected void run(BuildOutcome outcome)
            throws MojoExecutionException, MojoFailureException, RepinRefused, IOException {
        if (!movesThePinHere()) {
            return;
        }
        Repin.Repinned repinned = Repin.run(new RepinRequest(context(), pinFile.toPath(),
                pathOrNull(producerManifestFile), pathOrNull(compatibilityMatrixFile), producerClone("the release"),
                producerManifestPath, pathOrNull(cutoverApprovalFile), new RepinRequest.NewPin(producerName,
                producerRepositoryUrl, defaultBaseUrl, defaultTimeoutMs), day(), dryRun));
        logChanges(repinned.changes(), repinned.written());
        outcome.conclude(repinned.result());
    }
}
