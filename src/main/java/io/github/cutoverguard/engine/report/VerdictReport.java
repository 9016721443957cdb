package io.github.cutoverguard.engine.report;

import io.github.cutoverguard.engine.io.AtomicFiles;
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

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/** {@code verdict.json} (schema {@code verdict.v1}): both decisions with reasons, every goal's checks and breaches. */
public final class VerdictReport {

    /** The verdict's file name in the report directory. */
    public static final String FILE_NAME = "verdict.json";


    /** The value of {@code schema_version}. */
    public static final String SCHEMA_VERSION = "verdict.v1";

    private VerdictReport() {
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
        decision(root.putObject("rehearsal_continuation"), verdict.rehearsalContinuation());
        decision(root.putObject("runtime_cutover"), verdict.runtimeCutover());
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

    /**
     * Writes every report of a verdict, each atomically: {@code verdict.json}, {@code verdict.md}, the JUnit XML
     * and the SARIF log naming {@code pluginVersion}.
     */
    public static void writeAll(VerdictResult verdict, String pluginVersion, Path directory) throws IOException {
        writeAll(verdict, VerdictSubject.UNNAMED, pluginVersion, ReportLocations.within(directory), directory);
    }

    /**
     * Writes every report of a verdict; {@code verdict.json} names the consumer's source, {@code verdict.md} the project
     * and the source ({@code subject}), the SARIF report places breaches by {@code locations}.
     */
    public static void writeAll(VerdictResult verdict, VerdictSubject subject, String pluginVersion,
                                ReportLocations locations, Path directory) throws IOException {
        Path target = directory.resolve(FILE_NAME);
        AtomicFiles.write(target, (JsonText.pretty(toJson(verdict, subject.source())) + "\n")
                .getBytes(StandardCharsets.UTF_8));
        VerdictMarkdown.write(verdict, subject, directory);
        JUnitReport.write(verdict, directory);
        SarifReport.write(verdict, pluginVersion == null ? "unknown" : pluginVersion, locations, directory);
    }

    /** Writes {@code verdict.json} atomically. */
    public static Path write(VerdictResult verdict, Path directory) throws IOException {
        Path target = directory.resolve(FILE_NAME);
        AtomicFiles.write(target, (JsonText.pretty(toJson(verdict)) + "\n").getBytes(StandardCharsets.UTF_8));
        return target;
    }
}
