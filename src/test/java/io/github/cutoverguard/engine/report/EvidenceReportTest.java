package io.github.cutoverguard.engine.report;

import io.github.cutoverguard.engine.Breach;
import io.github.cutoverguard.engine.Rule;
import io.github.cutoverguard.engine.CheckResult;
import io.github.cutoverguard.engine.GoalResult;
import io.github.cutoverguard.engine.InputFile;
import io.github.cutoverguard.engine.Location;
import io.github.cutoverguard.engine.Mode;
import io.github.cutoverguard.engine.schema.MatchesSchema;
import io.github.cutoverguard.engine.schema.SchemaCatalog;
import io.github.cutoverguard.engine.testing.Docs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EvidenceReportTest {

    @TempDir
    Path dir;

    static GoalResult failingResult() {
        Breach breach = Breach.error(Rule.PIN_RELEASE_TAG, "release_tag is \"v0.3.3\", baseline is \"v0.3.2\"")
                .file("config/integration-pin.json").at(new Location(3, 18)).pointer("/release_tag")
                .expected("v0.3.2").actual("v0.3.3").build();
        return new GoalResult("check-pin", Instant.parse("2026-11-22T06:00:00.123Z"), Mode.REHEARSAL,
                Docs.REHEARSAL_BASELINE, "service.v3",
                List.of(new InputFile("config/integration-pin.json", "a".repeat(64))),
                List.of(CheckResult.ran("pin.baseline", "pin fields equal <baseline>", List.of(breach)),
                        CheckResult.skipped("git.tag-sha", "no producerRepository configured")));
    }

    @Test
    void reportMatchesTheEvidenceSchema() throws Exception {
        Path written = EvidenceReport.write(failingResult(), dir);
        assertThat(written).isEqualTo(dir.resolve("check-pin.json"));
        var document = Docs.json("check-pin.json", Files.readString(written));
        assertThat(MatchesSchema.bundled("evidence.v1").check(document)).isEmpty();
        assertThat(document.root().get("status").asString()).isEqualTo("fail");
        assertThat(document.root().get("generated_at_utc").asString()).isEqualTo("2026-11-22T06:00:00Z");
        assertThat(document.root().at("/breaches/0/line").intValue()).isEqualTo(3);
        assertThat(document.root().at("/checks/1/status").asString()).isEqualTo("skipped");
    }

    @Test
    void theReportNamesTheConsumersSourceWhenKnown() throws Exception {
        var detached = new io.github.cutoverguard.engine.git.WorkTreeSource("b".repeat(40), null, true);
        var document = Docs.json("check-pin.json", Files.readString(EvidenceReport.write(failingResult(), detached, dir)));
        assertThat(MatchesSchema.bundled("evidence.v1").check(document)).isEmpty();
        assertThat(document.root().at("/source/commit").asString()).isEqualTo("b".repeat(40));
        assertThat(document.root().at("/source/branch").isNull()).isTrue();
        assertThat(document.root().at("/source/dirty").booleanValue()).isTrue();
        var onMain = new io.github.cutoverguard.engine.git.WorkTreeSource("c".repeat(40), "main", false);
        var verdict = Docs.json("verdict.json", io.github.cutoverguard.engine.json.JsonText.pretty(
                VerdictReport.toJson(io.github.cutoverguard.engine.verdict.VerdictTestData.verdict(Mode.REHEARSAL,
                        List.of(failingResult())), onMain)));
        assertThat(MatchesSchema.bundled(SchemaCatalog.VERDICT).check(verdict)).isEmpty();
        assertThat(verdict.root().at("/source/branch").asString()).isEqualTo("main");
        assertThat(EvidenceReport.toJson(failingResult()).has("source")).isFalse();
    }

    @Test
    void warnOnlyResultHasStatusWarnAndPassesTheSchema() throws Exception {
        Path written = EvidenceReport.write(failingResult().asWarnings(), dir);
        var document = Docs.json("check-pin.json", Files.readString(written));
        assertThat(document.root().get("status").asString()).isEqualTo("warn");
        assertThat(document.root().at("/breaches/0/severity").asString()).isEqualTo("warning");
        assertThat(MatchesSchema.bundled("evidence.v1").check(document)).isEmpty();
    }

    @Test
    void rewritingReplacesTheReportAndLeavesNoTemporaryFile() throws Exception {
        EvidenceReport.write(failingResult(), dir);
        EvidenceReport.write(failingResult().asWarnings(), dir);
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()).toList()).containsExactly("check-pin.json");
        }
        assertThat(Files.readString(dir.resolve("check-pin.json"))).contains("\"status\" : \"warn\"").endsWith("}\n");
    }
}
