package io.github.cutoverguard.engine.alignment;

import io.github.cutoverguard.engine.Breach;
import io.github.cutoverguard.engine.Check;
import io.github.cutoverguard.engine.Rule;
import io.github.cutoverguard.engine.json.JsonDocument;
import tools.jackson.databind.JsonNode;

import java.util.List;
import java.util.Set;

/**
 * Raises {@link #RULE} when the OpenAPI {@code info.version} differs from the producer manifest's
 * {@code expected_service_contract_version} (or either is absent).
 */
public final class ServiceVersionMatchesManifest implements Check<OpenApiDocument> {

    public static final Rule RULE = Rule.ALIGN_SERVICE_VERSION;

    private final JsonDocument manifest;

    public ServiceVersionMatchesManifest(JsonDocument manifest) {
        this.manifest = manifest;
    }

    @Override
    public Set<Rule> rules() {
        return Set.of(RULE);
    }

    @Override
    public List<Breach> check(OpenApiDocument api) {
        JsonDocument doc = api.document();
        JsonNode expected = manifest.root().get("expected_service_contract_version");
        if (expected == null || !expected.isString()) {
            return List.of(manifest.breachAt(RULE, "/expected_service_contract_version", manifest.displayName()
                            + " has no expected_service_contract_version to compare info.version with")
                    .hint("state the service contract in the manifest's expected_service_contract_version").build());
        }
        JsonNode version = doc.root().at("/info/version");
        if (!version.isValueNode() || version.isNull()) {
            return List.of(doc.breachAt(RULE, "/info/version", "info.version is missing; "
                            + manifest.displayName() + " expects \"" + expected.asString() + "\"")
                    .expected(expected.asString())
                    .hint("set info.version to " + expected.asString()).build());
        }
        if (version.asString().equals(expected.asString())) {
            return List.of();
        }
        return List.of(doc.breachAt(RULE, "/info/version", "info.version is \"" + version.asString() + "\", "
                        + manifest.displayName() + " expects \"" + expected.asString() + "\"")
                .expected(expected.asString()).actual(version.asString())
                .hint("set info.version to " + expected.asString() + ", or change the manifest's "
                        + "expected_service_contract_version in the same change").build());
    }
}
