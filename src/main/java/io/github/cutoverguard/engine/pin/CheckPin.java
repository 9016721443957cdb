package io.github.cutoverguard.engine.pin;

import io.github.cutoverguard.engine.Breach;
import io.github.cutoverguard.engine.Check;
import io.github.cutoverguard.engine.CheckIds;
import io.github.cutoverguard.engine.CheckStatus;
import io.github.cutoverguard.engine.Rule;
import io.github.cutoverguard.engine.Baseline;
import io.github.cutoverguard.engine.GoalResult;
import io.github.cutoverguard.engine.GoalRun;
import io.github.cutoverguard.engine.Mode;
import io.github.cutoverguard.engine.RunContext;
import io.github.cutoverguard.engine.input.InputReader;
import io.github.cutoverguard.engine.input.ProjectFiles;
import io.github.cutoverguard.engine.Location;
import io.github.cutoverguard.engine.git.ManifestAtTag;
import io.github.cutoverguard.engine.git.ProducerRepository;
import io.github.cutoverguard.engine.git.TagResolvesToPinnedSha;
import io.github.cutoverguard.engine.json.InputLoader;
import io.github.cutoverguard.engine.json.InputLoader.Loaded;
import io.github.cutoverguard.engine.input.RawInput;
import io.github.cutoverguard.engine.json.JsonDocument;
import io.github.cutoverguard.engine.matrix.CompatibilityMatrix;
import io.github.cutoverguard.engine.matrix.MatrixCarriesBaseline;
import io.github.cutoverguard.engine.matrix.MatrixHasApprovedRow;
import io.github.cutoverguard.engine.schema.ManifestIsReleased;
import io.github.cutoverguard.engine.schema.MatchesSchema;
import io.github.cutoverguard.engine.schema.SchemaCatalog;
import io.github.cutoverguard.engine.cutover.CutoverApprovalHolds;
import io.github.cutoverguard.engine.repin.RollbackReady;
import io.github.cutoverguard.engine.repin.RollbackRequest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The {@code check-pin} guardrail: reads each input once, runs every pin check without stopping
 * at the first breach, and returns one {@link GoalResult}.
 */
public final class CheckPin {

    /** The goal name used in reports. */
    public static final String GOAL = "check-pin";
    static final String PIN_SCHEMA = "integration-pin.v1";
    static final String MANIFEST_SCHEMA = "producer-contract-manifest.v1";
    /**
     * The rules {@code check-pin}'s checks raise, read from their classes: {@link Rule#raisedBy()} is tested against
     * it (the input rules, raised by every goal, are not listed).
     */
    public static final Set<Rule> RULES = Check.union(PinMatchesBaseline.RULES, Set.of(PinFormats.RULE,
            PinAvoidsTargetContract.RULE, ManifestMatchesPinnedHash.RULE, MirrorMatchesProducerManifest.RULE,
            ManifestAlignsWithPin.RULE, ErrorCodesMatchExpected.RULE, MatrixCarriesBaseline.RULE,
            MatrixHasApprovedRow.RULE, TagResolvesToPinnedSha.RULE, RollbackReady.RULE));
    private static final String PIN_SCHEMA_ID = "pin.schema";
    private static final String PIN_FORMAT = "pin.format";
    private static final String PIN_BASELINE = "pin.baseline";
    private static final String PIN_TARGET_CONTRACT = "pin.target-contract";
    private static final String MANIFEST_HASH = "manifest.hash";
    private static final String MANIFEST_ERROR_CODES = "manifest.error-codes";
    private static final String MATRIX_BASELINE = "matrix.baseline";
    private static final String MATRIX_APPROVED_ROW = "matrix.approved-row";
    private static final String TAG_SHA = CheckIds.GIT_TAG_SHA;
    private static final String MANIFEST_SOURCE = CheckIds.MANIFEST_SOURCE;

    private CheckPin() {
    }

    /** Runs every pin check of {@code request}: reads each input once, then checks, then reports one result. */
    static GoalResult run(CheckPinRequest request) {
        GoalRun run = new GoalRun(GOAL, request.context());
        Inputs inputs = read(request, run);
        // the producer's release is looked up first, reported last: from it the hash check tells whether the mirror
        // or the pinned hash changed
        GoalRun producer = new GoalRun(GOAL, request.context());
        Optional<ManifestMatchesPinnedHash.ProducerCopy> release = checkProducer(request, inputs.pin().value(),
                inputs.manifestBytes().value(), producer);
        Map<String, String> unusable = checkPin(request, inputs.pin(), run);
        checkManifest(request, inputs, release.orElse(null), unusable, run);
        checkMatrix(request, inputs.matrix(), run);
        producer.result().checks().forEach(run::add);
        rollbackReady(request, inputs.pin().value(), run);
        return run.result();
    }

    /**
     * What {@code check-pin} reads, each once: the pin, the mirrored manifest's bytes and their parse, the matrix; an
     * input that is not configured is {@code null}.
     */
    private record Inputs(Loaded<JsonDocument> pin, Loaded<RawInput> manifestBytes, Loaded<JsonDocument> manifest,
                          Loaded<RawInput> matrix) {
    }

    /** Reads every configured input, recording each one read. */
    private static Inputs read(CheckPinRequest request, GoalRun run) {
        InputLoader loader = run.inputs();
        Loaded<JsonDocument> pin = loader.json(request.pinFile());
        pin.value().ifPresent(p -> run.read(p.source().asInputFile()));
        Loaded<RawInput> manifestBytes = request.producerManifestFile() == null
                ? new Loaded<>(Optional.empty(), List.of()) : loader.raw(request.producerManifestFile());
        Loaded<JsonDocument> manifest = manifestBytes.value().isPresent()
                ? loader.parse(manifestBytes.value().get()) : new Loaded<>(Optional.empty(), manifestBytes.breaches());
        manifestBytes.value().ifPresent(r -> run.read(r.asInputFile()));
        Loaded<RawInput> matrix = request.compatibilityMatrixFile() == null ? null
                : loader.raw(request.compatibilityMatrixFile());
        if (matrix != null) {
            matrix.value().ifPresent(m -> run.read(m.asInputFile()));
        }
        return new Inputs(pin, manifestBytes, manifest, matrix);
    }

    /**
     * The pin checks; returns the pin members that cannot be compared, each with why (refused by the schema, or a
     * commit_sha that is no full SHA): one cause, one breach, and their comparisons are skipped checks.
     */
    private static Map<String, String> checkPin(CheckPinRequest request, Loaded<JsonDocument> pinLoad, GoalRun run) {
        RunContext context = request.context();
        run.ran(CheckIds.PIN_READ, "read and parse the integration pin", pinLoad.breaches());
        if (pinLoad.value().isEmpty()) {
            run.skipped(List.of(PIN_SCHEMA_ID, PIN_FORMAT, PIN_BASELINE, PIN_TARGET_CONTRACT), "the pin could not be read");
            return Map.of();
        }
        JsonDocument pin = pinLoad.value().get();
        List<Breach> refused = MatchesSchema.bundled(PIN_SCHEMA).check(pin);
        run.ran(PIN_SCHEMA_ID, PIN_SCHEMA, refused);
        run.ran(PIN_FORMAT, "tag matches " + request.releaseTagPattern().pattern()
                + ", SHA is full lowercase hex, one *_repo member", new PinFormats(request.releaseTagPattern()).check(pin));
        Map<String, String> unusable = unusable(pin, refused);
        compared(PIN_BASELINE, "pin fields equal <baseline>", new PinMatchesBaseline(context.baseline()).check(pin),
                field -> field, unusable, run);
        if (context.mode() == Mode.REHEARSAL && context.targetServiceContract() != null) {
            compared(PIN_TARGET_CONTRACT, "pin avoids " + context.targetServiceContract(),
                    new PinAvoidsTargetContract(context.targetServiceContract()).check(pin), field -> field, unusable, run);
        } else {
            run.skipped(PIN_TARGET_CONTRACT,
                    context.mode() == Mode.CUTOVER ? "cutover mode" : "no targetServiceContract configured");
        }
        return unusable;
    }

    /** The pin's top-level members the schema refused or whose SHA is no full SHA, each with why. */
    private static Map<String, String> unusable(JsonDocument pin, List<Breach> refused) {
        Map<String, String> unusable = new LinkedHashMap<>();
        refused.stream().flatMap(b -> MatchesSchema.refusedMembers(b).stream())
                .filter(p -> p.lastIndexOf('/') == 0)
                .forEach(p -> unusable.putIfAbsent(p.substring(1), "the pin's " + p.substring(1)
                        + " does not match its schema (" + MatchesSchema.RULE.id() + ")"));
        PinFormats.notFullSha(pin, PinFields.COMMIT_SHA).ifPresent(why -> unusable.putIfAbsent(PinFields.COMMIT_SHA, why));
        return unusable;
    }

    /**
     * Records a comparison with the pin: its breaches at an unusable pin member (the member {@code pinField} maps a
     * breach's own member to) are that member's cause again, left out; each such member is a skipped check
     * {@code <check>/<member>}, with why.
     */
    private static void compared(String id, String detail, List<Breach> breaches, UnaryOperator<String> pinField,
                                 Map<String, String> unusable, GoalRun run) {
        List<Breach> kept = new ArrayList<>();
        Map<String, String> skipped = new LinkedHashMap<>();
        for (Breach breach : breaches) {
            String member = breach.jsonPointer() == null || breach.jsonPointer().lastIndexOf('/') != 0 ? null
                    : pinField.apply(breach.jsonPointer().substring(1));
            if (member != null && unusable.containsKey(member)) {
                skipped.put(member, unusable.get(member));
            } else {
                kept.add(breach);
            }
        }
        // a member that compares equal is no cause, but it still could not be judged: listed too
        unusable.forEach((member, why) -> {
            if (comparedMembers(id).contains(member)) {
                skipped.putIfAbsent(member, why);
            }
        });
        run.ran(id, detail, kept);
        skipped.forEach((member, why) -> run.skipped(id + "/" + member, why));
    }

    /** The pin members a comparison reads. */
    private static Set<String> comparedMembers(String id) {
        return switch (id) {
            case PIN_TARGET_CONTRACT -> Set.of(PinFields.SERVICE_CONTRACT);
            default -> Set.copyOf(PinFields.MANIFEST_TO_PIN.values());
        };
    }

    /** The manifest checks, against the pin where it was read. */
    private static void checkManifest(CheckPinRequest request, Inputs inputs,
                                      ManifestMatchesPinnedHash.ProducerCopy release, Map<String, String> unusable,
                                      GoalRun run) {
        List<String> ids = List.of(CheckIds.MANIFEST_READ, MANIFEST_HASH, CheckIds.MANIFEST_SCHEMA,
                CheckIds.MANIFEST_ALIGNMENT, MANIFEST_ERROR_CODES);
        if (request.producerManifestFile() == null) {
            run.skipped(ids, "no producerManifestFile configured");
            return;
        }
        Optional<JsonDocument> pin = inputs.pin().value();
        Optional<RawInput> raw = inputs.manifestBytes().value();
        run.ran(CheckIds.MANIFEST_READ, "read and parse the mirrored producer manifest", inputs.manifest().breaches());
        if (raw.isPresent() && pin.isPresent()) {
            run.ran(MANIFEST_HASH, "sha256 equals the pinned expected_producer_manifest_sha256",
                    new ManifestMatchesPinnedHash(pin.get(), release).check(raw.get()));
        } else {
            run.skipped(MANIFEST_HASH, "pin or manifest could not be read");
        }
        if (inputs.manifest().value().isEmpty()) {
            run.skipped(ids.subList(2, ids.size()), "the manifest could not be read");
            return;
        }
        JsonDocument manifest = inputs.manifest().value().get();
        run.ran(CheckIds.MANIFEST_SCHEMA, MANIFEST_SCHEMA + ", released", mirrorIsReleased().withSchema(manifest));
        if (pin.isPresent()) {
            // one cause, one breach: the commit a prepared manifest lacks is its breach, its comparison a skipped check
            Map<String, String> uncompared = new LinkedHashMap<>(unusable);
            if (ManifestIsReleased.isPrepared(manifest)) {
                uncompared.putIfAbsent(PinFields.COMMIT_SHA,
                        ManifestIsReleased.skippedBecausePrepared(manifest.displayName()) + " to compare with the pin's");
            }
            compared(CheckIds.MANIFEST_ALIGNMENT, "manifest tag, SHA and contract versions equal the pin's",
                    new ManifestAlignsWithPin(pin.get()).check(manifest), PinFields.MANIFEST_TO_PIN::get, uncompared, run);
        } else {
            run.skipped(CheckIds.MANIFEST_ALIGNMENT, "the pin could not be read");
        }
        run.ran(MANIFEST_ERROR_CODES, request.expectedErrorCodes().isEmpty()
                        ? "no duplicate error codes" : "error codes set-equal expectedErrorCodes",
                new ErrorCodesMatchExpected(request.expectedErrorCodes()).check(manifest));
    }

    /** The mirror must be the pinned release's manifest, never the producer's prepared one. */
    private static ManifestIsReleased mirrorIsReleased() {
        return new ManifestIsReleased("check-pin needs the pinned release's manifest in the mirror (producerManifestFile)",
                "mirror the pinned release's manifest (mvn cutover:repin writes it from the producer's release tag); a "
                        + "prepared manifest is the producer's, for check-alignment's <preparedManifestFile>");
    }

    private static void checkMatrix(CheckPinRequest request, Loaded<RawInput> raw, GoalRun run) {
        if (raw == null) {
            run.skipped(List.of(MATRIX_BASELINE, MATRIX_APPROVED_ROW), "no compatibilityMatrixFile configured");
            return;
        }
        if (raw.value().isEmpty()) {
            run.ran(MATRIX_BASELINE, "read the compatibility matrix", raw.breaches());
            run.skipped(MATRIX_APPROVED_ROW, "the matrix could not be read");
            return;
        }
        CompatibilityMatrix matrix = CompatibilityMatrix.of(raw.value().get());
        Baseline baseline = request.context().baseline();
        run.ran(MATRIX_BASELINE, "baseline tag/SHA lines and contract versions",
                new MatrixCarriesBaseline(baseline).check(matrix));
        run.ran(MATRIX_APPROVED_ROW, "a table row with the baseline tag and SHA side by side",
                new MatrixHasApprovedRow(baseline).check(matrix));
    }

    /** With {@code producerRepository}: the release in the producer's history, and the mirror as at the tag. */
    private static Optional<ManifestMatchesPinnedHash.ProducerCopy> checkProducer(CheckPinRequest request,
            Optional<JsonDocument> pin, Optional<RawInput> mirror, GoalRun run) {
        if (request.producerRepository() == null) {
            run.skipped(List.of(TAG_SHA, MANIFEST_SOURCE), "no producerRepository configured");
            return Optional.empty();
        }
        Optional<String> tag = pin.flatMap(p -> p.text(PinFields.RELEASE_TAG));
        Optional<String> sha = pin.flatMap(p -> p.text(PinFields.COMMIT_SHA));
        if (tag.isEmpty() || sha.isEmpty()) {
            run.skipped(List.of(TAG_SHA, MANIFEST_SOURCE), "the pin has no readable release_tag and commit_sha");
            return Optional.empty();
        }
        JsonDocument p = pin.get();
        Optional<String> unusableSha = PinFormats.notFullSha(p, PinFields.COMMIT_SHA, PinFields.RELEASE_TAG_COMMIT);
        if (unusableSha.isPresent()) {
            run.skipped(List.of(TAG_SHA, MANIFEST_SOURCE), unusableSha.get());
            return Optional.empty();
        }
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
            List<Breach> release = new TagResolvesToPinnedSha(producer).check(new TagResolvesToPinnedSha.Pinned(tag.get(),
                    sha.get(), record, p.displayName(), shaAt));
            run.ran(TAG_SHA, detail, release);
            if (release.stream().noneMatch(Breach::fails)) {
                return manifestSource(request, producer, PinFields.pinned(p), mirror, run);
            }
            run.skipped(MANIFEST_SOURCE, "the pinned release does not hold in " + producer.name() + " (" + TAG_SHA + ")");
        } catch (ProducerRepository.Unusable e) {
            run.ran(TAG_SHA, detail, List.of(TagResolvesToPinnedSha.unusable(e, sha.get(), p.displayName(), shaAt)));
            run.skipped(MANIFEST_SOURCE, "the producer repository cannot be read");
        }
        return Optional.empty();
    }

    /** MANIFEST-SOURCE; the producer's manifest at the tag, when found. */
    private static Optional<ManifestMatchesPinnedHash.ProducerCopy> manifestSource(CheckPinRequest request,
            ProducerRepository producer, Baseline release, Optional<RawInput> mirror, GoalRun run) {
        String tag = release.releaseTag();
        if (request.producerManifestFile() == null) {
            run.skipped(MANIFEST_SOURCE, "no producerManifestFile configured");
            return Optional.empty();
        }
        if (mirror.isEmpty()) {
            run.skipped(MANIFEST_SOURCE, "the mirrored manifest could not be read");
            return Optional.empty();
        }
        try {
            Optional<String> commit = producer.tagCommit(tag);
            if (commit.isEmpty()) {
                run.skipped(MANIFEST_SOURCE, "tag " + tag + " does not exist in " + producer.name());
                return Optional.empty();
            }
            ManifestAtTag.Lookup found = ManifestAtTag.find(producer, release, commit.get(),
                    request.producerManifestPath(), request.context().limits());
            if (found instanceof ManifestAtTag.NotFound missing) {
                run.ran(MANIFEST_SOURCE, "the producer's manifest at " + tag, List.of(missing.breach()));
            } else if (found instanceof ManifestAtTag.Found atTag) {
                String source = producer.name() + ":" + atTag.path() + " at " + tag;
                List<Breach> prepared = ManifestAtTag.notARelease(atTag, producer.name(), tag,
                        request.context().limits());
                if (!prepared.isEmpty()) {
                    run.ran(MANIFEST_SOURCE, "the producer's manifest at " + tag + " is a released one", prepared);
                    return Optional.empty();
                }
                run.ran(MANIFEST_SOURCE, "byte-identical to " + source,
                        new MirrorMatchesProducerManifest(atTag, producer.name(), tag).check(mirror.get()));
                return Optional.of(new ManifestMatchesPinnedHash.ProducerCopy(source,
                        InputReader.sha256Hex(atTag.bytes())));
            }
        } catch (ProducerRepository.Unusable e) {
            run.skipped(MANIFEST_SOURCE, e.getMessage());
        }
        return Optional.empty();
    }

    /**
     * With {@code producerRepository}, in a rehearsal (a target contract) or in cutover mode: a rollback to the release to
     * return to would work (the pinned release; in cutover mode the approval's {@code previous_baseline}).
     */
    private static void rollbackReady(CheckPinRequest request, Optional<JsonDocument> pin, GoalRun run) {
        RunContext context = request.context();
        if (request.producerRepository() == null) {
            run.skipped(RollbackReady.ID, "no producerRepository configured");
            return;
        }
        if (context.mode() == Mode.REHEARSAL && context.targetServiceContract() == null) {
            run.skipped(RollbackReady.ID, "no rehearsal (no targetServiceContract configured) and no cutover: no "
                    + "release to return to");
            return;
        }
        if (pin.isEmpty()) {
            run.skipped(RollbackReady.ID, "the pin could not be read");
            return;
        }
        Optional<String> unusableSha = PinFormats.notFullSha(pin.get(), PinFields.COMMIT_SHA, PinFields.RELEASE_TAG_COMMIT);
        if (unusableSha.isPresent()) {
            run.skipped(RollbackReady.ID, unusableSha.get()); // one cause, one breach: PIN-FORMAT's
            return;
        }
        // one cause, one breach: a producer clone that does not hold the pinned release (or its manifest where
        // producerManifestPath says) is GIT-TAG-SHA's (MANIFEST-SOURCE's); readiness is checked once it does
        List<String> failed = run.result().checks().stream().filter(c -> c.status() == CheckStatus.FAIL)
                .map(c -> c.id()).filter(id -> id.equals(TAG_SHA) || id.equals(MANIFEST_SOURCE)).toList();
        if (!failed.isEmpty()) {
            run.skipped(RollbackReady.ID, "the producer clone does not hold the pinned release as check-pin reads it ("
                    + String.join(", ", failed) + ")");
            return;
        }
        RollbackReady.ReturnTo returnTo;
        if (context.mode() == Mode.CUTOVER) {
            if (request.cutoverApprovalFile() == null) {
                run.skipped(RollbackReady.ID, "cutover mode without cutoverApprovalFile: no previous_baseline to return to");
                return;
            }
            Loaded<JsonDocument> approval = run.inputs().json(request.cutoverApprovalFile());
            Optional<JsonDocument> holds = approval.value().filter(a -> MatchesSchema.bundled(CutoverApprovalHolds.SCHEMA)
                    .check(a).isEmpty());
            String tag = holds.map(a -> a.root().at("/previous_baseline/release_tag").asString(null)).orElse(null);
            String sha = holds.map(a -> a.root().at("/previous_baseline/commit_sha").asString(null)).orElse(null);
            if (tag == null || sha == null) {
                run.skipped(RollbackReady.ID, "the approval record does not hold its schema or names no "
                        + "previous_baseline (CUTOVER-APPROVAL): no release to return to");
                return;
            }
            if (!producerHas(request, sha)) {
                // a release the producer never had is the approval's fault (CUTOVER-APPROVAL), not a rollback that
                // stopped being possible: one cause, one breach
                run.skipped(RollbackReady.ID, "the approval's previous_baseline names commit " + sha + ", which the "
                        + "producer never had (CUTOVER-APPROVAL): no release to return to");
                return;
            }
            run.read(holds.get().source().asInputFile());
            returnTo = new RollbackReady.ReturnTo(pin.get(), new Baseline(tag, sha, null, null, null),
                    "the approval's previous_baseline", holds.get().displayName(),
                    holds.get().locate("/previous_baseline/release_tag"));
        } else {
            returnTo = RollbackReady.ReturnTo.pinned(pin.get(), PinFields.pinned(pin.get()));
            if (returnTo.release().releaseTag() == null || returnTo.release().commitSha() == null) {
                run.skipped(RollbackReady.ID, "the pin has no readable release_tag and commit_sha");
                return;
            }
        }
        RollbackRequest.ReleaseFilesRequest paths = new RollbackRequest.ReleaseFilesRequest(request.pinFile(),
                request.producerManifestFile(), request.compatibilityMatrixFile(), request.producerRepository(),
                request.producerManifestPath());
        run.ran(RollbackReady.ID, "a rollback to " + returnTo.release().releaseTag() + " (" + returnTo.whence()
                        + ") would succeed: its tag "
                        + "holds its commit in " + context.files().display(request.producerRepository())
                        + ", its manifest is readable there, and the dry run computes the pin, mirror and matrix",
                new RollbackReady(context, paths).check(returnTo));
    }

    /** Whether the producer clone has {@code sha} (a clone that cannot be read has nothing). */
    private static boolean producerHas(CheckPinRequest request, String sha) {
        ProjectFiles files = request.context().files();
        try (ProducerRepository producer = ProducerRepository.open(files.resolve(request.producerRepository()).toFile(),
                files.display(request.producerRepository()))) {
            return producer.hasCommit(sha);
        } catch (ProducerRepository.Unusable e) {
            return false;
        }
    }
}
