package io.github.cutoverguard.engine.report;

import io.github.cutoverguard.engine.json.JsonText;
import io.github.cutoverguard.engine.Baseline;
import io.github.cutoverguard.engine.CheckResult;
import io.github.cutoverguard.engine.GoalResult;
import io.github.cutoverguard.engine.git.WorkTreeSource;
import io.github.cutoverguard.engine.verdict.Decision;
import io.github.cutoverguard.engine.verdict.FollowUp;
import io.github.cutoverguard.engine.verdict.VerdictResult;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * {@code verdict.json} (schema {@code verdict.v2}): the role judged, the decisions of that role with reasons (each under
 * its own member), every goal's checks and breaches.
 */
public final class VerdictReport implements ReportFormat {

    /** The verdict's file name in the report directory. */
    public static final String FILE_NAME = "verdict.json";


    /** The value of {@code schema_version}. */
    public static final String SCHEMA_VERSION = "verdict.v2";

    /** The format; {@link ReportFormats#ALL} holds the one the plugin writes. */
    public VerdictReport() {
    }

    public static ObjectNode toJson(VerdictResult verdict) {
        return toJson(verdict, null);
    }

    /** {@code verdict.json} as a tree, naming the consumer's source when known ({@code null}: unknown). */
    public static ObjectNode toJson(VerdictResult verdict, WorkTreeSource source) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("schema_version", SCHEMA_VERSION);
        root.put("generated_at_utc", DateTimeFormatter.ISO_INSTANT.format(verdict.generatedAt().truncatedTo(ChronoUnit.SECONDS)));
        root.put("mode", verdict.mode().id());
        root.put("role", verdict.role().role().id());
        root.put("role_reason", verdict.role().why());
        root.putObject("day").put("judged", verdict.day().day().toString()).put("today", verdict.day().today().toString())
                .put("rehearsed", verdict.day().rehearsed());
        ArrayNode weakened = root.putArray("configuration_weakened");
        verdict.weakened().forEach(weakened::add);
        Baseline b = verdict.baseline();
        root.putObject("baseline")
                .put("release_tag", b.releaseTag())
                .put("commit_sha", b.commitSha())
                .put("service_contract", b.serviceContract())
                .put("api_contract", b.apiContract())
                .put("integration_baseline", b.integrationBaseline());
        EvidenceReport.putSource(root, source);
        root.put("target_service_contract", verdict.targetServiceContract());
        verdict.decisions().forEach((line, decision) -> decision(root.putObject(line.member()), decision));
        ArrayNode goals = root.putArray("goals");
        for (GoalResult goal : verdict.goals()) {
            ObjectNode node = goals.addObject();
            node.put("goal", goal.goal());
            node.put("status", EvidenceReport.status(goal));
            ArrayNode checks = node.putArray("checks");
            for (CheckResult check : goal.checks()) {
                checks.addObject().put("id", check.id()).put("status", check.status().id()).put("detail", check.detail());
            }
            node.set("breaches", EvidenceReport.breaches(goal));
            node.put("breach_count", goal.breachCount());
        }
        ArrayNode risks = root.putArray("risks");
        verdict.risks().forEach(risks::add);
        ArrayNode followUps = root.putArray("follow_ups");
        for (FollowUp f : verdict.followUps()) {
            followUps.addObject().put("owner", f.owner()).put("action", f.action()).put("due", f.due());
        }
        return root;
    }

    private static void decision(ObjectNode node, Decision decision) {
        node.put("decision", decision.label());
        node.put("reason", decision.reason());
    }

    @Override
    public String fileName() {
        return FILE_NAME;
    }

    /** {@code verdict.json}, naming the consumer's source when the context knows it. */
    @Override
    public byte[] render(VerdictResult verdict, ReportContext context) {
        return (JsonText.pretty(toJson(verdict, context.subject().source())) + "\n").getBytes(StandardCharsets.UTF_8);
    }
}
