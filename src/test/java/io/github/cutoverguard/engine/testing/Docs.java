package io.github.cutoverguard.engine.testing;

import io.github.cutoverguard.engine.Baseline;
import io.github.cutoverguard.engine.input.InputReader;
import io.github.cutoverguard.engine.input.RawInput;
import io.github.cutoverguard.engine.json.JsonDocument;
import io.github.cutoverguard.engine.input.InputLimits;
import io.github.cutoverguard.engine.json.JsonProblem;
import io.github.cutoverguard.engine.json.StrictJsonReader;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Builds engine inputs from text in one line. */
public final class Docs {

    /** The rehearsal baseline of the reference samples. */
    public static final Baseline REHEARSAL_BASELINE = new Baseline("v0.3.2",
            "cf331449e1589581a5dcbb3adecd3e9ae4509277", "service.v2", "api.v1", "integration/v1");

    public static final String REHEARSAL_PIN = "consumer-rehearsal/memorykernel-integration-pin.json";
    public static final String REHEARSAL_MANIFEST = "consumer-rehearsal/memorykernel-producer-manifest.json";
    public static final String POST_CUTOVER_PIN = "consumer-post-cutover/memorykernel-integration-pin.json";
    public static final String POST_CUTOVER_MANIFEST = "consumer-post-cutover/memorykernel-producer-manifest.json";

    /** The ten error codes of the reference manifests. */
    public static final java.util.List<String> REFERENCE_CODES = java.util.List.of("invalid_json", "validation_error",
            "context_package_not_found", "write_conflict", "write_failed", "schema_unavailable", "migration_failed",
            "query_failed", "context_lookup_failed", "internal_error");

    private Docs() {
    }

    public static RawInput raw(String name, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return new RawInput(name, Path.of(name), bytes, InputReader.sha256Hex(bytes));
    }

    public static JsonDocument json(String name, String text) {
        try {
            return new StrictJsonReader(InputLimits.DEFAULT).parse(raw(name, text));
        } catch (JsonProblem e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    /** The rehearsal reference pin with one textual replacement applied. */
    public static JsonDocument rehearsalPin(String from, String to) {
        String text = Fixtures.referenceText(REHEARSAL_PIN);
        if (!text.contains(from)) {
            throw new IllegalArgumentException("reference pin has no " + from);
        }
        return json("config/integration-pin.json", text.replace(from, to));
    }

    public static JsonDocument rehearsalPin() {
        return json("config/integration-pin.json", Fixtures.referenceText(REHEARSAL_PIN));
    }

    /** The rehearsal reference manifest with one textual replacement applied. */
    public static JsonDocument rehearsalManifest(String from, String to) {
        String text = Fixtures.referenceText(REHEARSAL_MANIFEST);
        if (!text.contains(from)) {
            throw new IllegalArgumentException("reference manifest has no " + from);
        }
        return json("config/producer-manifest.json", text.replace(from, to));
    }
}
