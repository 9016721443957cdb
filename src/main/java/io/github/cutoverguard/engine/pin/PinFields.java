package io.github.cutoverguard.engine.pin;

import io.github.cutoverguard.engine.Baseline;
import io.github.cutoverguard.engine.json.JsonDocument;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** Member names of the integration pin ({@code integration-pin.v1}) and the producer manifest. */
public final class PinFields {

    public static final String RELEASE_TAG = "release_tag";
    public static final String COMMIT_SHA = "commit_sha";
    /**
     * The commit the release tag resolved to when {@code repin} wrote the pin (optional): {@code check-pin} notices a
     * tag moved after the pin by comparing it with the tag's commit now. Not a release fact the manifest names (the
     * producer tags a commit after the one its manifest names), so no manifest member maps to it.
     */
    public static final String RELEASE_TAG_COMMIT = "release_tag_commit_sha";
    public static final String SERVICE_CONTRACT = "expected_service_contract_version";
    public static final String API_CONTRACT = "expected_api_contract_version";
    public static final String INTEGRATION_BASELINE = "expected_integration_baseline";
    public static final String MANIFEST_SHA256 = "expected_producer_manifest_sha256";

    /** The manifest names its integration baseline without the {@code expected_} prefix. */
    public static final String MANIFEST_INTEGRATION_BASELINE = "integration_baseline";
    public static final String MANIFEST_ERROR_CODES = "error_code_enum";

    /** Each manifest member that describes the release, with the pin member it must equal, in report order. */
    public static final Map<String, String> MANIFEST_TO_PIN = manifestToPin();

    /** The pin's release members ({@link #release}), the tag's recorded commit and the manifest hash: what {@code repin} writes. */
    public static final Set<String> OWNED = Set.of(RELEASE_TAG, COMMIT_SHA, RELEASE_TAG_COMMIT, SERVICE_CONTRACT,
            API_CONTRACT, INTEGRATION_BASELINE, MANIFEST_SHA256);

    private PinFields() {
    }

    private static Map<String, String> manifestToPin() {
        Map<String, String> pairs = new LinkedHashMap<>();
        pairs.put(RELEASE_TAG, RELEASE_TAG);
        pairs.put(COMMIT_SHA, COMMIT_SHA);
        pairs.put(SERVICE_CONTRACT, SERVICE_CONTRACT);
        pairs.put(API_CONTRACT, API_CONTRACT);
        pairs.put(MANIFEST_INTEGRATION_BASELINE, INTEGRATION_BASELINE);
        return Collections.unmodifiableMap(pairs);
    }

    /** The pin's release members with {@code baseline}'s values, in pin order. */
    public static Map<String, String> release(Baseline baseline) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put(RELEASE_TAG, baseline.releaseTag());
        values.put(COMMIT_SHA, baseline.commitSha());
        values.put(SERVICE_CONTRACT, baseline.serviceContract());
        values.put(API_CONTRACT, baseline.apiContract());
        values.put(INTEGRATION_BASELINE, baseline.integrationBaseline());
        return values;
    }

    /** The release a pin names, as a baseline (a member it lacks is {@code null}). */
    public static Baseline pinned(JsonDocument pin) {
        return new Baseline(pin.text(RELEASE_TAG).orElse(null), pin.text(COMMIT_SHA).orElse(null),
                pin.text(SERVICE_CONTRACT).orElse(null), pin.text(API_CONTRACT).orElse(null),
                pin.text(INTEGRATION_BASELINE).orElse(null));
    }
}
