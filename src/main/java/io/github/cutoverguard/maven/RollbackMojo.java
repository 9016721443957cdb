package io.github.cutoverguard.maven;

import io.github.cutoverguard.engine.Baseline;
import io.github.cutoverguard.engine.Mode;
import io.github.cutoverguard.engine.repin.Rollback;
import io.github.cutoverguard.engine.repin.RollbackRefused;
import io.github.cutoverguard.engine.repin.RollbackRequest;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.IOException;
import java.util.List;
import java.util.Set;

/**
 * {@code repin}'s inverse: after a failed cutover, moves the integration pin, the manifest mirror and the compatibility
 * matrix back from the approval record's {@code baseline} to its {@code previous_baseline}, reading that release from
 * {@code producerRepository} (its tag must hold its commit, its manifest at the tag must name it; the contract versions
 * are the manifest's). The matrix's row of the returned-to release is {@code Approved} again and the rolled-back
 * release's row {@code Rolled back}. It writes the rollback record ({@code rollbackRecordFile}, default
 * {@code cutover-rollback.json} beside the approval): the approval it undoes, from, to, when, who and why. The pin must
 * be the approval's {@code baseline} (else nothing is written). All files change together or none does; each change
 * is logged as a unified diff. No default phase: run {@code mvn cutover:rollback -Dcutover.reason="…"}, then set
 * {@code <baseline>} to the release the last log line names, in the same reviewed change.
 */
@Mojo(name = Rollback.GOAL, threadSafe = true)
public class RollbackMojo extends AbstractApplyMojo {

    /** Why the cutover is rolled back (required, written into the rollback record), e.g. {@code -Dcutover.reason="5xx on stock lookups"}. */
    @Parameter(property = "cutover.reason")
    private String reason;

    /**
     * Who rolls back, written into the rollback record; default: git's {@code user.name} in the consumer's work tree,
     * else the account running the build ({@code user.name}).
     */
    @Parameter(property = "cutover.rolledBackBy")
    private String rolledBackBy;

    public RollbackMojo() {
        super(BuildOutcome.Conclusion.AS_CHECKED, BaselineUse.OPTIONAL);
    }

    /** The pin, mirror and matrix it moves back, and the rollback record it writes. */
    @Override
    protected GoalOutputs.Written written() {
        return GoalOutputs.Written.of(List.of("pinFile", "producerManifestFile", "compatibilityMatrixFile",
                        "rollbackRecordFile"), Set.of("pinFile", "producerManifestFile", "compatibilityMatrixFile",
                        "rollbackRecordFile", "documents"), pinFile, producerManifestFile, compatibilityMatrixFile,
                rollbackRecordFile() == null ? null : files().resolve(rollbackRecordFile()).toFile());
    }

    @Override
    protected void run(BuildOutcome outcome)
            throws MojoExecutionException, MojoFailureException, RollbackRefused, IOException {
        if (!movesThePinHere()) {
            return;
        }
        if (cutoverApprovalFile == null) {
            throw new MojoExecutionException("rollback returns to the approval's previous_baseline: set "
                    + "<cutoverApprovalFile> to the cutover-approval.v1 record of the cutover to roll back");
        }
        Rollback.RolledBack rolledBack = Rollback.run(new RollbackRequest(context(),
                new RollbackRequest.ReleaseFilesRequest(pinFile.toPath(), pathOrNull(producerManifestFile),
                        pathOrNull(compatibilityMatrixFile), producerClone("the release to return to"),
                        producerManifestPath), cutoverApprovalFile.toPath(), rollbackRecordFile(), reason, rolledBackBy,
                System.getProperty("user.name"), day(), dryRun));
        logChanges(rolledBack.changes(), rolledBack.written());
        outcome.conclude(rolledBack.result());
        if (rolledBack.returnedTo() != null) {
            getLog().info(nextStep(rolledBack.returnedTo(), rolledBack.written()));
        }
    }

    /** The last line: the {@code <baseline>} to set in the same reviewed change, with its values. */
    private String nextStep(Baseline back, boolean written) throws MojoExecutionException {
        boolean cutover = context(Baseline.NONE).mode() == Mode.CUTOVER;
        return (written ? "Rolled back to " : "A rollback (dry run) returns to ") + back.releaseTag() + ". Now set "
                + "<baseline> back to it in the same reviewed change (rollback cannot edit the POM): <releaseTag>"
                + back.releaseTag() + "</releaseTag> <commitSha>" + back.commitSha() + "</commitSha> <serviceContract>"
                + back.serviceContract() + "</serviceContract> <apiContract>" + back.apiContract() + "</apiContract> "
                + "<integrationBaseline>" + back.integrationBaseline() + "</integrationBaseline>"
                + (cutover ? ", and <mode> back to rehearsal" : "");
    }
}
