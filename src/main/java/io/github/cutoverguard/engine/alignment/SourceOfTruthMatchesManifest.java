package io.github.cutoverguard.engine.alignment;

import io.github.cutoverguard.engine.Breach;
import io.github.cutoverguard.engine.Check;
import io.github.cutoverguard.engine.Rule;
import io.github.cutoverguard.engine.SetComparison;
import io.github.cutoverguard.engine.json.JsonDocument;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Raises {@link #RULE} when the service-contract source of truth says something else than the
 * manifest, the envelope policy or the OpenAPI description, comparing what both sides state. It judges a source of
 * truth that matches {@code service-contract-source.v1} (which refuses a repeated code or a policy list that is no list
 * of field names, {@code JSON-SCHEMA}):
 * <ul>
 *   <li>{@code expected_service_contract_version}, {@code expected_api_contract_version},
 *       {@code integration_baseline} differ from the manifest's;</li>
 *   <li>{@code error_code_enum} is not set-equal to the manifest's (each code named);</li>
 *   <li>{@code non_2xx_envelope_policy}'s {@code requires}/{@code forbids} are not set-equal to the
 *       reference policy ({@link EnvelopePolicy#effective}: a configured list, the truth's own, or the default), its {@code optional} differs from the
 *       manifest's when the manifest states one, or {@code requires} and {@code forbids} overlap;</li>
 *   <li>an {@code *_endpoint} member (e.g. {@code liveness_endpoint: /v1/health}) names a path the
 *       OpenAPI description does not have.</li>
 * </ul>
 */
public final class SourceOfTruthMatchesManifest implements Check<JsonDocument> {

    public static final Rule RULE = Rule.ALIGN_SOURCE_OF_TRUTH;
    /** The scalar fields compared with the manifest's fields of the same name. */
    public static final List<String> FIELDS = List.of("expected_service_contract_version",
            "expected_api_contract_version", "integration_baseline");

    private final Optional<JsonDocument> manifest;
    private final EnvelopePolicy reference;
    private final Optional<OpenApiDocument> api;

    /**
     * @param manifest the producer manifest, if it was read
     * @param reference the policy every alignment check uses ({@link EnvelopePolicy#effective}): the source of truth must state it (trivially so when the policy is the source of truth's own)
     * @param api the OpenAPI description, if it was read
     */
    public SourceOfTruthMatchesManifest(Optional<JsonDocument> manifest, EnvelopePolicy reference, Optional<OpenApiDocument> api) {
        this.manifest = manifest;
        this.reference = reference;
        this.api = api;
    }

    @Override
    public Set<Rule> rules() {
        return Set.of(RULE);
    }

    @Override
    public List<Breach> check(JsonDocument truth) {
        List<Breach> breaches = new ArrayList<>();
        manifest.ifPresent(m -> {
            breaches.addAll(fields(truth, m));
            breaches.addAll(codes(truth, m));
        });
        breaches.addAll(policy(truth, reference));
        api.ifPresent(a -> breaches.addAll(endpoints(truth, a)));
        return breaches;
    }

    private static List<Breach> fields(JsonDocument truth, JsonDocument manifest) {
        List<Breach> breaches = new ArrayList<>();
        for (String field : FIELDS) {
            JsonNode ours = truth.root().get(field);
            JsonNode theirs = manifest.root().get(field);
            if (ours == null || theirs == null || ours.equals(theirs)) {
                continue;
            }
            breaches.add(truth.breachAt(RULE, JsonDocument.pointerOf(field), field + " is " + ours + ", "
                            + manifest.displayName() + " has " + theirs)
                    .expected(theirs.asString()).actual(ours.asString())
                    .hint("change the source of truth and the manifest together so that they state the same contract")
                    .build());
        }
        return breaches;
    }

    private static List<Breach> codes(JsonDocument truth, JsonDocument manifest) {
        List<Breach> breaches = new ArrayList<>();
        JsonNode ours = truth.root().get("error_code_enum");
        JsonNode theirs = manifest.root().get("error_code_enum");
        if (ours == null || theirs == null || !ours.isArray() || !theirs.isArray()) {
            return breaches;
        }
        List<String> declared = EnvelopeCodesMatchManifest.strings(ours);
        List<String> canonical = EnvelopeCodesMatchManifest.strings(theirs);
        SetComparison comparison = SetComparison.of(canonical, declared);
        if (!comparison.missing().isEmpty()) {
            breaches.add(truth.breachAt(RULE, "/error_code_enum", "error_code_enum lacks " + manifest.displayName()
                            + " code(s) " + String.join(", ", comparison.missing()))
                    .expected(String.join(", ", canonical)).actual(String.join(", ", declared))
                    .hint("keep the source of truth's error_code_enum set-equal to the manifest's").build());
        }
        for (String unexpected : comparison.unexpected()) {
            breaches.add(truth.breachAt(RULE, "/error_code_enum/" + declared.indexOf(unexpected), "error_code_enum lists \""
                            + unexpected + "\", which " + manifest.displayName() + " does not")
                    .expected(String.join(", ", canonical)).actual(unexpected)
                    .hint("keep the source of truth's error_code_enum set-equal to the manifest's").build());
        }
        return breaches;
    }

    private static List<Breach> policy(JsonDocument truth, EnvelopePolicy reference) {
        List<Breach> breaches = new ArrayList<>();
        if (!truth.root().at("/non_2xx_envelope_policy").isObject()) {
            return breaches;
        }
        List<EnvelopePolicy.Fields> wanted = new ArrayList<>(List.of(reference.requires(), reference.forbids()));
        List<String> lists = new ArrayList<>(List.of("requires", "forbids"));
        if (reference.optional() != null) {
            wanted.add(reference.optional());
            lists.add("optional");
        }
        for (int i = 0; i < lists.size(); i++) {
            String list = lists.get(i);
            String pointer = "/non_2xx_envelope_policy/" + list;
            Optional<EnvelopePolicy.Fields> stated = EnvelopePolicy.stated(truth, list);
            List<String> names = stated.map(EnvelopePolicy.Fields::names).orElse(List.of());
            SetComparison comparison = SetComparison.of(wanted.get(i).names(), names);
            if (comparison.equal() && stated.isPresent()) {
                continue;
            }
            List<String> parts = new ArrayList<>();
            if (!comparison.missing().isEmpty()) {
                parts.add("lacks " + String.join(", ", comparison.missing()));
            }
            if (!comparison.unexpected().isEmpty()) {
                parts.add("adds " + String.join(", ", comparison.unexpected()));
            }
            if (stated.isEmpty()) {
                parts.add("is not a list of field names");
            }
            breaches.add(truth.breachAt(RULE, pointer, "non_2xx_envelope_policy." + list + " " + String.join(" and ", parts)
                            + ": it is " + names + ", " + wanted.get(i).source() + " is " + wanted.get(i).names())
                    .expected(String.join(", ", wanted.get(i).names())).actual(String.join(", ", names))
                    .hint("state " + wanted.get(i).names() + " as non_2xx_envelope_policy." + list
                            + (list.equals("optional") ? ", or change both files together"
                            : "; if the policy really changed, set <apiEnvelope" + Character.toUpperCase(list.charAt(0))
                            + list.substring(1) + "> to the new list"))
                    .build());
        }
        Set<String> overlap = new LinkedHashSet<>(EnvelopePolicy.stated(truth, "requires").map(EnvelopePolicy.Fields::names)
                .orElse(List.of()));
        overlap.retainAll(EnvelopePolicy.stated(truth, "forbids").map(EnvelopePolicy.Fields::names).orElse(List.of()));
        if (!overlap.isEmpty()) {
            breaches.add(truth.breachAt(RULE, "/non_2xx_envelope_policy", "non_2xx_envelope_policy both requires and forbids "
                            + String.join(", ", overlap)).actual(String.join(", ", overlap))
                    .hint("a field is either required or forbidden: remove it from one of the lists").build());
        }
        return breaches;
    }

    private static List<Breach> endpoints(JsonDocument truth, OpenApiDocument api) {
        List<Breach> breaches = new ArrayList<>();
        if (!truth.root().isObject()) {
            return breaches;
        }
        JsonNode paths = api.document().root().get("paths");
        for (String field : truth.root().propertyNames()) {
            JsonNode endpoint = truth.root().get(field);
            if (!field.endsWith("_endpoint") || !endpoint.isString()) {
                continue;
            }
            if (paths == null || !paths.isObject() || !paths.has(endpoint.asString())) {
                breaches.add(truth.breachAt(RULE, JsonDocument.pointerOf(field), field + " is " + endpoint.asString()
                                + ", which " + api.document().displayName() + " does not define under paths")
                        .expected("a path of " + api.document().displayName()).actual(endpoint.asString())
                        .hint("describe the endpoint in the OpenAPI document, or correct " + field).build());
            }
        }
        return breaches;
    }
}
