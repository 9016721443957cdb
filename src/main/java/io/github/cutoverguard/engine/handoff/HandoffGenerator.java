package io.github.cutoverguard.engine.handoff;

import io.github.cutoverguard.engine.json.JsonText;
import io.github.cutoverguard.engine.json.JsonDocument;
import io.github.cutoverguard.engine.json.JsonNumbers;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Generates the rehearsal handoff candidate ({@code <contract slug>-rehearsal-handoff.v1}, see {@link ContractSlug}) from the
 * producer's canonical contract manifest and {@link HandoffSettings}, as deterministic bytes:
 * fixed key order, 2-space indent, one array item per line, a trailing newline. The same
 * generator backs {@code generate-handoff} and the {@code HANDOFF-STALE} check.
 */
public final class HandoffGenerator {

    private static final DefaultPrettyPrinter PRINTER = new DefaultPrettyPrinter(
            Separators.createDefaultInstance()
                    .withObjectNameValueSpacing(Separators.Spacing.AFTER)
                    .withObjectEmptySeparator("")
                    .withArrayEmptySeparator(""))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"));

    /** The overlap, and the minimum the generator's own check holds it to, of a manifest without a stability window. */
    private static final int DEFAULT_OVERLAP_DAYS = 14;

    private HandoffGenerator() {
    }

    /** The payload as a tree. */
    public static ObjectNode generate(JsonDocument manifest, HandoffSettings settings, Instant generatedAt) {
        JsonNode m = manifest.root();
        JsonNodeFactory f = JsonNodeFactory.instance;
        String active = text(m, "expected_service_contract_version");
        String target = settings.targetServiceContract();
        int overlap = settings.overlapDays() != null ? settings.overlapDays() : minimumOverlapDays(manifest);
        Instant generated = generatedAt.truncatedTo(ChronoUnit.SECONDS);

        ObjectNode root = f.objectNode();
        root.put("payload_contract_version", ContractSlug.dashed(target) + HandoffKind.REHEARSAL_SUFFIX);
        root.put("generated_at_utc", DateTimeFormatter.ISO_INSTANT.format(generated));
        ObjectNode producer = root.putObject("producer");
        producer.put("repo", settings.producerRepo());
        if (settings.planningCommit() != null && !settings.planningCommit().isBlank()) {
            producer.put("planning_commit_seen_by_consumer", settings.planningCommit());
        }
        ObjectNode baseline = producer.putObject("active_runtime_baseline");
        baseline.put("release_tag", text(m, "release_tag"));
        baseline.put("commit_sha", text(m, "commit_sha"));
        baseline.put("service_contract_version", active);
        baseline.put("api_contract_version", text(m, "expected_api_contract_version"));
        baseline.put("integration_baseline", text(m, "integration_baseline"));

        ObjectNode candidate = root.putObject("rehearsal_candidate");
        candidate.put("mode", settings.candidateMode());
        candidate.put("target_service_contract_version", target);
        candidate.put("target_api_contract_version", settings.targetApiContract() != null
                ? settings.targetApiContract() : text(m, "expected_api_contract_version"));
        candidate.put("requires_runtime_cutover", false);
        candidate.put("cutover_not_before_utc_date",
                generated.atZone(ZoneOffset.UTC).toLocalDate().plusDays(overlap).toString());

        ObjectNode policies = root.putObject("non_2xx_envelope_policy");
        ObjectNode stable = policies.putObject(ContractSlug.stablePolicy(active));
        strings(stable.putArray("requires"), settings.envelopes().stableEnvelopeRequires());
        strings(stable.putArray("forbids"), settings.envelopes().stableEnvelopeForbids());
        ObjectNode next = policies.putObject(ContractSlug.underscored(target) + "_candidate");
        strings(next.putArray("requires"), settings.envelopes().targetEnvelopeRequires());
        if (!settings.envelopes().targetEnvelopeOptional().isEmpty()) {
            strings(next.putArray("optional"), settings.envelopes().targetEnvelopeOptional());
        }
        strings(next.putArray("forbids"), settings.envelopes().targetEnvelopeForbids());

        ObjectNode codes = root.putObject("error_code_expectations");
        codes.put("validation_mode", "set_equality");
        ArrayNode codeList = codes.putArray("codes");
        JsonNode enumeration = m.get("error_code_enum");
        if (enumeration != null && enumeration.isArray()) {
            enumeration.forEach(code -> codeList.add(code.asString()));
        }
        JsonNode notice = m.get("additive_error_code_notice_policy");
        if (notice != null && notice.isObject()) {
            codes.set("additive_change_notice_policy", notice.deepCopy());
        }

        ObjectNode assumptions = root.putObject("migration_overlap_assumptions");
        assumptions.put("duration_days", overlap);
        HandoffPayload.requiredFlagNames(HandoffKind.REHEARSAL, active).forEach(flag -> assumptions.put(flag, true));

        if (settings.cutoverGatesDoc() != null && !settings.cutoverGatesDoc().isBlank()) {
            root.put("cutover_gates_doc", settings.cutoverGatesDoc());
        }
        strings(root.putArray("required_producer_checks"), settings.requiredChecks().requiredProducerChecks());
        strings(root.putArray("required_consumer_checks"), settings.requiredChecks().requiredConsumerChecks());
        ObjectNode rollback = root.putObject("rollback_policy");
        strings(rollback.putArray("triggers"), settings.rollback().rollbackTriggers());
        String action = settings.rollback().rollbackAction();
        rollback.put("action", action != null && !action.isBlank()
                ? action
                : "repin consumer to last approved " + active + " tag/sha and reopen overlap window");
        return root;
    }

    /** The manifest's {@code stability_window.minimum_sprint_days}, or 14 days when it states none. */
    public static int minimumOverlapDays(JsonDocument manifest) {
        return JsonNumbers.intValue(manifest.root().at("/stability_window/minimum_sprint_days")).orElse(DEFAULT_OVERLAP_DAYS);
    }

    /** The deterministic bytes of a payload tree. */
    public static byte[] render(JsonNode payload) {
        String json = JsonText.pretty(payload, PRINTER);
        return (json + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }
}
