package io.github.cutoverguard.engine.cutover;

import io.github.cutoverguard.engine.Rule;
import io.github.cutoverguard.engine.Baseline;
import io.github.cutoverguard.engine.Breach;
import io.github.cutoverguard.engine.json.InputLoader;
import io.github.cutoverguard.engine.json.JsonDocument;
import io.github.cutoverguard.engine.schema.MatchesSchema;
import io.github.cutoverguard.engine.schema.SchemaCatalog;
import tools.jackson.databind.JsonNode;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Raises {@link #RULE} unless the cutover approval record (schema {@code cutover-approval.v1})
 * exists, parses, matches its schema, approves exactly {@code <baseline>}, holds both a producer and
 * a consumer approval, and lists every gate as {@code passed}. Every problem is this one rule: in
 * cutover mode the record is the gate.
 */
public final class CutoverApprovalHolds {

    public static final Rule RULE = Rule.CUTOVER_APPROVAL;
    /** The bundled schema of the approval record. */
    public static final String SCHEMA = "cutover-approval.v1";

    private final Baseline baseline;

    public CutoverApprovalHolds(Baseline baseline) {
        this.baseline = baseline;
    }

    /** The outcome: the breaches and, when the file was read, the document. */
    public record Outcome(List<Breach> breaches, JsonDocument document) {
    }

    /** Checks the record at {@code file} ({@code null}: none configured). */
    public Outcome check(InputLoader inputs, Path file) {
        if (file == null) {
            return new Outcome(List.of(Breach.error(RULE, "no cutoverApprovalFile is configured: runtime cutover needs "
                    + "a joint approval record").hint("set <cutoverApprovalFile> to a cutover-approval.v1 record signed "
                    + "off by producer and consumer").build()), null);
        }
        InputLoader.Loaded<JsonDocument> load = inputs.json(file);
        if (load.value().isEmpty()) {
            return new Outcome(load.breaches().stream().map(b -> Breach.error(RULE, b.message()).file(b.file())
                    .at(b.location()).hint(b.rule() == Rule.FILE_MISSING
                            ? "record the joint approval in " + b.file() + " (schema cutover-approval.v1)" : b.hint())
                    .build()).toList(), null);
        }
        JsonDocument doc = load.value().get();
        List<Breach> breaches = new ArrayList<>();
        MatchesSchema.check(doc, SchemaCatalog.bundled(SCHEMA), SCHEMA).forEach(b -> breaches.add(
                doc.breachAt(RULE, b.jsonPointer(), b.message()).expected(b.expected()).actual(b.actual()).build()));
        checkBaseline(doc, breaches);
        for (String side : List.of("producer", "consumer")) {
            JsonNode approval = doc.root().at("/approvals/" + side);
            if (approval.isMissingNode() || !approval.isObject()) {
                breaches.add(doc.breachAt(RULE, "/approvals", "the record has no " + side + " approval")
                        .expected(side + " approval").hint("the cutover needs both the producer's and the consumer's approval")
                        .build());
            }
        }
        JsonNode gates = doc.root().get("gates");
        if (gates != null && gates.isArray()) {
            for (int i = 0; i < gates.size(); i++) {
                JsonNode gate = gates.get(i);
                String status = gate.path("status").asString("");
                if (!"passed".equals(status)) {
                    String pointer = "/gates/" + i + "/status";
                    breaches.add(doc.breachAt(RULE, pointer, "gate " + gate.path("id").asString("#" + i) + " is "
                                    + (status.isEmpty() ? "without a status" : "\"" + status + "\"") + ", not passed")
                            .expected("passed").actual(status).hint("every cutover gate must pass before the runtime cutover")
                            .build());
                }
            }
        }
        return new Outcome(breaches, doc);
    }

    private void checkBaseline(JsonDocument doc, List<Breach> breaches) {
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("release_tag", baseline.releaseTag());
        expected.put("commit_sha", baseline.commitSha());
        expected.put("service_contract", baseline.serviceContract());
        expected.put("api_contract", baseline.apiContract());
        expected.put("integration_baseline", baseline.integrationBaseline());
        expected.forEach((field, want) -> {
            String pointer = "/baseline/" + field;
            doc.at(pointer).filter(JsonNode::isString).map(JsonNode::asString)
                    .filter(actual -> want != null && !actual.equals(want))
                    .ifPresent(actual -> breaches.add(doc.breachAt(RULE, pointer, "the record approves " + field + " \""
                                    + actual + "\", <baseline> is \"" + want + "\"")
                            .expected(want).actual(actual)
                            .hint("the approval must be for the baseline being cut over to").build()));
        });
    }
}
