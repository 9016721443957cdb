package io.github.cutoverguard.engine.alignment;

import io.github.cutoverguard.engine.GoalResult;
import io.github.cutoverguard.engine.GoalRequest;
import io.github.cutoverguard.engine.Preload;
import io.github.cutoverguard.engine.schema.SchemaCatalog;
import io.github.cutoverguard.engine.RunContext;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What {@link CheckAlignment} compares. Paths are relative to {@code files}' project directory (or
 * absolute).
 *
 * @param context                    the project, mode, baseline, target, limits and clock of this run
 * @param openApiFile              the OpenAPI 3.0/3.1 description, YAML or JSON (required)
 * @param producerManifestFile     the producer manifest that describes the API in the working tree (released, or
 *                                 prepared: the next release's, without {@code commit_sha}), or {@code null} (the
 *                                 version and error-code checks are then skipped)
 * @param sourceOfTruthFile        the service-contract source of truth ({@code service-contract-source.v1}), or
 *                                 {@code null} (its check is skipped)
 * @param contractSchemasDirectory the contract JSON Schemas, or {@code null} for a {@code schemas}
 *                                 directory next to the manifest when there is one
 * @param errorEnvelopeSchemas     the error envelopes' component names ({@code ServiceErrorEnvelope}) or
 *                                 {@code #/components/schemas/...} references, or empty to find the one
 *                                 the error responses reference most often
 * @param apiEnvelopeRequires      dotted fields the envelope must require, or empty for the policy's
 * @param apiEnvelopeForbids       dotted fields the envelope must not define, or empty for the policy's
 * @param errorResponseOperations  {@code METHOD /path} or {@code /path} entries that must declare a 4xx and a 500
 * @param errorStatusesWithoutBody error status keys ({@code 404}, {@code 4XX}, {@code default}) whose responses may
 *                                 have no body
 */
public record CheckAlignmentRequest(
        RunContext context,
        Path openApiFile,
        Path producerManifestFile,
        Path sourceOfTruthFile,
        Path contractSchemasDirectory,
        List<String> errorEnvelopeSchemas,
        List<String> apiEnvelopeRequires,
        List<String> apiEnvelopeForbids,
        List<String> errorResponseOperations,
        List<String> errorStatusesWithoutBody) implements GoalRequest {

    /**
     * @throws IllegalArgumentException for an {@code errorResponseOperations} entry that is not
     *                                  {@code METHOD /path} or {@code /path}, an {@code errorStatusesWithoutBody}
     *                                  entry that is no error status, or a blank envelope field or schema name
     */
    public CheckAlignmentRequest {
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(openApiFile, "openApiFile");
        errorEnvelopeSchemas = fields(errorEnvelopeSchemas, "errorEnvelopeSchemas");
        apiEnvelopeRequires = fields(apiEnvelopeRequires, "apiEnvelopeRequires");
        apiEnvelopeForbids = fields(apiEnvelopeForbids, "apiEnvelopeForbids");
        errorResponseOperations = errorResponseOperations == null ? List.of() : List.copyOf(errorResponseOperations);
        errorResponseOperations.forEach(OperationSelector::parse);
        errorStatusesWithoutBody = fields(errorStatusesWithoutBody, "errorStatusesWithoutBody");
        for (String status : errorStatusesWithoutBody) {
            if (!EnvelopeLookup.StatusCodes.isErrorStatus(status)) {
                throw new IllegalArgumentException("errorStatusesWithoutBody lists \"" + status + "\", which is no error "
                        + "status: use 400-599, a range such as 4XX, or default");
            }
        }
    }

    /** The parsed {@code errorResponseOperations}. */
    public List<OperationSelector> operationSelectors() {
        return errorResponseOperations.stream().map(OperationSelector::parse).toList();
    }

    private static List<String> fields(List<String> names, String parameter) {
        if (names == null) {
            return List.of();
        }
        for (String name : names) {
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException(parameter + " holds an empty entry");
            }
        }
        return names.stream().map(String::trim).toList();
    }

    /** The producer manifest's schema and the source of truth's, each when its file is configured. */
    @Override
    public Preload preload() {
        return (producerManifestFile == null ? Preload.NONE : new Preload(List.of(SchemaCatalog.PRODUCER_MANIFEST), false))
                .and(sourceOfTruthFile == null ? Preload.NONE : new Preload(List.of(SchemaCatalog.SOURCE_OF_TRUTH), false));
    }

    @Override
    public String goal() {
        return CheckAlignment.GOAL;
    }

    @Override
    public GoalResult run() {
        return CheckAlignment.run(this);
    }
}
