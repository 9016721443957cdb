package io.github.cutoverguard.engine.handoff;

import io.github.cutoverguard.engine.Breach;
import io.github.cutoverguard.engine.Check;
import io.github.cutoverguard.engine.Rule;
import io.github.cutoverguard.engine.json.JsonDocument;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Raises {@link #RULE} when a release handoff's own release fields (tag, SHA, API contract,
 * integration baseline, and for a stable release the service contract) differ from the producer
 * manifest's, e.g. a committed v7.4.0 handoff next to a manifest that moved to v7.4.1. A candidate's
 * service contract is its target and is not compared; the error codes are compared by
 * {@link HandoffErrorCodesMatchManifest}.
 */
public final class ReleaseMatchesManifest implements Check<HandoffPayload> {

    public static final Rule RULE = HandoffMatchesBaseline.RULE;

    /** The manifest member of each baseline part, keyed like {@link HandoffPayload#releaseFieldsThatMustMatchActive()}. */
    private static final Map<String, String> MANIFEST_FIELDS = Map.of(
            "releaseTag", "release_tag",
            "commitSha", "commit_sha",
            "serviceContract", "expected_service_contract_version",
            "apiContract", "expected_api_contract_version",
            "integrationBaseline", "integration_baseline");

    private final JsonDocument manifest;

    public ReleaseMatchesManifest(JsonDocument manifest) {
        this.manifest = manifest;
    }

    @Override
    public Set<Rule> rules() {
        return Set.of(RULE);
    }

    @Override
    public List<Breach> check(HandoffPayload payload) {
        List<Breach> breaches = new ArrayList<>();
        JsonDocument doc = payload.document();
        payload.releaseFieldsThatMustMatchActive().forEach((part, field) -> {
            String member = MANIFEST_FIELDS.get(part);
            manifest.text(member).ifPresent(expected -> field.text().filter(actual -> !actual.equals(expected))
                    .ifPresent(actual -> breaches.add(doc.breachAt(RULE, field.pointer(), member + " is \"" + actual
                                    + "\", " + manifest.displayName() + " has \"" + expected + "\"")
                            .expected(expected).actual(actual)
                            .hint("regenerate the release handoff from " + manifest.displayName()
                                    + ", or point producerManifestFile at the manifest of this release")
                            .build())));
        });
        return breaches;
    }
}
