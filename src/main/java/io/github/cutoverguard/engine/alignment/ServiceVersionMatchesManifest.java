package io.github.cutoverguard.engine.alignment;

import io.github.cutoverguard.engine.Breach;
import io.github.cutoverguard.engine.Check;
import io.github.cutoverguard.engine.Rule;
import io.github.cutoverguard.engine.json.JsonDocument;
import io.github.cutoverguard.engine.schema.ManifestIsReleased;
import tools.jackson.databind.JsonNode;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Raises {@link #RULE} when the OpenAPI {@code info.version} differs from the producer manifest's
 * {@code expected_service_contract_version} (or either is absent). When {@code info.version} is a later version of a
 * released manifest's contract (the API moved on, the manifest did not), the hint names {@code <preparedManifestFile>}.
 */
public final class ServiceVersionMatchesManifest implements Check<OpenApiDocument> {

    public static final Rule RULE = Rule.ALIGN_SERVICE_VERSION;

    /** A contract name, {@code <name>.v<N>}: the name and the version number. */
    private static final Pattern CONTRACT = Pattern.compile("(.+)\\.v([0-9]{1,18})");

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
        String hint = "set info.version to " + expected.asString() + ", or change the manifest's "
                + "expected_service_contract_version in the same change";
        if (!ManifestIsReleased.isPrepared(manifest) && isLater(version.asString(), expected.asString())) {
            hint = "the API moved on to " + version.asString() + " and " + manifest.displayName() + " is the released "
                    + expected.asString() + " manifest: if the API describes the release being prepared, set "
                    + "<preparedManifestFile> to its prepared manifest (the coming release_tag, no commit_sha); else "
                    + hint;
        }
        return List.of(doc.breachAt(RULE, "/info/version", "info.version is \"" + version.asString() + "\", "
                        + manifest.displayName() + " expects \"" + expected.asString() + "\"")
                .expected(expected.asString()).actual(version.asString())
                .hint(hint).build());
    }

    /** Whether {@code contract} is a later version of {@code than}'s contract: {@code stock.v6} of {@code stock.v5}. */
    static boolean isLater(String contract, String than) {
        Matcher later = CONTRACT.matcher(contract);
        Matcher earlier = CONTRACT.matcher(than);
        return later.matches() && earlier.matches() && later.group(1).equals(earlier.group(1))
                && Long.parseLong(later.group(2)) > Long.parseLong(earlier.group(2));
    }
}
