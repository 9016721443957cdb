package io.github.cutoverguard.maven;

import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;

/** A goal that reads the producer's contract manifest: the handoff goals, {@code check-alignment} and the pin goals. */
public abstract class AbstractProducerManifestMojo extends AbstractBaselineMojo {

    /**
     * The producer's released contract manifest (schema {@code producer-contract-manifest.v1}, naming its
     * {@code commit_sha}), e.g. {@code contracts/integration/v1/producer-contract-manifest.json}: the active runtime
     * baseline. Every goal but {@code check-alignment} refuses a prepared manifest here (no {@code commit_sha}:
     * {@code JSON-SCHEMA} at {@code /commit_sha}). {@code check-pin}: the mirrored manifest; when set, its SHA-256 must equal the pin's
     * {@code expected_producer_manifest_sha256} and its release fields must equal the pin's. {@code repin}: the mirror,
     * written byte-for-byte from the producer's manifest at the tag (default: not written). {@code generate-handoff}
     * (required) and {@code validate-handoff} (with {@code checkStale}): the source of the candidate.
     * {@code check-alignment}: the manifest the OpenAPI description is compared with when {@code preparedManifestFile}
     * is not set (then required). {@code guard} reads none of it.
     */
    @Parameter(property = "cutover.producerManifestFile")
    protected File producerManifestFile;

    protected AbstractProducerManifestMojo(BuildOutcome.Conclusion conclusion, BaselineUse baselineUse) {
        super(conclusion, baselineUse);
    }
}
