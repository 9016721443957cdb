package io.github.cutoverguard.engine.report;

import io.github.cutoverguard.engine.io.AtomicFiles;
import io.github.cutoverguard.engine.json.JsonText;
import io.github.cutoverguard.engine.Baseline;
import io.github.cutoverguard.engine.Breach;
import io.github.cutoverguard.engine.CheckResult;
import io.github.cutoverguard.engine.GoalResult;
import io.github.cutoverguard.engine.InputFile;
import io.github.cutoverguard.engine.git.WorkTreeSource;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * The per-goal evidence report {@code <goal>.json} (schema {@code evidence.v1}): inputs with their
 * SHA-256, each check's status, every breach and the overall status. Written atomically.
 */
public final class EvidenceReport {

    /** The value of {@code schema_version}. */
    public static final String SCHEMA_VERSION = "evidence.v1";

    private EvidenceReport() {
    }

    /** The report as a JSON tree. */
    public static ObjectNode toJson(GoalResult result) {
        return toJson(result, null);
    }

    /** The report as a JSON tree, naming the consumer's source when known ({@code null}: not in a git work tree). */
    public static ObjectNode toJson(GoalResult result, WorkTreeSource source) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("schema_version", SCHEMA_VERSION);
        root.put("goal", result.goal());
        root.put("generated_at_utc",
                DateTimeFormatter.ISO_INSTANT.format(result.generatedAt().truncatedTo(ChronoUnit.SECONDS)));
        root.put("mode", result.mode().id());
        Baseline b = result.baseline();
        ObjectNode baseline = root.putObject("baseline");
        baseline.put("release_tag", b.releaseTag());
        baseline.put("commit_sha", b.commitSha());
        baseline.put("service_contract", b.serviceContract());
        baseline.put("api_contract", b.apiContract());
        baseline.put("integration_baseline", b.integrationBaseline());
        putSource(root, source);
        root.put("target_service_contract", result.targetServiceContract());
        ArrayNode inputs = root.putArray("inputs");
        for (InputFile input : result.inputs()) {
            inputs.addObject().put("path", input.path()).put("sha256", input.sha256());
        }
        ArrayNode checks = root.putArray("checks");
        for (CheckResult check : result.checks()) {
            checks.addObject().put("id", check.id()).put("status", check.status().id()).put("detail", check.detail());
        }
        root.set("breaches", breaches(result));
        root.put("breach_count", result.breachCount());
        if (result.acceptance() != null) {
            root.putObject("acceptance")
                    .put("payload", result.acceptance().payload())
                    .put("sha256", result.acceptance().sha256())
                    .put("kind", result.acceptance().kind())
                    .put("accepted", result.acceptance().accepted());
        }
        root.put("status", status(result));
        return root;
    }

    /**
     * The result's breaches as listed, each with its rule, severity, place, values, message and hint; the entry that
     * closes a list cut by {@code maxBreachesPerRule} ("… and 150 more") says how many it stands for in {@code omitted}.
     */
    static ArrayNode breaches(GoalResult result) {
        ArrayNode breaches = JsonNodeFactory.instance.arrayNode();
        for (Breach breach : result.breaches()) {
            ObjectNode node = breaches.addObject();
            node.put("rule_id", breach.ruleId());
            node.put("severity", breach.severity().name().toLowerCase(Locale.ROOT));
            node.put("file", breach.file());
            node.put("line", breach.location().line());
            node.put("column", breach.location().column());
            node.put("json_pointer", breach.jsonPointer());
            node.put("expected", breach.expected());
            node.put("actual", breach.actual());
            node.put("message", breach.message());
            node.put("hint", breach.hint());
            if (breach.details() != null) {
                node.put("details", breach.details());
            }
            if (breach.waived() != null) {
                node.putObject("waived").put("owner", breach.waived().owner())
                        .put("expires", breach.waived().expires().toString()).put("reason", breach.waived().reason())
                        .put("waiver", breach.waived().source());
            }
            if (breach.omitted() > 0) {
                node.put("omitted", breach.omitted());
            }
        }
        return breaches;
    }

    /** Adds {@code source: {commit, branch, dirty}} when the source is known. */
    static void putSource(ObjectNode root, WorkTreeSource source) {
        if (source != null) {
            root.putObject("source").put("commit", source.commit()).put("branch", source.branch())
                    .put("dirty", source.dirty());
        }
    }

    /**
     * {@code fail} with an error no waiver accepts, else {@code warn} with a warning no waiver accepts, else {@code pass}
     * (waived breaches are listed, each with its waiver).
     */
    public static String status(GoalResult result) {
        if (!result.passed()) {
            return "fail";
        }
        return result.breaches().stream().anyMatch(b -> b.waived() == null) ? "warn" : "pass";
    }

    /** Writes {@code <goal>.json} into {@code directory} atomically and returns its path. */
    public static Path write(GoalResult result, Path directory) throws IOException {
        return write(result, null, directory);
    }

    /** Writes {@code <goal>.json} naming the consumer's source ({@code null}: unknown) and returns its path. */
    public static Path write(GoalResult result, WorkTreeSource source, Path directory) throws IOException {
        Path target = directory.resolve(result.goal() + ".json");
        String json = JsonText.pretty(toJson(result, source)) + "\n";
        AtomicFiles.write(target, json.getBytes(StandardCharsets.UTF_8));
        return target;
    }
}
