package io.github.cutoverguard.engine.cutover;

import io.github.cutoverguard.engine.Rule;
import io.github.cutoverguard.engine.Baseline;
import io.github.cutoverguard.engine.Breach;
import io.github.cutoverguard.engine.Check;
import io.github.cutoverguard.engine.Severity;
import io.github.cutoverguard.engine.VisibleText;
import io.github.cutoverguard.engine.json.InputLoader;
import io.github.cutoverguard.engine.json.JsonDocument;
import io.github.cutoverguard.engine.schema.MatchesSchema;
import io.github.cutoverguard.engine.schema.SchemaCatalog;
import tools.jackson.databind.JsonNode;

import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Optional;

/**
 * Raises {@link #RULE} unless the cutover approval record (schema {@code cutover-approval.v1})
 * exists, parses, matches its schema, approves exactly {@code <baseline>}, holds both a producer and
 * a consumer approval by two different people, each given on or before today (never in the future), starts from the
 * pin the base ref has ({@code previous_baseline}, when there is a base) and lists every gate as {@code passed}.
 * Every problem is this one rule: in cutover mode the record is the gate. Approvals are checked, not trusted (DESIGN §7).
 */
public final class CutoverApprovalHolds implements Check<JsonDocument> {

    public static final Rule RULE = Rule.CUTOVER_APPROVAL;
    /** The bundled schema of the approval record. */
    public static final String SCHEMA = "cutover-approval.v1";

    private final Baseline baseline;
    private final Instant now;
    private final PinAtBase pinAtBase;

    /**
     * @param baseline  the baseline being cut over to
     * @param now       the real time of the build (an approval given later than this is no approval)
     * @param pinAtBase the pin at the base ref, which {@code previous_baseline} must name; {@code null} when there is
     *                  no base to compare with (no pin configured, or no base ref)
     */
    public CutoverApprovalHolds(Baseline baseline, Instant now, PinAtBase pinAtBase) {
        this.baseline = baseline;
        this.now = now;
        this.pinAtBase = pinAtBase;
    }

    @Override
    public Set<Rule> rules() {
        return Set.of(RULE);
    }

    /**
     * Reads the record at {@code file} ({@code null}: none configured): the document, or the breaches of {@link #RULE}
     * saying why there is none (no record is no approval).
     */
    public static InputLoader.Loaded<JsonDocument> read(InputLoader inputs, Path file) {
        if (file == null) {
            return new InputLoader.Loaded<>(Optional.empty(), List.of(Breach.error(RULE, "no cutoverApprovalFile is "
                    + "configured: runtime cutover needs a joint approval record").hint("set <cutoverApprovalFile> to a "
                    + "cutover-approval.v1 record signed off by producer and consumer").build()));
        }
        InputLoader.Loaded<JsonDocument> load = inputs.json(file);
        if (load.value().isPresent()) {
            return load;
        }
        return new InputLoader.Loaded<>(Optional.empty(), load.breaches().stream().map(b -> Breach.error(RULE, b.message())
                .file(b.file()).at(b.location()).hint(b.rule() == Rule.FILE_MISSING
                        ? "record the joint approval in " + b.file() + " (schema cutover-approval.v1)" : b.hint())
                .build()).toList());
    }

    /** Checks the record {@link #read} read. */
    @Override
    public List<Breach> check(JsonDocument doc) {
        List<Breach> breaches = new ArrayList<>();
        MatchesSchema.bundled(SCHEMA).check(doc).forEach(b -> breaches.add(
                doc.breachAt(RULE, b.jsonPointer(), b.message()).expected(b.expected()).actual(b.actual()).build()));
        checkBaseline(doc, breaches);
        Map<String, String> approvers = new LinkedHashMap<>();
        for (String side : List.of("producer", "consumer")) {
            JsonNode approval = doc.root().at("/approvals/" + side);
            if (approval.isMissingNode() || !approval.isObject()) {
                breaches.add(doc.breachAt(RULE, "/approvals", "the record has no " + side + " approval")
                        .expected(side + " approval").hint("the cutover needs both the producer's and the consumer's approval")
                        .build());
                continue;
            }
            String by = approval.path("approved_by").asString("");
            if (VisibleText.hasVisible(by)) { // one without is the schema's (visible-text), and nobody to compare
                approvers.put(side, by);
            }
            approvedAt(doc, side, approval, breaches);
        }
        if (approvers.size() == 2 && VisibleText.identity(approvers.get("producer"))
                .equals(VisibleText.identity(approvers.get("consumer")))) {
            breaches.add(doc.breachAt(RULE, "/approvals/consumer/approved_by", "producer and consumer are approved by the "
                            + "same person (" + approvers.get("producer").strip() + "): a joint approval needs two")
                    .expected("a consumer approver other than " + approvers.get("producer").strip())
                    .actual(approvers.get("consumer"))
                    .hint("the producer's release owner and the consumer's integration owner each approve").build());
        }
        previousBaseline(doc, breaches);
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
        return breaches;
    }

    /** An approval is given on or before now: a date in the future approves nothing yet. */
    private void approvedAt(JsonDocument doc, String side, JsonNode approval, List<Breach> breaches) {
        String pointer = "/approvals/" + side + "/approved_at_utc";
        String at = approval.path("approved_at_utc").asString("");
        Instant when;
        try {
            when = OffsetDateTime.parse(at).toInstant();
        } catch (DateTimeParseException e) {
            breaches.add(doc.breachAt(RULE, pointer, "the " + side + " approval's approved_at_utc \"" + at + "\" is no "
                    + "date-time").expected("e.g. 2026-02-22T09:00:00Z").actual(at)
                    .hint("record when the approval was given, in UTC").build());
            return;
        }
        if (when.isAfter(now)) {
            breaches.add(doc.breachAt(RULE, pointer, "the " + side + " approval is dated " + at + ", after now ("
                            + now.truncatedTo(ChronoUnit.SECONDS) + "): an approval in the future approves nothing yet")
                    .expected("on or before " + now.truncatedTo(ChronoUnit.SECONDS)).actual(at)
                    .hint("record the approval when it is given, with the time it was given").build());
        }
    }

    /** {@code previous_baseline} is the pin at the base ref: the approval moves the pin the base has, no other. */
    private void previousBaseline(JsonDocument doc, List<Breach> breaches) {
        if (pinAtBase == null) {
            return;
        }
        String tag = doc.root().at("/previous_baseline/release_tag").asString(null);
        String sha = doc.root().at("/previous_baseline/commit_sha").asString(null);
        if (pinAtBase.problem() != null) {
            Breach breach = doc.breachAt(RULE, "/previous_baseline", "previous_baseline cannot be compared with the pin "
                    + "at " + pinAtBase.ref() + ": " + pinAtBase.problem()).expected("the pin at " + pinAtBase.ref())
                    .hint("make the base ref readable (fetch it), so that the approval is checked against the pin it moves")
                    .build();
            breaches.add(pinAtBase.optional() ? breach.withSeverity(Severity.WARNING) : breach);
            return;
        }
        String expected = pinAtBase.releaseTag() + " (" + pinAtBase.commitSha() + ")";
        if (tag == null || sha == null || !tag.equals(pinAtBase.releaseTag()) || !sha.equalsIgnoreCase(pinAtBase.commitSha())) {
            breaches.add(doc.breachAt(RULE, tag == null && sha == null ? "/previous_baseline" : "/previous_baseline/release_tag",
                            "the record approves a move from " + (tag == null && sha == null ? "no previous_baseline"
                                    : tag + " (" + sha + ")") + ", but the pin at " + pinAtBase.ref() + " is " + expected)
                    .expected(expected).actual(tag + " (" + sha + ")")
                    .hint("the approval must start from the pin the base branch has: previous_baseline is "
                            + pinAtBase.releaseTag() + " / " + pinAtBase.commitSha()).build());
        }
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
