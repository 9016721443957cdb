package io.github.cutoverguard.engine.cutover;

import io.github.cutoverguard.engine.Baseline;
import io.github.cutoverguard.engine.Breach;
import io.github.cutoverguard.engine.json.InputLoader;
import io.github.cutoverguard.engine.input.ProjectFiles;
import io.github.cutoverguard.engine.input.InputLimits;
import io.github.cutoverguard.engine.schema.MatchesSchema;
import io.github.cutoverguard.engine.schema.SchemaCatalog;
import io.github.cutoverguard.engine.testing.Docs;
import io.github.cutoverguard.engine.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CutoverApprovalHoldsTest {

    static final Baseline CUTOVER_BASELINE = new Baseline("v0.4.0", "7e4806a34b98e6c06ee33fa9f11499a975e7b922",
            "service.v3", "api.v1", "integration/v1");

    @TempDir
    Path project;

    static String example() throws Exception {
        return Files.readString(Path.of("schemas/examples/cutover-approval.v1.example.json"));
    }

    private List<Breach> check(String record) {
        if (record != null) {
            Fixtures.write(project, "approval.json", record);
        }
        return new CutoverApprovalHolds(CUTOVER_BASELINE)
                .check(new InputLoader(new ProjectFiles(project), InputLimits.DEFAULT), Path.of("approval.json")).breaches();
    }

    @Test
    void shippedExampleMatchesTheSchemaAndApprovesTheCutoverBaseline() throws Exception {
        assertThat(MatchesSchema.check(Docs.json("example.json", example()), SchemaCatalog.bundled("cutover-approval.v1"),
                "cutover-approval.v1")).isEmpty();
        assertThat(check(example())).isEmpty();
    }

    @Test
    void missingRecordIsACutoverApprovalBreach() {
        assertThat(check(null)).singleElement().satisfies(b -> {
            assertThat(b.ruleId()).isEqualTo("CUTOVER-APPROVAL");
            assertThat(b.file()).isEqualTo("approval.json");
        });
        assertThat(new CutoverApprovalHolds(CUTOVER_BASELINE)
                .check(new InputLoader(new ProjectFiles(project), InputLimits.DEFAULT), null).breaches())
                .extracting(Breach::ruleId).containsExactly("CUTOVER-APPROVAL");
    }

    @Test
    void malformedRecordIsACutoverApprovalBreachWithItsLocation() {
        assertThat(check("{\n  \"schema_version\": \"cutover-approval.v1\",,\n}")).singleElement().satisfies(b -> {
            assertThat(b.ruleId()).isEqualTo("CUTOVER-APPROVAL");
            assertThat(b.location().line()).isEqualTo(2);
        });
    }

    @Test
    void recordForAnotherBaselineFails() throws Exception {
        assertThat(check(example().replace("\"release_tag\": \"v0.4.0\"", "\"release_tag\": \"v0.4.1\"")))
                .singleElement().satisfies(b -> {
                    assertThat(b.jsonPointer()).isEqualTo("/baseline/release_tag");
                    assertThat(b.message()).contains("v0.4.1").contains("v0.4.0");
                });
    }

    @Test
    void recordWithoutTheConsumerApprovalFails() throws Exception {
        String record = example();
        int start = record.indexOf(",\n    \"consumer\"");
        int end = record.indexOf("}", record.indexOf("approved_at_utc", start)) + 1;
        List<Breach> breaches = check(record.substring(0, start) + record.substring(end));
        assertThat(breaches).singleElement().satisfies(b -> assertThat(b.message()).isEqualTo("the record has no consumer approval"));
    }

    @Test
    void pendingGateFails() throws Exception {
        List<Breach> breaches = check(example().replaceFirst("\"status\": \"passed\"", "\"status\": \"pending\""));
        assertThat(breaches).singleElement().satisfies(b -> {
            assertThat(b.message()).isEqualTo("gate overlap-window-complete is \"pending\", not passed");
            assertThat(b.jsonPointer()).isEqualTo("/gates/0/status");
        });
    }

    @Test
    void schemaViolationIsReportedAsCutoverApproval() throws Exception {
        List<Breach> breaches = check(example().replace("\"approved_at_utc\": \"2026-02-22T09:00:00Z\"", "\"approved_at_utc\": \"soon\""));
        assertThat(breaches).extracting(Breach::ruleId).containsOnly("CUTOVER-APPROVAL");
        assertThat(breaches).extracting(Breach::message).anySatisfy(m -> assertThat(m).contains("\"soon\" is not a valid date-time"));
    }
}
