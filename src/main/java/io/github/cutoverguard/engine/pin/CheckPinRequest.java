package io.github.cutoverguard.engine.pin;

import java.time.Clock;
import io.github.cutoverguard.engine.GoalResult;
import io.github.cutoverguard.engine.GoalRequest;
import io.github.cutoverguard.engine.Baseline;
import io.github.cutoverguard.engine.Mode;
import io.github.cutoverguard.engine.input.ProjectFiles;
import io.github.cutoverguard.engine.json.JsonLimits;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What {@link CheckPin} checks: the pin and, when given, the mirrored manifest, the compatibility
 * matrix, the expected error codes and a local clone of the producer.
 *
 * @param files                   the project directory, for resolving and naming files
 * @param pinFile                 the integration pin (required)
 * @param producerManifestFile    the mirrored producer manifest, or {@code null}
 * @param compatibilityMatrixFile the Markdown compatibility matrix, or {@code null}
 * @param expectedErrorCodes      codes the manifest must list exactly; empty to skip set equality
 * @param producerRepository      a local clone of the producer, or {@code null}
 * @param releaseTagPattern       the pattern release tags must match
 * @param baseline                the approved baseline
 * @param targetServiceContract   the contract being rehearsed, or {@code null}
 * @param mode                    rehearsal or cutover
 * @param limits                  JSON input limits
 */
public record CheckPinRequest(
        ProjectFiles files,
        Path pinFile,
        Path producerManifestFile,
        Path compatibilityMatrixFile,
        List<String> expectedErrorCodes,
        Path producerRepository,
        Pattern releaseTagPattern,
        Baseline baseline,
        String targetServiceContract,
        Mode mode,
        JsonLimits limits) implements GoalRequest {

    public CheckPinRequest {
        Objects.requireNonNull(files, "files");
        Objects.requireNonNull(pinFile, "pinFile");
        Objects.requireNonNull(baseline, "baseline");
        Objects.requireNonNull(mode, "mode");
        expectedErrorCodes = expectedErrorCodes == null ? List.of() : List.copyOf(expectedErrorCodes);
        releaseTagPattern = releaseTagPattern == null
                ? Pattern.compile(PinFormats.DEFAULT_RELEASE_TAG_PATTERN) : releaseTagPattern;
        limits = limits == null ? JsonLimits.DEFAULT : limits;
    }

    @Override
    public String goal() {
        return CheckPin.GOAL;
    }

    @Override
    public GoalResult run(Clock clock) {
        return new CheckPin(clock).run(this);
    }
}
