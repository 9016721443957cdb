package io.github.cutoverguard.engine.report;

import io.github.cutoverguard.engine.json.JsonText;
import io.github.cutoverguard.engine.Breach;
import io.github.cutoverguard.engine.Rule;
import io.github.cutoverguard.engine.Severity;
import io.github.cutoverguard.engine.verdict.VerdictResult;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code cutover-guardrails.sarif}: SARIF 2.1.0 as GitHub code scanning ingests it. The rules are the rule IDs that
 * occur, each with its meaning, fix and a {@code helpUri} into the README's rule table; each breach is a result located
 * in its file (relative to the repository root, {@code uriBaseId} {@code %SRCROOT%}) with its line and column, or at
 * its module's {@code pom.xml} when it names no file (code scanning rejects a whole upload for one result without a
 * location) or one outside the repository (its message then names the file as the project reaches it).
 */
public final class SarifReport implements ReportFormat {

    /** The file name. */
    public static final String FILE_NAME = "cutover-guardrails.sarif";
    /** The base a relative artifact URI is resolved against: the checkout's root. */
    public static final String SOURCE_ROOT = "%SRCROOT%";

    /** The format; {@link ReportFormats#ALL} holds the one the plugin writes. */
    public SarifReport() {
    }

    public static ObjectNode toJson(VerdictResult verdict, String toolVersion, ReportLocations locations) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        root.put("version", "2.1.0");
        ObjectNode run = root.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "cutover-guardrails-maven-plugin");
        driver.put("version", toolVersion);
        driver.put("informationUri", PluginInfo.URL);
        List<String> ruleIds = new ArrayList<>();
        for (Breach breach : verdict.breaches()) {
            if (!ruleIds.contains(breach.ruleId())) {
                ruleIds.add(breach.ruleId());
            }
        }
        ArrayNode rules = driver.putArray("rules");
        for (String id : ruleIds) {
            Rule rule = Rule.of(id);
            ObjectNode node = rules.addObject();
            node.put("id", id);
            node.putObject("shortDescription").put("text", firstSentence(rule.meaning()));
            node.putObject("fullDescription").put("text", rule.meaning());
            node.putObject("help").put("text", rule.hint());
            node.put("helpUri", PluginInfo.ruleUri(id));
        }
        ArrayNode results = run.putArray("results");
        for (Breach breach : verdict.breaches()) {
            ObjectNode result = results.addObject();
            result.put("ruleId", breach.ruleId());
            result.put("ruleIndex", ruleIds.indexOf(breach.ruleId()));
            result.put("level", breach.severity() == Severity.ERROR ? "error" : "warning");
            result.putObject("message").put("text", locations.textOf(breach));
            // Every artifact URI is relative to %SRCROOT%, the checkout's root: an absolute file: URI would carry the
            // machine's path into the report, and a relative URI with ".." segments leaves the base it is resolved
            // against (SARIF 2.1.0 §3.4.3/§3.4.4; the SARIF TC and its SDK advise against ".." segments, oasis-tcs
            // sarif-spec#461, microsoft/sarif-sdk#1867) and names no file of the repository code scanning could show.
            // A breach in a file outside the repository is placed at its module's pom.xml, its text naming the file.
            ObjectNode physical = result.putArray("locations").addObject().putObject("physicalLocation");
            physical.putObject("artifactLocation").put("uri", locations.fileOf(breach)).put("uriBaseId", SOURCE_ROOT);
            if (locations.placedInItsFile(breach) && breach.location().isKnown()) {
                physical.putObject("region").put("startLine", breach.location().line())
                        .put("startColumn", Math.max(1, breach.location().column()));
            }
            if (breach.omitted() > 0) {
                // the entry closing a list cut by maxBreachesPerRule: how many results of its rule in its file it stands for
                result.putObject("properties").put("omitted", breach.omitted());
            }
            if (breach.waived() != null) {
                // a waiver is a suppression kept outside the analysed file, accepted by its owner
                result.putArray("suppressions").addObject()
                        .put("kind", "external")
                        .put("status", "accepted")
                        .put("justification", breach.waived().describe());
            }
        }
        ObjectNode properties = run.putObject("properties").put("role", verdict.role().role().id());
        verdict.decisions().forEach((line, decision) -> properties.put(line.camelCase(), decision.label()));
        return root;
    }

    @Override
    public String fileName() {
        return FILE_NAME;
    }

    /** The SARIF log naming the plugin's version, each breach placed by the context's locations. */
    @Override
    public byte[] render(VerdictResult verdict, ReportContext context) {
        return (JsonText.pretty(toJson(verdict, context.pluginVersion(), context.locations())) + "\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    /** The first sentence of a rule's meaning: what GitHub shows as the rule's title. */
    private static String firstSentence(String text) {
        int end = text.indexOf(". ");
        return end < 0 ? text : text.substring(0, end + 1);
    }
}
