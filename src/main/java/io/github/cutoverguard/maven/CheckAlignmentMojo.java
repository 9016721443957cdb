package io.github.cutoverguard.maven;

import io.github.cutoverguard.engine.Preload;
import io.github.cutoverguard.engine.alignment.CheckAlignment;
import io.github.cutoverguard.engine.alignment.CheckAlignmentRequest;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.util.List;

/**
 * Checks that the producer's OpenAPI description, contract manifest, service-contract source of
 * truth and contract schemas state the same service contract: {@code info.version}
 * ({@code ALIGN-SERVICE-VERSION}), the error-code enum of the error envelope
 * ({@code ALIGN-ERROR-CODES}; not applicable to an API whose manifest declares its codes free strings),
 * the required and forbidden fields of each error envelope ({@code ALIGN-ENVELOPE}),
 * the 4xx/5xx responses ({@code ALIGN-ERROR-RESPONSES}), the schemas' {@code $id}s
 * ({@code ALIGN-SCHEMA-ID}) and the source of truth ({@code ALIGN-SOURCE-OF-TRUTH}). The OpenAPI file
 * is read as strict YAML or JSON with line numbers; local {@code $ref}s are followed, remote ones
 * never fetched. The manifest is the one that describes the working tree's API: {@code preparedManifestFile} (the next
 * release's, while it is prepared), else {@code producerManifestFile}. {@code <baseline>} is optional for this goal
 * (it is only copied into the report).
 */
@Mojo(name = CheckAlignment.GOAL, defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class CheckAlignmentMojo extends AbstractProducerManifestMojo implements VerdictGoal {

    /**
     * The producer's OpenAPI 3.0/3.1 description, YAML ({@code .yaml}/{@code .yml}) or JSON
     * ({@code .json}; other names are recognised by content), e.g. {@code openapi.yaml}. Required.
     */
    @Parameter(property = "cutover.openApiFile")
    private File openApiFile;

    /**
     * The manifest that describes the API in the working tree (schema {@code producer-contract-manifest.v1}), e.g.
     * {@code contracts/next/producer-contract-manifest.json}: while the next release is prepared, its prepared manifest
     * (the coming {@code release_tag}, no {@code commit_sha} yet); its {@code expected_service_contract_version} and
     * {@code error_code_enum} are compared with the OpenAPI description. Only this goal reads it: the handoff goals keep
     * the released manifest of {@code producerManifestFile}, so one plugin-level configuration holds both. Default:
     * {@code producerManifestFile}.
     */
    @Parameter(property = "cutover.preparedManifestFile")
    private File preparedManifestFile;

    /**
     * The service-contract source of truth, e.g.
     * {@code contracts/integration/v1/service-contract-source-of-truth.json}: its versions, error codes,
     * endpoints and {@code non_2xx_envelope_policy} must agree with the manifest and the OpenAPI
     * description. It must match the bundled schema {@code service-contract-source.v1} ({@code JSON-SCHEMA}; until it
     * does, the checks it feeds are skipped). Optional; without it {@code ALIGN-SOURCE-OF-TRUTH} is skipped.
     */
    @Parameter(property = "cutover.sourceOfTruthFile")
    private File sourceOfTruthFile;

    /**
     * The directory of the contract JSON Schemas; every {@code *.json} file below it needs a unique,
     * non-empty {@code $id} and no empty keys. Default: the {@code schemas} directory next to the manifest this goal
     * reads ({@code preparedManifestFile}, else {@code producerManifestFile}), when there is one (else the check is
     * skipped).
     */
    @Parameter(property = "cutover.contractSchemasDirectory")
    private File contractSchemasDirectory;

    /**
     * The API's error envelopes: component schemas as names ({@code ServiceErrorEnvelope}) or references
     * ({@code #/components/schemas/basic-error}), e.g.
     * {@code <errorEnvelopeSchemas><schema>basic-error</schema><schema>validation-error</schema></errorEnvelopeSchemas>}.
     * Each is checked against the envelope policy; an error response may carry any of them. Default: the
     * one component schema the operations' 4xx/5xx responses reference most often.
     */
    @Parameter(property = "cutover.errorEnvelopeSchemas")
    private List<String> errorEnvelopeSchemas;

    /**
     * Dotted envelope fields the error envelope must require, e.g.
     * {@code <apiEnvelopeRequires><field>error.code</field></apiEnvelopeRequires>}. Default: the source of
     * truth's {@code non_2xx_envelope_policy.requires}, else {@code service_contract_version},
     * {@code error.code}, {@code error.message}.
     */
    @Parameter
    private List<String> apiEnvelopeRequires;

    /**
     * Dotted envelope fields the error envelope must neither define nor require (also through a
     * {@code $ref}), e.g. {@code <apiEnvelopeForbids><field>legacy_error</field></apiEnvelopeForbids>}. Default:
     * the source of truth's {@code non_2xx_envelope_policy.forbids}, else {@code legacy_error},
     * {@code api_contract_version}.
     */
    @Parameter
    private List<String> apiEnvelopeForbids;

    /**
     * Operations that must declare a 4xx and a 500 response, as {@code METHOD /path} or {@code /path}
     * (every operation of the path), e.g.
     * {@code <errorResponseOperations><operation>POST /v1/query/recall</operation></errorResponseOperations>}.
     * Default: none (every 4xx/5xx response that is declared must still use the envelope).
     */
    @Parameter
    private List<String> errorResponseOperations;

    /**
     * Error statuses whose responses may have no body (no {@code content}), as response keys: {@code 404},
     * a range such as {@code 4XX}, or {@code default}, e.g.
     * {@code <errorStatusesWithoutBody><status>404</status><status>409</status></errorStatusesWithoutBody>}.
     * Default: none (every 4xx/5xx response must carry an error envelope).
     */
    @Parameter(property = "cutover.errorStatusesWithoutBody")
    private List<String> errorStatusesWithoutBody;

    public CheckAlignmentMojo() {
        super(BuildOutcome.Conclusion.WAIVED, BaselineUse.OPTIONAL);
    }

    @Override
    protected void run(BuildOutcome outcome) throws MojoExecutionException, MojoFailureException {
        outcome.conclude(request().run());
    }

    /** Why {@code verdict} does not run this goal, or {@code null} when its inputs are configured. */
    @Override
    public String notConfigured() {
        return openApiFile == null ? "no openApiFile configured" : null;
    }

    /** The engine request for these parameters: the one place they are read, by this goal and by {@code verdict}. */
    @Override
    public CheckAlignmentRequest request() throws MojoExecutionException {
        if (openApiFile == null) {
            throw new MojoExecutionException("check-alignment needs <openApiFile> (or -Dcutover.openApiFile=…): "
                    + "the producer's OpenAPI description, YAML or JSON");
        }
        File manifest = preparedManifestFile != null ? preparedManifestFile : producerManifestFile;
        if (manifest == null) {
            throw new MojoExecutionException("check-alignment needs <preparedManifestFile> or <producerManifestFile> (or "
                    + "-Dcutover.preparedManifestFile=…): the producer contract manifest that describes the API in the "
                    + "working tree, which the OpenAPI description must match");
        }
        return new CheckAlignmentRequest(context(), openApiFile.toPath(), manifest.toPath(),
                pathOrNull(sourceOfTruthFile), pathOrNull(contractSchemasDirectory), errorEnvelopeSchemas,
                apiEnvelopeRequires, apiEnvelopeForbids, errorResponseOperations, errorStatusesWithoutBody);
    }

    @Override
    protected Preload preload() throws MojoExecutionException {
        return request().preload();
    }
}
