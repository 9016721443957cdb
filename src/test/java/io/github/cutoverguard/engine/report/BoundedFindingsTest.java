package io.github.cutoverguard.engine.report;

import io.github.cutoverguard.engine.Baseline;
import io.github.cutoverguard.engine.Breach;
import io.github.cutoverguard.engine.CheckResult;
import io.github.cutoverguard.engine.CheckStatus;
import io.github.cutoverguard.engine.GoalResult;
import io.github.cutoverguard.engine.Location;
import io.github.cutoverguard.engine.Mode;
import io.github.cutoverguard.engine.RunContext;
import io.github.cutoverguard.engine.guard.GuardRequest;
import io.github.cutoverguard.engine.input.InputLimits;
import io.github.cutoverguard.engine.input.ProjectFiles;
import io.github.cutoverguard.engine.schema.MatchesSchema;
import io.github.cutoverguard.engine.schema.SchemaCatalog;
import io.github.cutoverguard.engine.testing.Docs;
import io.github.cutoverguard.engine.testing.Fixtures;
import io.github.cutoverguard.engine.verdict.VerdictResult;
import io.github.cutoverguard.engine.verdict.VerdictTestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * DESIGN §7 "Bounded": at most {@code maxBreachesPerRule} (default 100) breaches of one rule in one file are listed, in
 * the result and in every report, then one entry "… and N more"; the counts stay true and the check still fails.
 */
class BoundedFindingsTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-05-04T08:00:00Z"), ZoneOffset.UTC);
    private static final Baseline INVENTORY = new Baseline("v5.2.0", "cf331449e1589581a5dcbb3adecd3e9ae4509277",
            "stock.v5", "api.v1", "integration/v1");
    private static final String ROUTES = "src/main/resources/storefront-routes.properties";
    private static final String FEATURES = "src/main/resources/storefront-features.properties";

    @TempDir
    Path project;

    /** The storefront's guard, its runtime configuration naming the inventory's target contract {@code stock.v6}. */
    private GoalResult guard(Map<String, Integer> hitsByFile) {
        hitsByFile.forEach((file, hits) -> Fixtures.write(project, file, String.join("", IntStream.rangeClosed(1, hits)
                .mapToObj(i -> "storefront.inventory.route" + i + "=stock.v6\n").toList())));
        return new GuardRequest(new RunContext(new ProjectFiles(project), Mode.REHEARSAL, INVENTORY, "stock.v6", null, CLOCK, null),
                GuardRequest.Pin.NONE, GuardRequest.RuntimeSwitch.DEFAULT, GuardRequest.Boundary.NONE,
                GuardRequest.Fallback.NONE).run();
    }

    private static CheckResult runtimeSwitch(GoalResult result) {
        return result.checks().stream().filter(c -> c.id().equals("guard.runtime-switch")).findFirst().orElseThrow();
    }

    @Test
    void twoHundredFiftyHitsInOneFileListTheFirstHundredThenHowManyMore() {
        GoalResult result = guard(Map.of(ROUTES, 250));
        CheckResult check = runtimeSwitch(result);

        assertThat(check.status()).isEqualTo(CheckStatus.FAIL);
        assertThat(check.breaches()).hasSize(101);
        assertThat(check.breaches().subList(0, 100)).extracting(b -> b.location().line())
                .containsExactlyElementsOf(IntStream.rangeClosed(1, 100).boxed().toList());
        Breach more = check.breaches().get(100);
        assertThat(more.ruleId()).isEqualTo("GUARD-RUNTIME-SWITCH");
        assertThat(more.file()).isEqualTo(ROUTES);
        assertThat(more.location()).isEqualTo(Location.UNKNOWN);
        assertThat(more.message()).isEqualTo("… and 150 more");
        assertThat(more.fails()).isTrue();
        assertThat(result.passed()).isFalse();
        assertThat(ConsoleFormat.summary(result)).isEqualTo("guard: FAIL (0 passed, 1 failed, 3 skipped; 250 breaches)");
        assertThat(ConsoleFormat.line(more)).isEqualTo(ROUTES + " GUARD-RUNTIME-SWITCH … and 150 more (only the first 100 "
                + "breaches of GUARD-RUNTIME-SWITCH in this file are listed (maxBreachesPerRule): fix them and run again, or "
                + "raise maxBreachesPerRule to list more)");
    }

    @Test
    void eachFileGetsItsOwnHundred() {
        Map<String, Integer> hits = new LinkedHashMap<>();
        hits.put(ROUTES, 150);
        hits.put(FEATURES, 120);
        CheckResult check = runtimeSwitch(guard(hits));

        assertThat(check.breaches()).hasSize(202);
        assertThat(check.breaches()).filteredOn(b -> b.file().equals(FEATURES)).hasSize(101)
                .last().extracting(Breach::message).isEqualTo("… and 20 more");
        assertThat(check.breaches()).filteredOn(b -> b.file().equals(ROUTES)).hasSize(101)
                .last().extracting(Breach::message).isEqualTo("… and 50 more");
    }

    @Test
    void aHundredHitsAreAllListed() {
        CheckResult check = runtimeSwitch(guard(Map.of(ROUTES, 100)));

        assertThat(check.breaches()).hasSize(100).noneMatch(b -> b.message().contains("more"));
    }

    @Test
    void everyReportListsTheFirstHundredThenOneEntryForTheRest() throws Exception {
        GoalResult result = guard(Map.of(ROUTES, 250));
        VerdictResult verdict = VerdictTestData.verdict(Mode.REHEARSAL, List.of(result));
        assertThat(verdict.rehearsalContinuation().reason()).isEqualTo("250 error-level breaches: GUARD-RUNTIME-SWITCH");

        var evidence = Docs.json("guard.json", EvidenceReport.toJson(result).toString());
        assertThat(MatchesSchema.bundled("evidence.v1").check(evidence)).isEmpty();
        assertThat(evidence.root().get("breaches")).hasSize(101);
        assertThat(evidence.root().at("/breaches/100/message").asString()).isEqualTo("… and 150 more");
        assertThat(evidence.root().at("/breaches/100/omitted").intValue()).isEqualTo(150);
        assertThat(evidence.root().at("/breaches/99/omitted").isMissingNode()).isTrue();
        assertThat(evidence.root().at("/breach_count").intValue()).isEqualTo(250);

        var json = Docs.json("verdict.json", VerdictReport.toJson(verdict).toString());
        assertThat(MatchesSchema.bundled(SchemaCatalog.VERDICT).check(json)).isEmpty();
        assertThat(json.root().at("/goals/0/breaches")).hasSize(101);
        assertThat(json.root().at("/goals/0/breaches/100/message").asString()).isEqualTo("… and 150 more");
        assertThat(json.root().at("/goals/0/breach_count").intValue()).isEqualTo(250);

        var sarif = Docs.json("cutover-guardrails.sarif",
                SarifReport.toJson(verdict, "1.0", ReportLocations.within(project)).toString());
        var sarifSchema = SchemaCatalog.local(Fixtures.reference("../standards/sarif-2.1.0-rtm.5.json"),
                "sarif-2.1.0-rtm.5.json", InputLimits.DEFAULT);
        assertThat(new MatchesSchema(sarifSchema, "sarif-2.1.0").check(sarif)).isEmpty();
        JsonNode results = sarif.root().at("/runs/0/results");
        assertThat(results).hasSize(101);
        assertThat(results.get(100).at("/message/text").asString()).startsWith("… and 150 more (only the first 100");
        assertThat(results.get(100).at("/locations/0/physicalLocation/artifactLocation/uri").asString()).isEqualTo(ROUTES);
        assertThat(results.get(100).at("/properties/omitted").intValue()).isEqualTo(150);

        String junit = new String(JUnitReport.render(verdict), StandardCharsets.UTF_8);
        assertThat(junit.lines().filter(l -> l.contains("GUARD-RUNTIME-SWITCH runtime configuration names"))).hasSize(100);
        assertThat(junit.lines().filter(l -> l.contains("GUARD-RUNTIME-SWITCH … and 150 more"))).hasSize(1);

        String markdown = VerdictMarkdown.render(verdict);
        assertThat(markdown.lines().filter(l -> l.startsWith("- error `GUARD-RUNTIME-SWITCH`"))).hasSize(101);
        assertThat(markdown).contains("- error `GUARD-RUNTIME-SWITCH` `" + ROUTES + "` … and 150 more (");
        assertThat(markdown).contains("250 error-level breaches: GUARD-RUNTIME-SWITCH");
    }

    @Test
    void reportSizesFollowWhatIsShownNotWhatWasFound() throws Exception {
        Map<String, Long> few = sizes(guard(Map.of(ROUTES, 250)), project.resolve("few"));
        Map<String, Long> many = sizes(guard(Map.of(ROUTES, 25_000)), project.resolve("many"));

        // "… and 150 more" against "… and 24,900 more" (and "250" against "25000" in counts), nothing else
        few.forEach((report, size) -> assertThat(many.get(report) - size).as(report).isBetween(0L, 24L));
    }

    private static Map<String, Long> sizes(GoalResult result, Path directory) throws Exception {
        Files.createDirectories(directory);
        VerdictResult verdict = VerdictTestData.verdict(Mode.REHEARSAL, List.of(result));
        EvidenceReport.write(result, directory);
        ReportFormats.writeAll(verdict, new ReportContext(VerdictSubject.UNNAMED, "1.0", ReportLocations.within(directory)),
                directory);
        Map<String, Long> sizes = new LinkedHashMap<>();
        try (var files = Files.list(directory)) {
            for (Path file : files.sorted().toList()) {
                sizes.put(file.getFileName().toString(), Files.size(file));
            }
        }
        assertThat(sizes).hasSize(5);
        return sizes;
    }
}
