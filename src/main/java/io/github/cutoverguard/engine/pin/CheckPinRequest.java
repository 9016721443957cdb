package io.github.cutoverguard.engine.pin;

import io.github.cutoverguard.engine.GoalResult;
import io.github.cutoverguard.engine.GoalRequest;
import io.github.cutoverguard.engine.Preload;
import io.github.cutoverguard.engine.RunContext;
import io.github.cutoverguard.engine.git.ManifestAtTag;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What {@link CheckPin} checks: the pin and, when given, the mirrored manifest, the compatibility
 * matrix, the expected error codes and a local clone of the producer.
 *
 * @param context                 the project, mode, baseline, target, limits and clock of this run
 * @param pinFile                 the integration pin (required)
 * @param producerManifestFile    the mirrored producer manifest, or {@code null}
 * @param compatibilityMatrixFile the Markdown compatibility matrix, or {@code null}
 * @param expectedErrorCodes      codes the manifest must list exactly; empty to skip set equality
 * @param producerRepository      a local clone of the producer, or {@code null}
 * @param releaseTagPattern       the pattern release tags must match
 * @param producerManifestPath    the manifest's path inside the producer repository, its placeholders naming the
 *                                release ({@link ManifestAtTag#configuredPath}), or {@code null} to find the manifest by
 *                                what it is ({@link ManifestAtTag})
 * @param cutoverApprovalFile     the joint approval record, whose {@code previous_baseline} is the release a rollback
 *                                returns to in cutover mode (rollback readiness), or {@code null}
 */
public record CheckPinRequest(
        RunContext context,
        Path pinFile,
        Path producerManifestFile,
        Path compatibilityMatrixFile,
        List<String> expectedErrorCodes,
        Path producerRepository,
        Pattern releaseTagPattern,
        String producerManifestPath,
        Path cutoverApprovalFile) implements GoalRequest {

    /** A request without an approval record. */
    public CheckPinRequest(RunContext context, Path pinFile, Path producerManifestFile, Path compatibilityMatrixFile,
                           List<String> expectedErrorCodes, Path producerRepository, Pattern releaseTagPattern,
                           String producerManifestPath) {
        this(context, pinFile, producerManifestFile, compatibilityMatrixFile, expectedErrorCodes, producerRepository,
                releaseTagPattern, producerManifestPath, null);
    }

    public CheckPinRequest {
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(pinFile, "pinFile");
        expectedErrorCodes = expectedErrorCodes == null ? List.of() : List.copyOf(expectedErrorCodes);
        releaseTagPattern = releaseTagPattern == null
                ? Pattern.compile(PinFormats.DEFAULT_RELEASE_TAG_PATTERN) : releaseTagPattern;
        producerManifestPath = ManifestAtTag.configuredPath(producerManifestPath);
    }

    /** The pin's schema, the mirror's when one is configured, and the Markdown parser for a matrix. */
    @Override
    public Preload preload() {
        return new Preload(producerManifestFile == null ? List.of(CheckPin.PIN_SCHEMA)
                : List.of(CheckPin.PIN_SCHEMA, CheckPin.MANIFEST_SCHEMA), compatibilityMatrixFile != null);
    }

    @Override
    public String goal() {
        return CheckPin.GOAL;
    }

    @Override
    public GoalResult run() {
        return CheckPin.run(this);
    }
}
