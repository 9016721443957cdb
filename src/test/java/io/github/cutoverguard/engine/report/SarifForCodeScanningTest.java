package io.github.cutoverguard.engine.report;

import io.github.cutoverguard.engine.Breach;
import io.github.cutoverguard.engine.Mode;
import io.github.cutoverguard.engine.input.InputLimits;
import io.github.cutoverguard.engine.schema.MatchesSchema;
import io.github.cutoverguard.engine.schema.SchemaCatalog;
import io.github.cutoverguard.engine.testing.Docs;
import io.github.cutoverguard.engine.testing.Fixtures;
import io.github.cutoverguard.engine.verdict.VerdictResult;
import io.github.cutoverguard.engine.verdict.VerdictTestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPOutputStream;

import static io.github.cutoverguard.engine.verdict.VerdictTestData.breach;
import static io.github.cutoverguard.engine.verdict.VerdictTestData.goal;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #16: the SARIF report against what GitHub code scanning accepts on upload, besides the SARIF 2.1.0 schema.
 * GitHub's documented limits ("SARIF support for code scanning": at most 20 runs per file, 25,000 results and 25,000
 * rules per run, 1,000 locations per result, 10 MB gzip-compressed per upload) and its behaviour on results without a
 * location (the whole upload is rejected: "locationFromSarifResult: expected at least one location", github/codeql-action
 * issues 2459 and 1738). A path it can place on a pull request's diff is relative to the checkout root.
 */
class SarifForCodeScanningTest {

    @TempDir
    Path dir;

    /** A module {@code orders-client} of a repository: a located breach, a fileless one and one outside the repository. */
    private VerdictResult verdict() {
        return VerdictTestData.verdict(Mode.CUTOVER, List.of(VerdictTestData.passingPin(),
                goal("check-pin", "pin.baseline", breach("PIN-RELEASE-TAG", "config/integration-pin.json", 3, 18)),
                goal("guard", "guard.fallback", breach("GUARD-FALLBACK-MISSING", null, 0, 0)),
                goal("check-docs", "docs.marker", breach("DOCS-UPDATED-MARKER", "docs/BILLING.md", 1, 1)
                        .waivedBy(new Breach.Waived("invoicing-team", LocalDate.parse("2026-12-31"), "the page moves",
                                "config/cutover-waivers.json:4:5"))),
                goal("verdict", "cutover.approval", breach("CUTOVER-APPROVAL", null, 0, 0),
                        breach("FILE-MISSING", "../../elsewhere/approval.json", 0, 0))));
    }

    private JsonNode sarif(ReportLocations locations) throws Exception {
        Path file = new SarifReport().write(verdict(), new ReportContext(VerdictSubject.UNNAMED, "1.0.0", locations), dir);
        var document = Docs.json("cutover-guardrails.sarif", Files.readString(file));
        var schema = SchemaCatalog.local(Fixtures.reference("../standards/sarif-2.1.0-rtm.5.json"), "sarif-2.1.0",
                InputLimits.DEFAULT);
        assertThat(new MatchesSchema(schema, "sarif-2.1.0").check(document)).isEmpty();
        return document.root();
    }

    @Test
    void everyResultIsLocatedRelativeToTheRepositoryRootWithinGitHubsLimits() throws Exception {
        Path repository = dir.resolve("shop");
        JsonNode root = sarif(new ReportLocations(repository, repository.resolve("orders-client")));
        assertThat(problems(root, gzipped(Files.readAllBytes(dir.resolve(SarifReport.FILE_NAME))))).isEmpty();
        JsonNode results = root.at("/runs/0/results");
        assertThat(results).hasSize(5);
        assertThat(uris(results)).containsExactly("orders-client/config/integration-pin.json", "orders-client/pom.xml",
                "orders-client/docs/BILLING.md", "orders-client/pom.xml", "orders-client/pom.xml");
        assertThat(results.get(0).at("/locations/0/physicalLocation/artifactLocation/uriBaseId").asString())
                .isEqualTo("%SRCROOT%");
        // issue #25: a file outside the repository is no absolute file: URI (the machine's path) and no "../" URI
        // (code scanning shows no file outside the repository): it is placed at the module's pom.xml, its message
        // naming the file as the module reaches it
        assertThat(results.get(4).at("/locations/0/physicalLocation/artifactLocation/uriBaseId").asString())
                .isEqualTo("%SRCROOT%");
        assertThat(results.get(4).at("/message/text").asString())
                .startsWith("../../elsewhere/approval.json: something \"quoted\" & <odd> broke");
        assertThat(results.get(4).at("/locations/0/physicalLocation/region").isMissingNode()).isTrue();
        assertThat(Files.readString(dir.resolve(SarifReport.FILE_NAME))).doesNotContain(dir.toString());
        // issue #18: a waived breach is a result with an accepted external suppression carrying the justification
        assertThat(results.get(0).has("suppressions")).isFalse();
        assertThat(results.get(2).at("/suppressions/0/kind").asString()).isEqualTo("external");
        assertThat(results.get(2).at("/suppressions/0/status").asString()).isEqualTo("accepted");
        assertThat(results.get(2).at("/suppressions/0/justification").asString())
                .isEqualTo("waived by invoicing-team until 2026-12-31 (config/cutover-waivers.json:4:5): the page moves");
        assertThat(results.get(0).at("/locations/0/physicalLocation/region/startLine").intValue()).isEqualTo(3);
        assertThat(results.get(1).at("/locations/0/physicalLocation/region").isMissingNode()).isTrue();
        assertThat(root.at("/runs/0/tool/driver/rules/0/helpUri").asString())
                .isEqualTo(PluginInfo.URL + "#rule-pin-release-tag");
        assertThat(root.at("/runs/0/tool/driver/informationUri").asString()).isEqualTo(PluginInfo.URL)
                .startsWith("https://github.com/");
    }

    @Test
    void outsideGitThePathsAreTheModules() throws Exception {
        JsonNode root = sarif(ReportLocations.within(dir.resolve("orders-client")));
        assertThat(problems(root, 0)).isEmpty();
        assertThat(uris(root.at("/runs/0/results")).subList(0, 4))
                .containsExactly("config/integration-pin.json", "pom.xml", "docs/BILLING.md", "pom.xml");
    }

    @Test
    void theCheckerCatchesWhatGitHubRejects() throws Exception {
        JsonNode good = sarif(ReportLocations.within(dir));
        var broken = (tools.jackson.databind.node.ObjectNode) good.deepCopy();
        var result = (tools.jackson.databind.node.ObjectNode) broken.at("/runs/0/results/1");
        result.remove("locations");
        ((tools.jackson.databind.node.ObjectNode) broken.at("/runs/0/results/0/locations/0/physicalLocation/artifactLocation"))
                .put("uri", "C:\\shop\\pin.json");
        ((tools.jackson.databind.node.ObjectNode) broken.at("/runs/0/tool/driver/rules/0")).remove("helpUri");
        ((tools.jackson.databind.node.ObjectNode) broken.at("/runs/0/results/2/suppressions/0")).put("kind", "waiver")
                .put("status", "approved").remove("justification");
        assertThat(problems(broken, 11L << 20)).containsExactlyInAnyOrder(
                "result 2: suppression kind waiver, status approved, no justification",
                "result 0: uri C:\\shop\\pin.json is neither relative with / nor a file: URI",
                "result 1: no location",
                "rule PIN-RELEASE-TAG: no https helpUri",
                "file: over 10 MB gzip-compressed");
    }

    /** What GitHub code scanning would reject or could not place; empty when the upload is accepted. */
    static List<String> problems(JsonNode sarif, long bytesGzipped) {
        List<String> problems = new ArrayList<>();
        if (bytesGzipped > 10L << 20) {
            problems.add("file: over 10 MB gzip-compressed");
        }
        JsonNode runs = sarif.get("runs");
        if (!"2.1.0".equals(sarif.path("version").asString()) || runs.size() > 20) {
            problems.add("file: not SARIF 2.1.0 with at most 20 runs");
        }
        for (JsonNode run : runs) {
            JsonNode rules = run.at("/tool/driver/rules");
            Set<String> ids = new HashSet<>();
            if (rules.size() > 25_000 || run.path("results").size() > 25_000) {
                problems.add("run: over 25,000 rules or results");
            }
            for (JsonNode rule : rules) {
                ids.add(rule.path("id").asString());
                if (!rule.path("helpUri").asString("").startsWith("https://")) {
                    problems.add("rule " + rule.path("id").asString() + ": no https helpUri");
                }
            }
            int index = 0;
            for (JsonNode result : run.path("results")) {
                String at = "result " + index++;
                if (!ids.contains(result.path("ruleId").asString()) || result.at("/message/text").asString("").isBlank()) {
                    problems.add(at + ": no known ruleId or no message");
                }
                JsonNode locations = result.path("locations");
                if (locations.isEmpty() || locations.size() > 1_000) {
                    problems.add(at + (locations.isEmpty() ? ": no location" : ": over 1,000 locations"));
                }
                for (JsonNode location : locations) {
                    String uri = location.at("/physicalLocation/artifactLocation/uri").asString("");
                    boolean relative = !uri.isEmpty() && !uri.startsWith("/") && !uri.contains("\\")
                            && !uri.contains(":") && !uri.startsWith("..");
                    if (!relative && !uri.startsWith("file:/")) {
                        problems.add(at + ": uri " + uri + " is neither relative with / nor a file: URI");
                    } else if (!relative && URI.create(uri).getScheme() == null) {
                        problems.add(at + ": uri " + uri + " is no URI");
                    }
                    if (location.at("/physicalLocation/region/startLine").asInt(1) < 1) {
                        problems.add(at + ": startLine below 1");
                    }
                }
                // a suppression GitHub (closed as suppressed) and GitLab (dropped unless underReview/rejected) read
                for (JsonNode suppression : result.path("suppressions")) {
                    String kind = suppression.path("kind").asString("");
                    String status = suppression.path("status").asString("accepted");
                    if (!Set.of("inSource", "external").contains(kind) || !Set.of("accepted", "underReview", "rejected")
                            .contains(status) || suppression.path("justification").asString("").isBlank()) {
                        problems.add(at + ": suppression kind " + kind + ", status " + status + ", "
                                + (suppression.path("justification").asString("").isBlank() ? "no justification" : "justified"));
                    }
                }
            }
        }
        return problems;
    }

    private static List<String> uris(JsonNode results) {
        List<String> uris = new ArrayList<>();
        results.forEach(r -> uris.add(r.at("/locations/0/physicalLocation/artifactLocation/uri").asString()));
        return uris;
    }

    static long gzipped(byte[] bytes) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(bytes);
        }
        return out.size();
    }
}
