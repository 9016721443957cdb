package io.github.cutoverguard.engine.repin;

import io.github.cutoverguard.engine.BuildDay;
import io.github.cutoverguard.engine.RunContext;
import io.github.cutoverguard.engine.git.ManifestAtTag;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What {@link Repin} makes agree with the context's {@code <baseline>}.
 *
 * @param context                 the project, mode, baseline (all five fields), limits and clock of this run
 * @param pinFile                 the integration pin to move (or create)
 * @param producerManifestFile    the manifest mirror to write byte-for-byte, or {@code null}
 * @param compatibilityMatrixFile the Markdown compatibility matrix to update (or create), or {@code null}
 * @param producerRepository      the producer's local clone the release is read from (required)
 * @param producerManifestPath    the manifest's path inside the producer repository, its placeholders naming the
 *                                release ({@link ManifestAtTag#configuredPath}), or {@code null} to find the manifest by
 *                                what it is ({@link ManifestAtTag})
 * @param cutoverApprovalFile     the joint approval record (needed to move an existing pin in cutover mode), or
 *                                {@code null}
 * @param newPin                  the members of a pin that does not exist yet
 * @param today                   the day written to the matrix's {@code Updated:} line and new row
 * @param dryRun                  whether to compute and log the changes without writing anything
 */
public record RepinRequest(
        RunContext context,
        Path pinFile,
        Path producerManifestFile,
        Path compatibilityMatrixFile,
        Path producerRepository,
        String producerManifestPath,
        Path cutoverApprovalFile,
        NewPin newPin,
        LocalDate today,
        boolean dryRun) {

    /**
     * The members only a new pin needs.
     *
     * @param producerName          the pin's {@code <producerName>_repo} member name and the matrix's product name
     * @param producerRepositoryUrl the repository URL; {@code null}: the producer clone's {@code origin} URL
     * @param defaultBaseUrl        the pin's {@code default_base_url}
     * @param defaultTimeoutMs      the pin's {@code default_timeout_ms}
     */
    public record NewPin(String producerName, String producerRepositoryUrl, String defaultBaseUrl, Integer defaultTimeoutMs) {
    }

    public RepinRequest {
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(pinFile, "pinFile");
        Objects.requireNonNull(producerRepository, "producerRepository");
        newPin = newPin == null ? new NewPin(null, null, null, null) : newPin;
        today = today == null ? BuildDay.utcDay(context.clock()) : today;
        producerManifestPath = ManifestAtTag.configuredPath(producerManifestPath);
    }
}
