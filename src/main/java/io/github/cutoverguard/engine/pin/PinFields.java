package io.github.cutoverguard.engine.pin;

/** Member names of the integration pin ({@code integration-pin.v1}) and the producer manifest. */
public final class PinFields {

    public static final String RELEASE_TAG = "release_tag";
    public static final String COMMIT_SHA = "commit_sha";
    public static final String SERVICE_CONTRACT = "expected_service_contract_version";
    public static final String API_CONTRACT = "expected_api_contract_version";
    public static final String INTEGRATION_BASELINE = "expected_integration_baseline";
    public static final String MANIFEST_SHA256 = "expected_producer_manifest_sha256";

    /** The manifest names its integration baseline without the {@code expected_} prefix. */
    public static final String MANIFEST_INTEGRATION_BASELINE = "integration_baseline";
    public static final String MANIFEST_ERROR_CODES = "error_code_enum";

    private PinFields() {
    }
}
