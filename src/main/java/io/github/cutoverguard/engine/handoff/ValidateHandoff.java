package io.github.cutoverguard.engine.handoff;

import com.networknt.schema.Schema;
import io.github.cutoverguard.engine.CheckIds;
import io.github.cutoverguard.engine.Check;
import io.github.cutoverguard.engine.Rule;
import io.github.cutoverguard.engine.Baseline;
import io.github.cutoverguard.engine.Breach;
import io.github.cutoverguard.engine.Mode;
import io.github.cutoverguard.engine.CheckResult;
import io.github.cutoverguard.engine.GoalResult;
import io.github.cutoverguard.engine.GoalRun;
import io.github.cutoverguard.engine.RunContext;
import io.github.cutoverguard.engine.InputFile;
import io.github.cutoverguard.engine.git.LastChange;
import io.github.cutoverguard.engine.input.ProjectFiles;
import io.github.cutoverguard.engine.json.InputLoader;
import io.github.cutoverguard.engine.json.JsonDocument;
import io.github.cutoverguard.engine.json.JsonNumbers;
import io.github.cutoverguard.engine.schema.ManifestIsReleased;
import io.github.cutoverguard.engine.schema.MatchesSchema;
import io.github.cutoverguard.engine.schema.SameCause;
import io.github.cutoverguard.engine.schema.SchemaCatalog;
import io.github.cutoverguard.engine.schema.SchemaProblem;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The {@code validate-handoff} goal: recognises the payload kind, validates it against its schema
 * and runs every semantic check, then names the payload's SHA-256 as the acceptance record.
 */
public final class ValidateHandoff {

    /** The goal name used in reports. */
    public static final String GOAL = "validate-handoff";
    /** The rules this goal's checks raise (the input rules, raised by every goal, are not listed). */
    public static final Set<Rule> RULES = Check.union(Set.of(HandoffMatchesBaseline.RULE, RehearsalAvoidsCutover.RULE,
            EnvelopePolicyIsConsistent.RULE, HandoffErrorCodesMatchManifest.RULE, OverlapWindowHolds.RULE,
            CommandListsComplete.RULE, HandoffIsFresh.RULE), Set.of(ReleaseMatchesManifest.RULE));
    /** The check that the committed candidate is what {@code generate-handoff} makes of the manifest ({@code checkStale}). */
    public static final String STALE = "handoff.stale";
    /** Why {@link #STALE} is skipped when {@code checkStale} is not set. */
    public static final String STALE_NOT_ASKED = "checkStale is false";
    private static final String SCHEMA = "handoff.schema";
    private static final String OVERLAP = "handoff.overlap";
    private static final String ERROR_CODES = "handoff.error-codes";
    private static final String CUTOVER_FLAG = "handoff.cutover-flag";
    private static final String BASELINE = "handoff.baseline";
    private static final String KIND = "handoff.kind";
    private static final String READ = "handoff.read";
    private static final String ENVELOPE_POLICY = "handoff.envelope-policy";
    private static final String COMMANDS = "handoff.commands";

    private ValidateHandoff() {
    }

    /**
     * @throws SchemaProblem when the configured {@code schemaFile} cannot be used (a configuration error)
     */
    static GoalResult run(ValidateHandoffRequest request) throws SchemaProblem {
        RunContext context = request.context();
        GoalRun run = new GoalRun(GOAL, context);
        InputLoader inputs = run.inputs();
        Schema userSchema = request.schemaFile() == null ? null : SchemaCatalog.local(
                context.files().resolve(request.schemaFile()), context.files().display(request.schemaFile()),
                context.limits());

        InputLoader.Loaded<JsonDocument> load = inputs.json(request.handoffFile());
        run.ran(READ, "read and parse the handoff payload", load.breaches());
        Optional<JsonDocument> manifest = Optional.empty();
        if (request.producerManifestFile() != null) {
            InputLoader.Loaded<JsonDocument> manifestLoad = inputs.json(request.producerManifestFile());
            run.ran(CheckIds.MANIFEST_READ, "read and parse the producer manifest", manifestLoad.breaches());
            manifest = manifestLoad.value();
            run.add(manifest.isPresent() ? CheckResult.ran(CheckIds.MANIFEST_SCHEMA, SchemaCatalog.PRODUCER_MANIFEST
                            + ", released", ManifestIsReleased.producerManifestOf(GOAL).withSchema(manifest.get()))
                    : CheckResult.skipped(CheckIds.MANIFEST_SCHEMA, "the manifest could not be read"));
        }
        if (load.value().isEmpty()) {
            manifest.ifPresent(m -> run.read(m.source().asInputFile()));
            return run.result();
        }
        JsonDocument document = load.value().get();
        run.read(document.source().asInputFile());
        manifest.ifPresent(m -> run.read(m.source().asInputFile()));
        return check(request, run, document, manifest, userSchema);
    }

    /**
     * Every check of {@code validate-handoff} on a payload {@code generate-handoff} is about to write: the same checks,
     * on the candidate in memory, so that the generator never writes a payload its validator rejects.
     */
    static GoalResult checkCandidate(ValidateHandoffRequest request, JsonDocument candidate, JsonDocument manifest) {
        return check(request, new GoalRun(GOAL, request.context()), candidate, Optional.of(manifest), null);
    }

    /** The payload checks, on a parsed payload and manifest, in report order; then the acceptance it decided. */
    private static GoalResult check(ValidateHandoffRequest request, GoalRun run, JsonDocument document,
                                    Optional<JsonDocument> manifest, Schema userSchema) {
        Optional<HandoffKind> kind = HandoffKind.of(document.root());
        if (kind.isEmpty()) {
            unknownKind(request, run, document, userSchema);
            return run.result();
        }
        HandoffPayload payload = new HandoffPayload(document, kind.get());
        String schemaName = userSchema == null ? kind.get().schema() : request.context().files().display(request.schemaFile());
        List<Breach> refused = new MatchesSchema(userSchema == null ? SchemaCatalog.bundled(kind.get().schema())
                : userSchema, schemaName).check(document);
        run.ran(SCHEMA, schemaName, refused);
        // a member the schema refused is its breach alone: what a later check could not read there is skipped
        SameCause schema = SameCause.ofSchema(refused);
        Stream.of(baselineCheck(request, payload, manifest), cutoverFlag(request, payload, manifest),
                envelopePolicy(request, payload), errorCodes(request, payload, manifest), overlap(request, payload, manifest),
                CheckResult.ran(COMMANDS, "required consumer and producer checks listed",
                        new CommandListsComplete(request.requiredChecks().requiredConsumerChecks(),
                                request.requiredChecks().requiredProducerChecks()).check(payload)),
                stale(request, payload, manifest)).map(schema::apply).flatMap(List::stream).forEach(run::add);
        return run.result(new GoalResult.Acceptance(document.displayName(),
                document.source().sha256(), kind.get().schema(), run.noneFailed(),
                payload.cutoverNotBefore().text().orElse(null)));
    }

    /** A payload of no known kind: that breach, and the user's schema if one is configured. */
    private static void unknownKind(ValidateHandoffRequest request, GoalRun run, JsonDocument document,
                                    Schema userSchema) {
        Breach unknown = document.breachAt(MatchesSchema.RULE, "", "the payload is no known handoff kind: expected "
                        + "payload_contract_version <contract slug>-rehearsal-handoff.v1 or handoff_mode stable / "
                        + "<contract slug>-candidate (the slug of orders-api.v12 is orders-api-v12)")
                .hint("check that handoffFile names a handoff payload").build();
        run.ran(KIND, "recognise the payload kind", List.of(unknown));
        if (userSchema != null) {
            String display = request.context().files().display(request.schemaFile());
            run.ran(SCHEMA, display, new MatchesSchema(userSchema, display).check(document));
        }
    }

    /** HANDOFF-CUTOVER-FLAG, for a rehearsal. */
    private static CheckResult cutoverFlag(ValidateHandoffRequest request, HandoffPayload payload,
                                           Optional<JsonDocument> manifest) {
        return payload.kind().isRehearsal()
                ? CheckResult.ran(CUTOVER_FLAG, "no runtime cutover; target differs from the active contract",
                        new RehearsalAvoidsCutover(request.context().targetServiceContract(),
                                targetApiContract(request, manifest), request.expected().candidateMode()).check(payload))
                : CheckResult.skipped(CUTOVER_FLAG, "a stable release handoff is no rehearsal");
    }

    /** HANDOFF-ENVELOPE-POLICY, for the configured target contract or else the payload's. */
    /**
     * HANDOFF-ENVELOPE-POLICY. A stable release handoff states its active contract's stable policy itself unless a stable
     * policy is configured: after a cutover that contract is the approved release's, and the default stable policy
     * describes the contract a rehearsal keeps (it requires {@code legacy_error}), not the one it moved to.
     */
    private static CheckResult envelopePolicy(ValidateHandoffRequest request, HandoffPayload payload) {
        String target = request.context().targetServiceContract() != null ? request.context().targetServiceContract()
                : payload.targetServiceContract().text().orElse(null);
        EnvelopePolicies envelopes = request.envelopes();
        boolean ownStable = payload.kind() == HandoffKind.RELEASE_STABLE && !envelopes.stableConfigured();
        List<String> stableRequires = ownStable ? List.of() : envelopes.stableEnvelopeRequires();
        List<String> stableForbids = ownStable ? List.of() : envelopes.stableEnvelopeForbids();
        return CheckResult.ran(ENVELOPE_POLICY, "requires/forbids disjoint; " + (ownStable
                        ? "the active stable policy as the stable release states it (no stable policy configured)"
                        : "the active stable policy requires " + stableRequires + " and forbids " + stableForbids)
                        + "; every " + target + " policy requires " + envelopes.targetEnvelopeRequires() + " and forbids "
                        + envelopes.targetEnvelopeForbids(),
                new EnvelopePolicyIsConsistent(envelopes.targetEnvelopeRequires(), envelopes.targetEnvelopeForbids(),
                        stableRequires, stableForbids, target).check(payload));
    }

    /** ERROR-CODES, against a readable manifest. */
    private static CheckResult errorCodes(ValidateHandoffRequest request, HandoffPayload payload,
                                          Optional<JsonDocument> manifest) {
        ErrorCodeComparison comparison = request.expected().errorCodeComparison();
        return manifest.isPresent()
                ? CheckResult.ran(ERROR_CODES, "error codes compared with the manifest's by <errorCodeComparison> "
                                + comparison.id() + "; each code listed once",
                        new HandoffErrorCodesMatchManifest(manifest.get(), comparison).check(payload))
                : CheckResult.skipped(ERROR_CODES, "no readable producerManifestFile");
    }

    /** HANDOFF-OVERLAP, for a rehearsal. */
    private static CheckResult overlap(ValidateHandoffRequest request, HandoffPayload payload,
                                       Optional<JsonDocument> manifest) {
        if (!payload.kind().isRehearsal()) {
            return CheckResult.skipped(OVERLAP, "a stable release handoff has no overlap window");
        }
        Integer minimum = minimumOverlap(request, manifest);
        String active = activeContract(request.context(), payload);
        return CheckResult.ran(OVERLAP, "overlap >= " + (minimum == null ? "(no minimum known)" : minimum)
                        + " days; fallback flags " + String.join(", ", HandoffPayload.requiredFlagNames(payload.kind(), active))
                        + " present, every fallback flag true",
                new OverlapWindowHolds(minimum, active).check(payload));
    }

    /** HANDOFF-STALE, with {@code checkStale}, for a rehearsal handoff and a readable manifest. */
    private static CheckResult stale(ValidateHandoffRequest request, HandoffPayload payload,
                                     Optional<JsonDocument> manifest) {
        if (payload.kind() != HandoffKind.REHEARSAL) {
            return CheckResult.skipped(STALE, "only rehearsal handoffs are generated");
        }
        if (request.staleCheck() == null) {
            return CheckResult.skipped(STALE, STALE_NOT_ASKED);
        }
        if (manifest.isEmpty()) {
            return CheckResult.skipped(STALE, "no readable producerManifestFile");
        }
        if (ManifestIsReleased.isPrepared(manifest.get())) {
            return CheckResult.skipped(STALE, ManifestIsReleased.skippedBecausePrepared(manifest.get().displayName())
                    + "; a candidate is generated from the released one");
        }
        ProjectFiles files = request.context().files();
        Optional<LastChange> source = LastChange.of(files.resolve(request.producerManifestFile()),
                files.resolve(request.handoffFile()));
        Instant configured = request.expected().generatedAt();
        return CheckResult.ran(STALE, HandoffIsFresh.describe(manifest.get(), configured, source),
                new HandoffIsFresh(manifest.get(), request.staleCheck(), configured, source).check(payload.document()));
    }

    /** HANDOFF-BASELINE: the active baseline equals {@code <baseline>}; a release's own fields equal the manifest's. */
    private static CheckResult baselineCheck(ValidateHandoffRequest request, HandoffPayload payload,
                                             Optional<JsonDocument> manifest) {
        Baseline baseline = request.context().baseline();
        if (request.context().mode() == Mode.CUTOVER && payload.kind() == HandoffKind.REHEARSAL) {
            return cutoverOfRehearsal(payload, baseline);
        }
        List<Breach> breaches = new ArrayList<>(new HandoffMatchesBaseline(baseline).check(payload));
        String detail = "active runtime baseline equals <baseline>";
        if (payload.kind() != HandoffKind.REHEARSAL) {
            Optional<JsonDocument> released = manifest.filter(m -> !ManifestIsReleased.isPrepared(m));
            detail += released.isPresent() ? "; release fields equal the manifest's"
                    : manifest.isPresent() ? "; release fields not compared: "
                    + ManifestIsReleased.skippedBecausePrepared(manifest.get().displayName())
                    : "; release fields not compared with a manifest (no readable producerManifestFile)";
            released.ifPresent(m -> breaches.addAll(new ReleaseMatchesManifest(m).check(payload)));
        }
        return CheckResult.ran(BASELINE, detail, breaches);
    }

    /**
     * In cutover mode {@code <baseline>} is the release being cut over to, and the rehearsal payload's active baseline
     * the one being left: the payload must have rehearsed {@code <baseline>}'s service contract.
     */
    private static CheckResult cutoverOfRehearsal(HandoffPayload payload, Baseline baseline) {
        HandoffPayload.Field target = payload.targetServiceContract();
        String rehearsed = target.text().orElse(null);
        String want = baseline.serviceContract();
        List<Breach> breaches = want == null || want.equals(rehearsed) ? List.of()
                : List.of(payload.document().breachAt(HandoffMatchesBaseline.RULE, target.pointer(), "the handoff rehearsed "
                                + (rehearsed == null ? "no target contract" : "\"" + rehearsed + "\"")
                                + ", <baseline> cuts over to \"" + want + "\"")
                        .expected(want).actual(rehearsed)
                        .hint("cut over only to the contract that was rehearsed, or validate the handoff of this one")
                        .build());
        return CheckResult.ran(BASELINE, "cutover mode: the rehearsed target contract is <baseline>'s "
                + (want == null ? "(no serviceContract in <baseline>)" : want), breaches);
    }

    /**
     * The API contract a rehearsal targets: {@code <targetApiContract>}, else {@code <baseline>}'s (the API contract
     * stays while the service contract moves), else the manifest's.
     */
    private static RehearsalAvoidsCutover.Configured targetApiContract(ValidateHandoffRequest request,
                                                                       Optional<JsonDocument> manifest) {
        String configured = request.expected().targetApiContract();
        if (configured != null && !configured.isBlank()) {
            return new RehearsalAvoidsCutover.Configured(configured, "<targetApiContract>");
        }
        String baseline = request.context().baseline().apiContract();
        if (baseline != null && !baseline.isBlank()) {
            return new RehearsalAvoidsCutover.Configured(baseline,
                    "<baseline>'s apiContract; set <targetApiContract> for another");
        }
        return manifest.flatMap(m -> m.text("expected_api_contract_version"))
                .map(api -> new RehearsalAvoidsCutover.Configured(api,
                        "the manifest's expected_api_contract_version; set <targetApiContract> for another"))
                .orElse(RehearsalAvoidsCutover.Configured.NONE);
    }

    /** The configured minimum overlap, else the manifest's minimum sprint days; {@code null} when neither is a number of days. */
    private static Integer minimumOverlap(ValidateHandoffRequest request, Optional<JsonDocument> manifest) {
        if (request.minimumOverlapDays() != null) {
            return request.minimumOverlapDays();
        }
        return manifest.flatMap(m -> m.at("/stability_window/minimum_sprint_days"))
                .flatMap(JsonNumbers::intValue).orElse(null);
    }

    /**
     * The contract the runtime stays on during the overlap, which names the required stability flag: {@code <baseline>}'s
     * service contract, except for a rehearsal handoff in cutover mode (there {@code <baseline>} is the release cut over
     * to, and the payload's active baseline the one left); the payload's when {@code <baseline>} names none.
     */
    private static String activeContract(RunContext context, HandoffPayload payload) {
        String fromPayload = payload.activeBaseline().get("serviceContract").text().orElse(null);
        boolean baselineIsTarget = context.mode() == Mode.CUTOVER && payload.kind() == HandoffKind.REHEARSAL;
        String configured = context.baseline().serviceContract();
        return baselineIsTarget || configured == null ? fromPayload : configured;
    }
}
