package io.github.cutoverguard.engine.repin;

import io.github.cutoverguard.engine.BuildDay;
import io.github.cutoverguard.engine.RunContext;
import io.github.cutoverguard.engine.cutover.RollbackRecord;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What {@link Rollback} moves back to the approval record's {@code previous_baseline}.
 *
 * @param context                 the project, mode, limits and clock of this run ({@code rolled_back_at_utc} is its
 *                                clock's instant)
 * @param files                   the pin, mirror, matrix and producer clone, as {@code repin} takes them
 * @param cutoverApprovalFile     the approval whose cutover is rolled back (required)
 * @param rollbackRecordFile      where the rollback record is written; {@code null}: {@code cutover-rollback.json}
 *                                beside the approval
 * @param reason                  why (required: a visible character)
 * @param rolledBackBy            who; {@code null} or blank: the consumer work tree's git {@code user.name}, else
 *                                {@code systemUser}
 * @param systemUser              the account running the build ({@code user.name}), the last resort for who
 * @param today                   the day written to the matrix's {@code Updated:} line
 * @param dryRun                  whether to compute and log the changes without writing anything
 */
public record RollbackRequest(
        RunContext context,
        ReleaseFilesRequest files,
        Path cutoverApprovalFile,
        Path rollbackRecordFile,
        String reason,
        String rolledBackBy,
        String systemUser,
        LocalDate today,
        boolean dryRun) {

    /**
     * The consumer's files a rollback rewrites and the producer clone it reads the release from.
     *
     * @param pinFile                 the integration pin (required)
     * @param producerManifestFile    the manifest mirror, or {@code null}
     * @param compatibilityMatrixFile the Markdown compatibility matrix, or {@code null}
     * @param producerRepository      the producer's local clone (required; never fetched)
     * @param producerManifestPath    the manifest's path inside the producer repository, or {@code null}
     */
    public record ReleaseFilesRequest(Path pinFile, Path producerManifestFile, Path compatibilityMatrixFile,
                                      Path producerRepository, String producerManifestPath) {

        public ReleaseFilesRequest {
            Objects.requireNonNull(pinFile, "pinFile");
            Objects.requireNonNull(producerRepository, "producerRepository");
            producerManifestPath = producerManifestPath == null || producerManifestPath.isBlank() ? null
                    : producerManifestPath.trim().replace('\\', '/');
        }
    }

    public RollbackRequest {
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(files, "files");
        Objects.requireNonNull(cutoverApprovalFile, "cutoverApprovalFile");
        rollbackRecordFile = rollbackRecordFile == null ? RollbackRecord.defaultFile(cutoverApprovalFile) : rollbackRecordFile;
        today = today == null ? BuildDay.utcDay(context.clock()) : today;
    }
}
