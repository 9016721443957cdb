package io.github.cutoverguard.maven;

import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;

/** A goal that reads the producer's contract manifest: the handoff goals, {@code check-alignment} and the pin goals. */
public abstract class AbstractProducerManifestMojo extends AbstractBaselineMojo {

    /**
     * The producer's contract manifest (schema {@code producer-contract-manifest.v1}), e.g.
     * {@code contracts/integration/v1/producer-contract-manifest.json}. {@code check-pin}: the mirrored manifest; when
     * set, its SHA-256 must equal the pin's {@code expected_producer_manifest_sha256} and its release fields must equal
     * the pin's. {@code repin}: the mirror, written byte-for-byte from the producer's manifest at the tag (default: not
     * written). {@code check-alignment} (required): its {@code expected_service_contract_version} and
     * {@code error_code_enum} are compared with the OpenAPI description. {@code generate-handoff} (required) and
     * {@code validate-handoff} (with {@code checkStale}): the source of the candidate. {@code guard} reads none of it.
     */
    @Parameter(property = "cutover.producerManifestFile")
    protected File producerManifestFile;

    protected AbstractProducerManifestMojo(BuildOutcome.Conclusion conclusion, BaselineUse baselineUse) {
        super(conclusion, baselineUse);
    }
}
