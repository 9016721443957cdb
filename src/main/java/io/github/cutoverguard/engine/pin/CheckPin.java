package io.github.cutoverguard.engine.pin;

import io.github.cutoverguard.engine.Breach;
import io.github.cutoverguard.engine.CheckResult;
import io.github.cutoverguard.engine.GoalResult;
import io.github.cutoverguard.engine.InputFile;
import io.github.cutoverguard.engine.Mode;
import io.github.cutoverguard.engine.git.TagResolvesToPinnedSha;
import io.github.cutoverguard.engine.input.JsonInputs;
import io.github.cutoverguard.engine.input.RawInput;
import io.github.cutoverguard.engine.json.JsonDocument;
import io.github.cutoverguard.engine.matrix.CompatibilityMatrix;
import io.github.cutoverguard.engine.matrix.MatrixCarriesBaseline;
import io.github.cutoverguard.engine.matrix.MatrixHasApprovedRow;
import io.github.cutoverguard.engine.schema.MatchesSchema;
import io.github.cutoverguard.engine.schema.SchemaCatalog;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The {@code check-pin} guardrail: reads each input once, runs every pin check without stopping
 * at the first breach, and returns one {@link GoalResult}.
 */
public final class CheckPin {

    /** The goal name used in reports. */
    public static final String GOAL = "check-pin";
    static final String PIN_SCHEMA = "integration-pin.v1";
    static final String MANIFEST_SCHEMA = "producer-contract-manifest.v1";

    private final Clock clock;

    public CheckPin(Clock clock) {
        this.clock = clock;
    }

    public GoalResult run(CheckPinRequest request) {
        JsonInputs inputs = new JsonInputs(request.files(), request.limits());
        List<InputFile> read = new ArrayList<>();
        List<CheckResult> checks = new ArrayList<>();

        JsonInputs.Loaded<JsonDocument> pinLoad = inputs.json(request.pinFile());
        checks.add(CheckResult.ran("pin.read", "read and parse the integration pin", pinLoad.breaches()));
        Optional<JsonDocument> pin = pinLoad.value();
        pin.ifPresent(p -> read.add(p.source().asInputFile()));

        if (pin.isPresent()) {
            JsonDocument p = pin.get();
            checks.add(CheckResult.ran("pin.schema", PIN_SCHEMA,
                    MatchesSchema.check(p, SchemaCatalog.bundled(PIN_SCHEMA), PIN_SCHEMA)));
            checks.add(CheckResult.ran("pin.format", "tag matches " + request.releaseTagPattern().pattern()
                    + ", SHA is full lowercase hex, one *_repo member", new PinFormats(request.releaseTagPattern()).check(p)));
            checks.add(CheckResult.ran("pin.baseline", "pin fields equal <baseline>",
                    new PinMatchesBaseline(request.baseline()).check(p)));
            if (request.mode() == Mode.REHEARSAL && request.targetServiceContract() != null) {
                checks.add(CheckResult.ran("pin.target-contract", "pin avoids " + request.targetServiceContract(),
                        new PinAvoidsTargetContract(request.targetServiceContract()).check(p)));
            } else {
                checks.add(CheckResult.skipped("pin.target-contract",
                        request.mode() == Mode.CUTOVER ? "cutover mode" : "no targetServiceContract configured"));
            }
        } else {
            for (String id : List.of("pin.schema", "pin.format", "pin.baseline", "pin.target-contract")) {
                checks.add(CheckResult.skipped(id, "the pin could not be read"));
            }
        }

        checkManifest(request, inputs, pin, read, checks);
        checkMatrix(request, inputs, read, checks);
        checkTag(request, pin, checks);

        return new GoalResult(GOAL, clock.instant(), request.mode(), request.baseline(),
                request.targetServiceContract(), read, checks);
    }

    private static void checkManifest(CheckPinRequest request, JsonInputs inputs, Optional<JsonDocument> pin,
                                      List<InputFile> read, List<CheckResult> checks) {
        List<String> ids = List.of("manifest.read", "manifest.hash", "manifest.schema", "manifest.alignment",
                "manifest.error-codes");
        if (request.producerManifestFile() == null) {
            ids.forEach(id -> checks.add(CheckResult.skipped(id, "no producerManifestFile configured")));
            return;
        }
        JsonInputs.Loaded<RawInput> raw = inputs.raw(request.producerManifestFile());
        JsonInputs.Loaded<JsonDocument> load = raw.value().isPresent()
                ? inputs.parse(raw.value().get()) : new JsonInputs.Loaded<>(Optional.empty(), raw.breaches());
        checks.add(CheckResult.ran("manifest.read", "read and parse the mirrored producer manifest", load.breaches()));
        raw.value().ifPresent(r -> read.add(r.asInputFile()));
        if (raw.value().isPresent() && pin.isPresent()) {
            checks.add(CheckResult.ran("manifest.hash", "sha256 equals the pinned expected_producer_manifest_sha256",
                    ManifestMatchesPinnedHash.check(pin.get(), raw.value().get())));
        } else {
            checks.add(CheckResult.skipped("manifest.hash", "pin or manifest could not be read"));
        }
        if (load.value().isEmpty()) {
            for (String id : ids.subList(2, ids.size())) {
                checks.add(CheckResult.skipped(id, "the manifest could not be read"));
            }
            return;
        }
        JsonDocument manifest = load.value().get();
        checks.add(CheckResult.ran("manifest.schema", MANIFEST_SCHEMA,
                MatchesSchema.check(manifest, SchemaCatalog.bundled(MANIFEST_SCHEMA), MANIFEST_SCHEMA)));
        if (pin.isPresent()) {
            checks.add(CheckResult.ran("manifest.alignment", "manifest tag, SHA and contract versions equal the pin's",
                    ManifestAlignsWithPin.check(pin.get(), manifest)));
        } else {
            checks.add(CheckResult.skipped("manifest.alignment", "the pin could not be read"));
        }
        checks.add(CheckResult.ran("manifest.error-codes", request.expectedErrorCodes().isEmpty()
                        ? "no duplicate error codes" : "error codes set-equal expectedErrorCodes",
                new ErrorCodesMatchExpected(request.expectedErrorCodes()).check(manifest)));
    }

    private static void checkMatrix(CheckPinRequest request, JsonInputs inputs, List<InputFile> read,
                                    List<CheckResult> checks) {
        if (request.compatibilityMatrixFile() == null) {
            checks.add(CheckResult.skipped("matrix.baseline", "no compatibilityMatrixFile configured"));
            checks.add(CheckResult.skipped("matrix.approved-row", "no compatibilityMatrixFile configured"));
            return;
        }
        JsonInputs.Loaded<RawInput> raw = inputs.raw(request.compatibilityMatrixFile());
        if (raw.value().isEmpty()) {
            checks.add(CheckResult.ran("matrix.baseline", "read the compatibility matrix", raw.breaches()));
            checks.add(CheckResult.skipped("matrix.approved-row", "the matrix could not be read"));
            return;
        }
        read.add(raw.value().get().asInputFile());
        CompatibilityMatrix matrix = CompatibilityMatrix.of(raw.value().get());
        checks.add(CheckResult.ran("matrix.baseline", "baseline tag/SHA lines and contract versions",
                new MatrixCarriesBaseline(request.baseline()).check(matrix)));
        checks.add(CheckResult.ran("matrix.approved-row", "a table row with the baseline tag and SHA side by side",
                new MatrixHasApprovedRow(request.baseline()).check(matrix)));
    }

    private static void checkTag(CheckPinRequest request, Optional<JsonDocument> pin, List<CheckResult> checks) {
        if (request.producerRepository() == null) {
            checks.add(CheckResult.skipped("git.tag-sha", "no producerRepository configured"));
            return;
        }
        Optional<String> tag = pin.flatMap(p -> p.text(PinFields.RELEASE_TAG));
        Optional<String> sha = pin.flatMap(p -> p.text(PinFields.COMMIT_SHA));
        if (tag.isEmpty() || sha.isEmpty()) {
            checks.add(CheckResult.skipped("git.tag-sha", "the pin has no readable release_tag and commit_sha"));
            return;
        }
        JsonDocument p = pin.get();
        List<Breach> breaches = new TagResolvesToPinnedSha(
                request.files().resolve(request.producerRepository()).toFile(),
                request.files().display(request.producerRepository()))
                .check(tag.get(), sha.get(), p.displayName(), p.locate(JsonDocument.pointerOf(PinFields.COMMIT_SHA)));
        checks.add(CheckResult.ran("git.tag-sha", "tag " + tag.get() + " resolves to the pinned SHA", breaches));
    }
}
