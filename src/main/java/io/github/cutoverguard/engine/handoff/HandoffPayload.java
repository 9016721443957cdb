package io.github.cutoverguard.engine.handoff;

import io.github.cutoverguard.engine.json.JsonDocument;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One handoff payload seen through the fields the checks need, whatever its kind: each accessor
 * answers with the JSON Pointer where that field lives in this kind of payload.
 */
public final class HandoffPayload {

    /** A field's pointer and, when present, its value. */
    public record Field(String pointer, Optional<JsonNode> value) {

        /** The value as text, if it is a string. */
        public Optional<String> text() {
            return value.filter(JsonNode::isString).map(JsonNode::asString);
        }
    }

    private final JsonDocument document;
    private final HandoffKind kind;

    public HandoffPayload(JsonDocument document, HandoffKind kind) {
        this.document = document;
        this.kind = kind;
    }

    public JsonDocument document() {
        return document;
    }

    public HandoffKind kind() {
        return kind;
    }

    private Field field(String pointer) {
        return new Field(pointer, document.at(pointer));
    }

    /** The active runtime baseline, keyed by baseline part: tag, sha, service, api, integration. */
    public Map<String, Field> activeBaseline() {
        Map<String, Field> fields = new LinkedHashMap<>();
        if (kind == HandoffKind.REHEARSAL) {
            String base = "/producer/active_runtime_baseline/";
            fields.put("releaseTag", field(base + "release_tag"));
            fields.put("commitSha", field(base + "commit_sha"));
            fields.put("serviceContract", field(base + "service_contract_version"));
            fields.put("apiContract", field(base + "api_contract_version"));
            fields.put("integrationBaseline", field(base + "integration_baseline"));
        } else {
            String base = "/active_runtime_baseline/";
            fields.put("releaseTag", field(base + "release_tag"));
            fields.put("commitSha", field(base + "commit_sha"));
            fields.put("serviceContract", field(base + "expected_service_contract_version"));
            fields.put("apiContract", field(base + "expected_api_contract_version"));
            fields.put("integrationBaseline", field(base + "integration_baseline"));
        }
        return fields;
    }

    /**
     * For release handoffs, the release's own fields keyed like {@link #activeBaseline()}: a candidate
     * may differ from the active baseline only in its service contract; a stable release in none.
     */
    public Map<String, Field> releaseFieldsThatMustMatchActive() {
        Map<String, Field> fields = new LinkedHashMap<>();
        if (kind == HandoffKind.REHEARSAL) {
            return fields;
        }
        fields.put("releaseTag", field("/release_tag"));
        fields.put("commitSha", field("/commit_sha"));
        if (kind == HandoffKind.RELEASE_STABLE) {
            fields.put("serviceContract", field("/expected_service_contract_version"));
        }
        fields.put("apiContract", field("/expected_api_contract_version"));
        fields.put("integrationBaseline", field("/integration_baseline"));
        return fields;
    }

    /** The contract the payload moves to (for a stable release: the released contract). */
    public Field targetServiceContract() {
        return kind == HandoffKind.REHEARSAL
                ? field("/rehearsal_candidate/target_service_contract_version")
                : field("/expected_service_contract_version");
    }

    /** {@code handoff_mode} of a release handoff: {@code stable} or {@code <contract slug>-candidate}. */
    public Field handoffMode() {
        return field("/handoff_mode");
    }

    /** {@code rehearsal_candidate.mode}, for rehearsal handoffs. */
    public Field rehearsalMode() {
        return field("/rehearsal_candidate/mode");
    }

    /** The API contract the payload moves to: a rehearsal handoff's target, a release handoff's own. */
    public Field targetApiContract() {
        return kind == HandoffKind.REHEARSAL
                ? field("/rehearsal_candidate/target_api_contract_version")
                : field("/expected_api_contract_version");
    }

    /** {@code payload_contract_version} (a rehearsal handoff's kind and format version). */
    public Field formatVersion() {
        return field("/payload_contract_version");
    }

    /** {@code requires_runtime_cutover}, for rehearsal payloads. */
    public Field requiresRuntimeCutover() {
        return field("/rehearsal_candidate/requires_runtime_cutover");
    }

    /** The {@code non_2xx_envelope_policy} object. */
    public Field envelopePolicies() {
        return field("/non_2xx_envelope_policy");
    }

    /** The error codes the payload promises. */
    public Field errorCodes() {
        return kind == HandoffKind.REHEARSAL ? field("/error_code_expectations/codes") : field("/error_code_enum");
    }

    /**
     * The payload's {@code validation_mode}, for rehearsal payloads (release handoffs state none): what the payload asks
     * of the comparison, which the consumer accepts or not ({@link ErrorCodeComparison}).
     */
    public Optional<Field> errorCodeValidationMode() {
        return kind == HandoffKind.REHEARSAL ? Optional.of(field("/error_code_expectations/validation_mode")) : Optional.empty();
    }

    /** The migration overlap in days, for rehearsal payloads. */
    public Field overlapDays() {
        return kind == HandoffKind.REHEARSAL
                ? field("/migration_overlap_assumptions/duration_days")
                : field("/rehearsal_candidate/migration_overlap_days");
    }

    /** When the payload was generated. */
    public Field generatedAt() {
        return kind == HandoffKind.REHEARSAL ? field("/generated_at_utc") : field("/handoff_generated_at_utc");
    }

    /** The earliest cutover date, when the payload states one. */
    public Field cutoverNotBefore() {
        return field("/rehearsal_candidate/cutover_not_before_utc_date");
    }

    /** Where the fallback and stability flags live: the overlap assumptions, or a release candidate's candidate. */
    public String flagContainer() {
        return kind == HandoffKind.REHEARSAL ? "/migration_overlap_assumptions" : "/rehearsal_candidate";
    }

    /**
     * The names of the flags a rehearsal payload must hold {@code true}, the first named for the active contract
     * {@code activeContract} (e.g. {@code billing_v7_stability_required} in a rehearsal handoff,
     * {@code billing_v7_runtime_stability_required} in a release candidate); none for a stable release handoff.
     * {@link HandoffGenerator} writes exactly these.
     */
    public static List<String> requiredFlagNames(HandoffKind kind, String activeContract) {
        String active = ContractSlug.underscored(activeContract);
        return switch (kind) {
            case REHEARSAL -> List.of(active + "_stability_required",
                    "consumer_enrichment_must_remain_optional_non_blocking", "consumer_fallback_must_remain_deterministic");
            case RELEASE_CANDIDATE -> List.of(active + "_runtime_stability_required", "consumer_non_blocking_fallback_required");
            case RELEASE_STABLE -> List.of();
        };
    }

    /**
     * The flags that must be {@code true}: every required flag ({@link #requiredFlagNames}), present or not, then every
     * other member of the flag container whose name reads as a fallback or stability guarantee ({@code *_required},
     * {@code *fallback*}, {@code *non_blocking*}).
     */
    public List<Field> fallbackFlags(String activeContract) {
        String container = flagContainer();
        Set<String> names = new LinkedHashSet<>(requiredFlagNames(kind, activeContract));
        document.at(container).filter(JsonNode::isObject).ifPresent(node -> {
            for (String name : node.propertyNames()) {
                if (name.endsWith("_required") || name.contains("fallback") || name.contains("non_blocking")) {
                    names.add(name);
                }
            }
        });
        List<Field> flags = new ArrayList<>();
        names.forEach(name -> flags.add(field(container + "/" + JsonDocument.escape(name))));
        return flags;
    }

    /** The checks the consumer must run, or empty for a kind that lists none (a stable release handoff). */
    public Optional<Field> consumerChecks() {
        return switch (kind) {
            case REHEARSAL -> Optional.of(field("/required_consumer_checks"));
            case RELEASE_CANDIDATE -> Optional.of(field("/required_consumer_validation_commands"));
            case RELEASE_STABLE -> Optional.empty();
        };
    }

    /** The checks the producer must run: every kind lists them. */
    public Optional<Field> producerChecks() {
        return Optional.of(kind == HandoffKind.REHEARSAL ? field("/required_producer_checks") : field("/verification_commands"));
    }
}
