package io.github.cutoverguard.engine.pin;

import io.github.cutoverguard.engine.Breach;
import io.github.cutoverguard.engine.Baseline;
import io.github.cutoverguard.engine.GoalResult;
import io.github.cutoverguard.engine.GoalRun;
import io.github.cutoverguard.engine.Mode;
import io.github.cutoverguard.engine.RunContext;
import io.github.cutoverguard.engine.input.ProjectFiles;
import io.github.cutoverguard.engine.Location;
import io.github.cutoverguard.engine.git.ProducerRepository;
import io.github.cutoverguard.engine.git.TagResolvesToPinnedSha;
import io.github.cutoverguard.engine.json.InputLoader;
import io.github.cutoverguard.engine.input.RawInput;
import io.github.cutoverguard.engine.json.JsonDocument;
import io.github.cutoverguard.engine.matrix.CompatibilityMatrix;
import io.github.cutoverguard.engine.matrix.MatrixCarriesBaseline;
import io.github.cutoverguard.engine.matrix.MatrixHasApprovedRow;
import io.github.cutoverguard.engine.schema.MatchesSchema;
import io.github.cutoverguard.engine.schema.SchemaCatalog;

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
    static final String TAG_SHA = "git.tag-sha";
    static final String MANIFEST_SOURCE = "manifest.source";

    private CheckPin() {
    }

    /** Runs every pin check of {@code request}. */
    static GoalResult run(CheckPinRequest request) {
        RunContext context = request.context();
        InputLoader inputs = new InputLoader(context.files(), context.limits());
        GoalRun run = new GoalRun(GOAL, context);

        InputLoader.Loaded<JsonDocument> pinLoad = inputs.json(request.pinFile());
        run.ran("pin.read", "read and parse the integration pin", pinLoad.breaches());
        Optional<JsonDocument> pin = pinLoad.value();
        pin.ifPresent(p -> run.read(p.source().asInputFile()));

        if (pin.isPresent()) {
            JsonDocument p = pin.get();
            run.ran("pin.schema", PIN_SCHEMA, MatchesSchema.check(p, SchemaCatalog.bundled(PIN_SCHEMA), PIN_SCHEMA));
            run.ran("pin.format", "tag matches " + request.releaseTagPattern().pattern()
                    + ", SHA is full lowercase hex, one *_repo member", new PinFormats(request.releaseTagPattern()).check(p));
            run.ran("pin.baseline", "pin fields equal <baseline>", new PinMatchesBaseline(context.baseline()).check(p));
            if (context.mode() == Mode.REHEARSAL && context.targetServiceContract() != null) {
                run.ran("pin.target-contract", "pin avoids " + context.targetServiceContract(),
                        new PinAvoidsTargetContract(context.targetServiceContract()).check(p));
            } else {
                run.skipped("pin.target-contract",
                        context.mode() == Mode.CUTOVER ? "cutover mode" : "no targetServiceContract configured");
            }
        } else {
            run.skipped(List.of("pin.schema", "pin.format", "pin.baseline", "pin.target-contract"),
                    "the pin could not be read");
        }

        Optional<RawInput> mirror = checkManifest(request, inputs, pin, run);
        checkMatrix(request, inputs, run);
        checkProducer(request, pin, mirror, run);
        return run.result();
    }

    /** The manifest checks; returns the mirror's bytes when read. */
    private static Optional<RawInput> checkManifest(CheckPinRequest request, InputLoader inputs,
                                                    Optional<JsonDocument> pin, GoalRun run) {
        List<String> ids = List.of("manifest.read", "manifest.hash", "manifest.schema", "manifest.alignment",
                "manifest.error-codes");
        if (request.producerManifestFile() == null) {
            run.skipped(ids, "no producerManifestFile configured");
            return Optional.empty();
        }
        InputLoader.Loaded<RawInput> raw = inputs.raw(request.producerManifestFile());
        InputLoader.Loaded<JsonDocument> load = raw.value().isPresent()
                ? inputs.parse(raw.value().get()) : new InputLoader.Loaded<>(Optional.empty(), raw.breaches());
        run.ran("manifest.read", "read and parse the mirrored producer manifest", load.breaches());
        raw.value().ifPresent(r -> run.read(r.asInputFile()));
        if (raw.value().isPresent() && pin.isPresent()) {
            run.ran("manifest.hash", "sha256 equals the pinned expected_producer_manifest_sha256",
                    ManifestMatchesPinnedHash.check(pin.get(), raw.value().get()));
        } else {
            run.skipped("manifest.hash", "pin or manifest could not be read");
        }
        if (load.value().isEmpty()) {
            run.skipped(ids.subList(2, ids.size()), "the manifest could not be read");
            return raw.value();
        }
        JsonDocument manifest = load.value().get();
        run.ran("manifest.schema", MANIFEST_SCHEMA,
                MatchesSchema.check(manifest, SchemaCatalog.bundled(MANIFEST_SCHEMA), MANIFEST_SCHEMA));
        if (pin.isPresent()) {
            run.ran("manifest.alignment", "manifest tag, SHA and contract versions equal the pin's",
                    ManifestAlignsWithPin.check(pin.get(), manifest));
        } else {
            run.skipped("manifest.alignment", "the pin could not be read");
        }
        run.ran("manifest.error-codes", request.expectedErrorCodes().isEmpty()
                        ? "no duplicate error codes" : "error codes set-equal expectedErrorCodes",
                new ErrorCodesMatchExpected(request.expectedErrorCodes()).check(manifest));
        return raw.value();
    }

    private static void checkMatrix(CheckPinRequest request, InputLoader inputs, GoalRun run) {
        if (request.compatibilityMatrixFile() == null) {
            run.skipped(List.of("matrix.baseline", "matrix.approved-row"), "no compatibilityMatrixFile configured");
            return;
        }
        InputLoader.Loaded<RawInput> raw = inputs.raw(request.compatibilityMatrixFile());
        if (raw.value().isEmpty()) {
            run.ran("matrix.baseline", "read the compatibility matrix", raw.breaches());
            run.skipped("matrix.approved-row", "the matrix could not be read");
            return;
        }
        run.read(raw.value().get().asInputFile());
        CompatibilityMatrix matrix = CompatibilityMatrix.of(raw.value().get());
        Baseline baseline = request.context().baseline();
        run.ran("matrix.baseline", "baseline tag/SHA lines and contract versions",
                new MatrixCarriesBaseline(baseline).check(matrix));
        run.ran("matrix.approved-row", "a table row with the baseline tag and SHA side by side",
                new MatrixHasApprovedRow(baseline).check(matrix));
    }

    /** With {@code producerRepository}: the release in the producer's history, and the mirror as at the tag. */
    private static void checkProducer(CheckPinRequest request, Optional<JsonDocument> pin, Optional<RawInput> mirror,
                                      GoalRun run) {
        if (request.producerRepository() == null) {
            run.skipped(List.of(TAG_SHA, MANIFEST_SOURCE), "no producerRepository configured");
            return;
        }
        Optional<String> tag = pin.flatMap(p -> p.text(PinFields.RELEASE_TAG));
        Optional<String> sha = pin.flatMap(p -> p.text(PinFields.COMMIT_SHA));
        if (tag.isEmpty() || sha.isEmpty()) {
            run.skipped(List.of(TAG_SHA, MANIFEST_SOURCE), "the pin has no readable release_tag and commit_sha");
            return;
        }
        JsonDocument p = pin.get();
        ProjectFiles files = request.context().files();
        Location shaAt = p.locate(JsonDocument.pointerOf(PinFields.COMMIT_SHA));
        Optional<String> recorded = p.text(PinFields.RELEASE_TAG_COMMIT);
        TagResolvesToPinnedSha.Recorded record = new TagResolvesToPinnedSha.Recorded(PinFields.RELEASE_TAG_COMMIT,
                recorded.orElse(null), recorded.isPresent()
                ? p.locate(JsonDocument.pointerOf(PinFields.RELEASE_TAG_COMMIT)) : shaAt);
        String detail = "tag " + tag.get() + " resolves to the pinned SHA or a descendant of it"
                + (recorded.isPresent() ? ", the commit the pin records" : "");
        try (ProducerRepository producer = ProducerRepository.open(files.resolve(request.producerRepository()).toFile(),
                files.display(request.producerRepository()))) {
            List<Breach> release = TagResolvesToPinnedSha.check(producer, tag.get(), sha.get(), record, p.displayName(),
                    shaAt);
            run.ran(TAG_SHA, detail, release);
            if (release.stream().noneMatch(Breach::fails)) {
                manifestSource(request, producer, tag.get(), mirror, run);
            } else {
                run.skipped(MANIFEST_SOURCE, "the pinned release does not hold in " + producer.name() + " (" + TAG_SHA + ")");
            }
        } catch (ProducerRepository.Unusable e) {
            run.ran(TAG_SHA, detail, List.of(TagResolvesToPinnedSha.unusable(e, sha.get(), p.displayName(), shaAt)));
            run.skipped(MANIFEST_SOURCE, "the producer repository cannot be read");
        }
    }

    private static void manifestSource(CheckPinRequest request, ProducerRepository producer, String tag,
                                       Optional<RawInput> mirror, GoalRun run) {
        if (request.producerManifestFile() == null) {
            run.skipped(MANIFEST_SOURCE, "no producerManifestFile configured");
            return;
        }
        if (mirror.isEmpty()) {
            run.skipped(MANIFEST_SOURCE, "the mirrored manifest could not be read");
            return;
        }
        try {
            Optional<String> commit = producer.tagCommit(tag);
            if (commit.isEmpty()) {
                run.skipped(MANIFEST_SOURCE, "tag " + tag + " does not exist in " + producer.name());
                return;
            }
            MirrorMatchesProducerManifest.Lookup found = MirrorMatchesProducerManifest.find(producer, tag, commit.get(),
                    request.producerManifestPath());
            if (found instanceof MirrorMatchesProducerManifest.NotAtTag missing) {
                run.ran(MANIFEST_SOURCE, "the producer's manifest at " + tag, List.of(missing.breach()));
            } else if (found instanceof MirrorMatchesProducerManifest.AtTag atTag) {
                run.ran(MANIFEST_SOURCE, "byte-identical to " + producer.name() + ":" + atTag.path() + " at " + tag,
                        MirrorMatchesProducerManifest.check(mirror.get(), atTag, producer.name(), tag));
            }
        } catch (ProducerRepository.Unusable e) {
            run.skipped(MANIFEST_SOURCE, e.getMessage());
        }
    }
}
