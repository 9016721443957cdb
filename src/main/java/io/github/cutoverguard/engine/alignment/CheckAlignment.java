package io.github.cutoverguard.engine.alignment;

import io.github.cutoverguard.engine.Breach;
import io.github.cutoverguard.engine.CheckResult;
import io.github.cutoverguard.engine.GoalResult;
import io.github.cutoverguard.engine.GoalRun;
import io.github.cutoverguard.engine.RunContext;
import io.github.cutoverguard.engine.InputFile;
import io.github.cutoverguard.engine.json.InputLoader;
import io.github.cutoverguard.engine.input.ProjectFiles;
import io.github.cutoverguard.engine.json.JsonDocument;
import io.github.cutoverguard.engine.schema.MatchesSchema;
import io.github.cutoverguard.engine.schema.SchemaCatalog;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The {@code check-alignment} goal: the producer's OpenAPI description, contract manifest,
 * service-contract source of truth and contract schemas state the same service contract.
 *
 * <p>Each input is read once (the OpenAPI file as YAML or JSON, strictly, with a line:column for
 * every value); then six checks run, one per rule: {@link ServiceVersionMatchesManifest},
 * {@link EnvelopeCodesMatchManifest}, {@link EnvelopeFollowsPolicy}, {@link ErrorResponsesUseEnvelope},
 * {@link ContractSchemasHaveIds} and {@link SourceOfTruthMatchesManifest}; the manifest is also checked
 * against {@code producer-contract-manifest.v1} as {@code check-pin} checks it. A check whose inputs are
 * missing is skipped with the reason. Local {@code $ref}s are followed; none is ever fetched.
 *
 * <p>The error envelopes are {@code errorEnvelopeSchemas} or else the component schema the 4xx/5xx
 * responses reference most often ({@link EnvelopeLookup}); their one policy is {@link EnvelopePolicy#effective}.
 */
public final class CheckAlignment {

    /** The goal name used in reports. */
    public static final String GOAL = "check-alignment";

    private CheckAlignment() {
    }

    static GoalResult run(CheckAlignmentRequest request) {
        RunContext context = request.context();
        GoalRun run = new GoalRun(GOAL, context);
        ProjectFiles files = context.files();
        InputLoader inputs = new InputLoader(files, context.limits());

        InputLoader.Loaded<JsonDocument> apiLoad = OpenApiReader.read(inputs, request.openApiFile(), context.limits());
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
        run.ran("openapi.read", "read and parse " + files.display(request.openApiFile()), apiBreaches);

        Optional<JsonDocument> manifest = load(inputs, request.producerManifestFile(), "manifest.read",
                "read and parse the producer manifest", run);
        Optional<JsonDocument> truth = load(inputs, request.sourceOfTruthFile(), "source-of-truth.read",
                "read and parse the service-contract source of truth", run);
        run.add(manifest.isPresent() ? CheckResult.ran("manifest.schema", SchemaCatalog.PRODUCER_MANIFEST,
                        MatchesSchema.bundled(SchemaCatalog.PRODUCER_MANIFEST).check(manifest.get()))
                : CheckResult.skipped("manifest.schema", "the producer manifest could not be read"));

        String noApi = files.display(request.openApiFile()) + " could not be read as OpenAPI 3";
        String noManifest = request.producerManifestFile() == null ? "no producerManifestFile configured"
                : "the producer manifest could not be read";

        // ALIGN-SERVICE-VERSION
        if (api.isPresent() && manifest.isPresent()) {
            run.ran("alignment.service-version", "info.version equals the manifest's "
                    + "expected_service_contract_version", ServiceVersionMatchesManifest.check(api.get(), manifest.get()));
        } else {
            run.skipped("alignment.service-version", api.isEmpty() ? noApi : noManifest);
        }

        // the envelopes: configured or found; their policy
        EnvelopePolicy policy = EnvelopePolicy.effective(request.envelopeRequires(), request.envelopeForbids(), truth);
        Optional<EnvelopeLookup> lookup = api.map(a -> !request.errorEnvelopeSchemas().isEmpty()
                ? EnvelopeLookup.configured(a, request.errorEnvelopeSchemas())
                : EnvelopeLookup.discover(a, a.operations(new ArrayList<>())));
        List<EnvelopeSchema> envelopes = lookup.map(EnvelopeLookup::envelopes).orElse(List.of());
        String noEnvelope = "no error envelope schema was found (see alignment.envelope)";

        // ALIGN-ERROR-CODES
        String notApplicable = envelopes.isEmpty() || manifest.isEmpty() ? null
                : EnvelopeCodesMatchManifest.notApplicable(envelopes, manifest.get());
        if (api.isEmpty() || envelopes.isEmpty() || manifest.isEmpty()) {
            run.skipped("alignment.error-codes", api.isEmpty() ? noApi : envelopes.isEmpty() ? noEnvelope : noManifest);
        } else if (notApplicable != null) {
            run.skipped("alignment.error-codes", notApplicable);
        } else {
            run.ran("alignment.error-codes", "the error codes of " + lookup.get().names() + " set-equal the "
                            + "manifest's error_code_enum",
                    EnvelopeCodesMatchManifest.check(envelopes, api.get(), manifest.get()));
        }

        // ALIGN-ENVELOPE
        if (api.isEmpty()) {
            run.skipped("alignment.envelope", noApi);
        } else {
            List<Breach> breaches = new ArrayList<>();
            for (EnvelopeLookup.Missing missing : lookup.get().missing()) {
                breaches.add(EnvelopeFollowsPolicy.notFound(api.get(), missing));
            }
            for (EnvelopeSchema envelope : envelopes) {
                breaches.addAll(EnvelopeFollowsPolicy.check(envelope, api.get(), policy));
            }
            breaches.addAll(EnvelopeFollowsPolicy.checkResponses(api.get(), envelopes, policy));
            run.ran("alignment.envelope", envelopes.isEmpty() ? "find the error envelope schema"
                    : lookup.get().names() + " (" + lookup.get().how() + ") " + policy.describe(), breaches);
        }

        // ALIGN-ERROR-RESPONSES
        List<OperationSelector> selectors = request.operationSelectors();
        String declare = selectors.stream().map(OperationSelector::display).toList() + " declare a 4xx and a 500";
        String withoutBody = request.errorStatusesWithoutBody().isEmpty() ? ""
                : " (" + String.join(", ", request.errorStatusesWithoutBody()) + " may have no body)";
        if (api.isPresent() && envelopes.isEmpty() && selectors.isEmpty()) {
            run.skipped("alignment.error-responses", noEnvelope);
        } else if (api.isPresent()) {
            run.ran("alignment.error-responses", !envelopes.isEmpty()
                            ? "4xx/5xx/default responses use " + lookup.get().names() + withoutBody
                            + (selectors.isEmpty() ? "" : "; " + declare)
                            : declare + "; whether error responses use an envelope is not checked: " + noEnvelope,
                    new ErrorResponsesUseEnvelope(selectors, request.errorStatusesWithoutBody()).check(api.get(), envelopes));
        } else {
            run.skipped("alignment.error-responses", noApi);
        }

        // ALIGN-SCHEMA-ID
        run.add(schemaIds(request, inputs, run));

        // ALIGN-SOURCE-OF-TRUTH
        if (truth.isPresent()) {
            run.ran("alignment.source-of-truth", "versions, error codes and endpoints agree with "
                            + "the manifest and the OpenAPI description; envelope policy " + policy.describe(),
                    SourceOfTruthMatchesManifest.check(truth.get(), manifest, policy, api));
        } else {
            run.skipped("alignment.source-of-truth", request.sourceOfTruthFile() == null
                    ? "no sourceOfTruthFile configured" : "the source of truth could not be read");
        }
        return run.result();
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

    /** Reads every {@code *.json} file below the contract schemas directory and checks their {@code $id}s. */
    private static CheckResult schemaIds(CheckAlignmentRequest request, InputLoader inputs, GoalRun run) {
        String id = "alignment.schema-id";
        ProjectFiles files = inputs.files();
        Path directory = request.contractSchemasDirectory();
        if (directory == null) {
            Path beside = request.producerManifestFile() == null ? null
                    : files.resolve(request.producerManifestFile()).resolveSibling("schemas");
            if (beside == null || !Files.isDirectory(beside)) {
                return CheckResult.skipped(id, "no contractSchemasDirectory configured and no schemas directory next "
                        + "to the producer manifest");
            }
            directory = beside;
        }
        Path resolved = files.resolve(directory);
        if (!Files.isDirectory(resolved)) {
            return CheckResult.ran(id, "contract schemas in " + files.display(directory), List.of(
                    Breach.error(InputLoader.FILE_MISSING, "contract schemas directory " + files.display(directory)
                                    + (Files.exists(resolved) ? " is not a directory" : " does not exist"))
                            .file(files.display(directory))
                            .hint("point <contractSchemasDirectory> at the directory of the contract JSON Schemas")
                            .build()));
        }
        ContractSchemaFiles listed = ContractSchemaFiles.list(files, resolved);
        List<Path> schemaFiles = listed.files();
        List<Breach> breaches = new ArrayList<>(listed.problems());
        List<JsonDocument> schemas = new ArrayList<>();
        for (Path schemaFile : schemaFiles) {
            InputLoader.Loaded<JsonDocument> loaded = inputs.json(schemaFile);
            breaches.addAll(loaded.breaches());
            loaded.value().ifPresent(d -> {
                schemas.add(d);
                run.read(d.source().asInputFile());
            });
        }
        breaches.addAll(ContractSchemasHaveIds.check(schemas));
        return CheckResult.ran(id, schemaFiles.size() + " contract schemas in " + files.display(directory)
                + " have a unique non-empty $id and no empty keys", breaches);
    }
}
