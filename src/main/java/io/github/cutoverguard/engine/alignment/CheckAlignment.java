package io.github.cutoverguard.engine.alignment;

import io.github.cutoverguard.engine.Breach;
import io.github.cutoverguard.engine.CheckIds;
import io.github.cutoverguard.engine.CheckResult;
import io.github.cutoverguard.engine.Rule;
import io.github.cutoverguard.engine.GoalResult;
import io.github.cutoverguard.engine.GoalRun;
import io.github.cutoverguard.engine.RunContext;
import io.github.cutoverguard.engine.InputFile;
import io.github.cutoverguard.engine.json.InputLoader;
import io.github.cutoverguard.engine.input.ProjectFiles;
import io.github.cutoverguard.engine.json.JsonDocument;
import io.github.cutoverguard.engine.schema.ManifestIsReleased;
import io.github.cutoverguard.engine.schema.MatchesSchema;
import io.github.cutoverguard.engine.schema.SchemaCatalog;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The {@code check-alignment} goal: the producer's OpenAPI description, contract manifest,
 * service-contract source of truth and contract schemas state the same service contract.
 *
 * <p>Each input is read once (the OpenAPI file as YAML or JSON, strictly, with a line:column for
 * every value); then six checks run, one per rule: {@link ServiceVersionMatchesManifest},
 * {@link EnvelopeCodesMatchManifest}, {@link EnvelopeFollowsPolicy}, {@link ErrorResponsesUseEnvelope},
 * {@link ContractSchemasHaveIds} and {@link SourceOfTruthMatchesManifest}; the manifest is also checked
 * against {@code producer-contract-manifest.v1} as {@code check-pin} checks it, and the source of truth against
 * {@code service-contract-source.v1} before anything uses it. A check whose inputs are missing (or fail their schema)
 * is skipped with the reason. Local {@code $ref}s are followed; none is ever fetched.
 *
 * <p>The error envelopes are {@code errorEnvelopeSchemas} or else the component schema the 4xx/5xx
 * responses reference most often ({@link EnvelopeLookup}); their one policy is {@link EnvelopePolicy#effective}.
 */
public final class CheckAlignment {

    /** The goal name used in reports. */
    public static final String GOAL = "check-alignment";
    /** The rules {@code check-alignment}'s checks raise (the input rules, raised by every goal, are not listed). */
    public static final Set<Rule> RULES = Set.of(ServiceVersionMatchesManifest.RULE, EnvelopeCodesMatchManifest.RULE,
            EnvelopeFollowsPolicy.RULE, ErrorResponsesUseEnvelope.RULE, ContractSchemasHaveIds.RULE,
            SourceOfTruthMatchesManifest.RULE);
    private static final String OPENAPI_READ = "openapi.read";
    private static final String SOURCE_OF_TRUTH_READ = "source-of-truth.read";
    private static final String SOURCE_OF_TRUTH_SCHEMA = "source-of-truth.schema";
    private static final String SERVICE_VERSION = "alignment.service-version";
    private static final String ERROR_CODES = "alignment.error-codes";
    private static final String ENVELOPE = "alignment.envelope";
    private static final String ERROR_RESPONSES = "alignment.error-responses";
    private static final String SCHEMA_ID = "alignment.schema-id";
    private static final String SOURCE_OF_TRUTH = "alignment.source-of-truth";

    private CheckAlignment() {
    }

    /** Reads each input once, then runs the six alignment checks in rule order, then reports one result. */
    static GoalResult run(CheckAlignmentRequest request) {
        GoalRun run = new GoalRun(GOAL, request.context());
        Inputs in = read(request, run);
        serviceVersion(in, run);
        errorCodes(in, run);
        envelope(in, run);
        errorResponses(request, in, run);
        schemaIds(in.schemas(), run);
        sourceOfTruth(request, in, run);
        return run.result();
    }

    /**
     * What {@code check-alignment} judges, read once: the OpenAPI description (empty unless OpenAPI 3), the manifest, the
     * source of truth, the envelopes found (or configured) and their one policy, the contract schemas, and why a check
     * cannot run.
     */
    private record Inputs(Optional<OpenApiDocument> api, Optional<JsonDocument> manifest, SourceOfTruth truth,
                          Optional<EnvelopeLookup> lookup, List<EnvelopeSchema> envelopes, EnvelopePolicy policy,
                          ContractSchemas schemas, String noApi, String noManifest) {
    }

    /**
     * The source of truth as the checks may use it: the document when it was read and matches
     * {@code service-contract-source.v1}, else empty with why it cannot be used ({@code null} when none is configured).
     * One cause, one breach: a source of truth its schema refused is that breach alone, and what it would have fed is
     * skipped.
     */
    private record SourceOfTruth(Optional<JsonDocument> document, String unusable) {
    }

    private static final String NO_ENVELOPE = "no error envelope schema was found (see alignment.envelope)";

    /**
     * Reads the OpenAPI description, the manifest (and checks its schema), the source of truth and the contract schemas;
     * finds the envelopes.
     */
    private static Inputs read(CheckAlignmentRequest request, GoalRun run) {
        ProjectFiles files = request.context().files();
        InputLoader inputs = run.inputs();
        InputLoader.Loaded<JsonDocument> apiLoad = OpenApiReader.read(inputs, request.openApiFile(),
                request.context().limits());
        List<Breach> apiBreaches = new ArrayList<>(apiLoad.breaches());
        Optional<OpenApiDocument> api = apiLoad.value().map(OpenApiDocument::new);
        api.ifPresent(a -> run.read(a.document().source().asInputFile()));
        if (api.isPresent() && !isOpenApi3(api.get())) {
            String version = api.get().openApiVersion();
            apiBreaches.add(api.get().document().breachAt(MatchesSchema.RULE, "/openapi",
                            files.display(request.openApiFile()) + " is no OpenAPI 3.x description: openapi is "
                                    + (version == null ? "missing" : "\"" + version + "\""))
                    .expected("3.0.x or 3.1.x").actual(version)
                    .hint("point openApiFile at the OpenAPI 3.0/3.1 description (openapi: 3.1.0)").build());
            api = Optional.empty();
        }
        run.ran(OPENAPI_READ, "read and parse " + files.display(request.openApiFile()), apiBreaches);

        Optional<JsonDocument> manifest = load(inputs, request.producerManifestFile(), CheckIds.MANIFEST_READ,
                "read and parse the producer manifest", run);
        Optional<JsonDocument> truth = load(inputs, request.sourceOfTruthFile(), SOURCE_OF_TRUTH_READ,
                "read and parse the service-contract source of truth", run);
        // a prepared manifest (the next release's, no commit_sha yet) is accepted: it describes the working tree's API
        run.add(manifest.isPresent() ? CheckResult.ran(CheckIds.MANIFEST_SCHEMA, SchemaCatalog.PRODUCER_MANIFEST
                        + (ManifestIsReleased.isPrepared(manifest.get()) ? ", prepared" : ", released"),
                        MatchesSchema.bundled(SchemaCatalog.PRODUCER_MANIFEST).check(manifest.get()))
                : CheckResult.skipped(CheckIds.MANIFEST_SCHEMA, "the producer manifest could not be read"));

        SourceOfTruth sourceOfTruth = checkSchema(request, truth, run);
        EnvelopePolicy policy = EnvelopePolicy.effective(request.apiEnvelopeRequires(), request.apiEnvelopeForbids(),
                sourceOfTruth.document());
        Optional<EnvelopeLookup> lookup = api.map(a -> !request.errorEnvelopeSchemas().isEmpty()
                ? EnvelopeLookup.configured(a, request.errorEnvelopeSchemas())
                : EnvelopeLookup.discover(a, a.operations(new ArrayList<>())));
        return new Inputs(api, manifest, sourceOfTruth, lookup, lookup.map(EnvelopeLookup::envelopes).orElse(List.of()), policy,
                readSchemas(request, run), files.display(request.openApiFile()) + " could not be read as OpenAPI 3",
                request.producerManifestFile() == null ? "no producerManifestFile configured"
                        : "the producer manifest could not be read");
    }

    /** The source of truth against its bundled schema: usable only when it matches, else why not. */
    private static SourceOfTruth checkSchema(CheckAlignmentRequest request, Optional<JsonDocument> truth, GoalRun run) {
        if (request.sourceOfTruthFile() == null) {
            return new SourceOfTruth(Optional.empty(), null);
        }
        if (truth.isEmpty()) {
            String why = "the source of truth could not be read";
            run.skipped(SOURCE_OF_TRUTH_SCHEMA, why);
            return new SourceOfTruth(Optional.empty(), why);
        }
        List<Breach> refused = MatchesSchema.bundled(SchemaCatalog.SOURCE_OF_TRUTH).check(truth.get());
        run.ran(SOURCE_OF_TRUTH_SCHEMA, SchemaCatalog.SOURCE_OF_TRUTH, refused);
        return refused.isEmpty() ? new SourceOfTruth(truth, null) : new SourceOfTruth(Optional.empty(),
                truth.get().displayName() + " does not match " + SchemaCatalog.SOURCE_OF_TRUTH + " ("
                        + MatchesSchema.RULE.id() + ")");
    }

    /** ALIGN-SERVICE-VERSION. */
    private static void serviceVersion(Inputs in, GoalRun run) {
        if (in.api().isPresent() && in.manifest().isPresent()) {
            run.ran(SERVICE_VERSION, "info.version equals the manifest's expected_service_contract_version",
                    new ServiceVersionMatchesManifest(in.manifest().get()).check(in.api().get()));
        } else {
            run.skipped(SERVICE_VERSION, in.api().isEmpty() ? in.noApi() : in.noManifest());
        }
    }

    /** ALIGN-ERROR-CODES. */
    private static void errorCodes(Inputs in, GoalRun run) {
        if (in.api().isEmpty() || in.envelopes().isEmpty() || in.manifest().isEmpty()) {
            run.skipped(ERROR_CODES, in.api().isEmpty() ? in.noApi() : in.envelopes().isEmpty() ? NO_ENVELOPE
                    : in.noManifest());
            return;
        }
        String notApplicable = EnvelopeCodesMatchManifest.notApplicable(in.envelopes(), in.manifest().get());
        if (notApplicable != null) {
            run.skipped(ERROR_CODES, notApplicable);
        } else {
            run.ran(ERROR_CODES, "the error codes of " + in.lookup().get().names() + " set-equal the "
                            + "manifest's error_code_enum",
                    new EnvelopeCodesMatchManifest(in.api().get(), in.manifest().get()).check(in.envelopes()));
        }
    }

    /** ALIGN-ENVELOPE. */
    private static void envelope(Inputs in, GoalRun run) {
        if (in.api().isEmpty()) {
            run.skipped(ENVELOPE, in.noApi());
            return;
        }
        EnvelopeLookup lookup = in.lookup().get();
        if (in.truth().unusable() != null && !in.envelopes().isEmpty() && defaulted(in.policy())) {
            run.skipped(ENVELOPE, "the envelope policy comes from the source of truth (<apiEnvelopeRequires> and "
                    + "<apiEnvelopeForbids> do not both set it), and " + in.truth().unusable());
            return;
        }
        run.ran(ENVELOPE, in.envelopes().isEmpty() ? "find the error envelope schema"
                : lookup.names() + " (" + lookup.how() + ") " + in.policy().describe(),
                new EnvelopeFollowsPolicy(in.api().get(), in.policy()).check(lookup));
    }

    /** ALIGN-ERROR-RESPONSES. */
    private static void errorResponses(CheckAlignmentRequest request, Inputs in, GoalRun run) {
        List<OperationSelector> selectors = request.operationSelectors();
        String declare = selectors.stream().map(OperationSelector::display).toList() + " declare a 4xx and a 500";
        String withoutBody = request.errorStatusesWithoutBody().isEmpty() ? ""
                : " (" + String.join(", ", request.errorStatusesWithoutBody()) + " may have no body)";
        if (in.api().isEmpty()) {
            run.skipped(ERROR_RESPONSES, in.noApi());
        } else if (in.envelopes().isEmpty() && selectors.isEmpty()) {
            run.skipped(ERROR_RESPONSES, NO_ENVELOPE);
        } else {
            run.ran(ERROR_RESPONSES, !in.envelopes().isEmpty()
                            ? "4xx/5xx/default responses use " + in.lookup().get().names() + withoutBody
                            + (selectors.isEmpty() ? "" : "; " + declare)
                            : declare + "; whether error responses use an envelope is not checked: " + NO_ENVELOPE,
                    new ErrorResponsesUseEnvelope(selectors, request.errorStatusesWithoutBody(), in.envelopes())
                            .check(in.api().get()));
        }
    }

    /** ALIGN-SOURCE-OF-TRUTH. */
    private static void sourceOfTruth(CheckAlignmentRequest request, Inputs in, GoalRun run) {
        if (in.truth().document().isPresent()) {
            run.ran(SOURCE_OF_TRUTH, "versions, error codes and endpoints agree with "
                            + "the manifest and the OpenAPI description; envelope policy " + in.policy().describe(),
                    new SourceOfTruthMatchesManifest(in.manifest(), in.policy(), in.api()).check(in.truth().document().get()));
        } else {
            run.skipped(SOURCE_OF_TRUTH, request.sourceOfTruthFile() == null
                    ? "no sourceOfTruthFile configured" : in.truth().unusable());
        }
    }

    /** Whether a list of {@code policy} is the plugin's default: configured by nobody, stated by no usable file. */
    private static boolean defaulted(EnvelopePolicy policy) {
        return EnvelopePolicy.DEFAULT_SOURCE.equals(policy.requires().source())
                || EnvelopePolicy.DEFAULT_SOURCE.equals(policy.forbids().source());
    }

    private static boolean isOpenApi3(OpenApiDocument api) {
        String version = api.openApiVersion();
        return api.document().root().isObject() && version != null && version.startsWith("3.");
    }

    private static Optional<JsonDocument> load(InputLoader inputs, Path file, String checkId, String detail,
                                               GoalRun run) {
        if (file == null) {
            return Optional.empty();
        }
        InputLoader.Loaded<JsonDocument> loaded = inputs.json(file);
        run.ran(checkId, detail + " " + inputs.files().display(file), loaded.breaches());
        loaded.value().ifPresent(d -> run.read(d.source().asInputFile()));
        return loaded.value();
    }

    /**
     * The contract schemas as read: the result to report when they cannot be checked at all (no directory, or not a
     * directory), else what was read and the problems reading it.
     */
    private record ContractSchemas(CheckResult unavailable, String detail, List<Breach> problems,
                                   List<JsonDocument> schemas) {

        static ContractSchemas unavailable(CheckResult result) {
            return new ContractSchemas(result, null, List.of(), List.of());
        }
    }

    /** Reads every {@code *.json} file below the contract schemas directory. */
    private static ContractSchemas readSchemas(CheckAlignmentRequest request, GoalRun run) {
        InputLoader inputs = run.inputs();
        ProjectFiles files = inputs.files();
        Path directory = request.contractSchemasDirectory();
        if (directory == null) {
            Path beside = request.producerManifestFile() == null ? null
                    : files.resolve(request.producerManifestFile()).resolveSibling("schemas");
            if (beside == null || !Files.isDirectory(beside)) {
                return ContractSchemas.unavailable(CheckResult.skipped(SCHEMA_ID, "no contractSchemasDirectory "
                        + "configured and no schemas directory next to the producer manifest"));
            }
            directory = beside;
        }
        Path resolved = files.resolve(directory);
        if (!Files.isDirectory(resolved)) {
            return ContractSchemas.unavailable(CheckResult.ran(SCHEMA_ID, "contract schemas in " + files.display(directory),
                    List.of(Breach.error(InputLoader.FILE_MISSING, "contract schemas directory " + files.display(directory)
                                    + (Files.exists(resolved) ? " is not a directory" : " does not exist"))
                            .file(files.display(directory))
                            .hint("point <contractSchemasDirectory> at the directory of the contract JSON Schemas")
                            .build())));
        }
        ContractSchemaFiles listed = ContractSchemaFiles.list(files, resolved);
        List<Breach> problems = new ArrayList<>(listed.problems());
        List<JsonDocument> schemas = new ArrayList<>();
        for (Path schemaFile : listed.files()) {
            InputLoader.Loaded<JsonDocument> loaded = inputs.json(schemaFile);
            problems.addAll(loaded.breaches());
            loaded.value().ifPresent(d -> {
                schemas.add(d);
                run.read(d.source().asInputFile());
            });
        }
        return new ContractSchemas(null, listed.files().size() + " contract schemas in " + files.display(directory)
                + " have a unique non-empty $id and no empty keys", problems, schemas);
    }

    /** ALIGN-SCHEMA-ID, after the problems reading the schemas. */
    private static void schemaIds(ContractSchemas read, GoalRun run) {
        if (read.unavailable() != null) {
            run.add(read.unavailable());
            return;
        }
        List<Breach> breaches = new ArrayList<>(read.problems());
        breaches.addAll(new ContractSchemasHaveIds().check(read.schemas()));
        run.ran(SCHEMA_ID, read.detail(), breaches);
    }
}
