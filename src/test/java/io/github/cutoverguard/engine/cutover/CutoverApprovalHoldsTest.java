package io.github.cutoverguard.engine.cutover;

import io.github.cutoverguard.engine.Baseline;
import io.github.cutoverguard.engine.Breach;
import io.github.cutoverguard.engine.Severity;
import io.github.cutoverguard.engine.json.JsonDocument;
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
import java.time.Instant;
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

    private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");

    private List<Breach> check(String record) {
        return check(record, null);
    }

    private List<Breach> check(String record, PinAtBase base) {
        if (record != null) {
            Fixtures.write(project, "approval.json", record);
        }
        InputLoader.Loaded<JsonDocument> read = CutoverApprovalHolds.read(new InputLoader(new ProjectFiles(project),
                InputLimits.DEFAULT), Path.of("approval.json"));
        return read.value().map(new CutoverApprovalHolds(CUTOVER_BASELINE, NOW, base)::check).orElse(read.breaches());
    }

    /** Issue #24: an approval dated in the future approves nothing yet; its time must be a time. */
    @Test
    void anApprovalInTheFutureIsNoApproval() throws Exception {
        assertThat(check(example().replace("2026-02-22T09:30:00Z", "2099-01-01T00:00:00Z"))).singleElement().satisfies(b -> {
            assertThat(b.ruleId()).isEqualTo("CUTOVER-APPROVAL");
            assertThat(b.jsonPointer()).isEqualTo("/approvals/consumer/approved_at_utc");
            assertThat(b.message()).isEqualTo("the consumer approval is dated 2099-01-01T00:00:00Z, after now "
                    + "(2026-12-07T10:00:00Z): an approval in the future approves nothing yet");
        });
        assertThat(check(example().replace("2026-02-22T09:00:00Z", "2026-12-07T10:00:01Z")))
                .extracting(Breach::jsonPointer).containsExactly("/approvals/producer/approved_at_utc");
        assertThat(check(example().replace("2026-02-22T09:00:00Z", "2026-12-07T10:00:00Z"))).as("now is on time").isEmpty();
        assertThat(check(example().replace("2026-02-22T09:00:00Z", "yesterday")))
                .extracting(Breach::message).anySatisfy(m -> assertThat(m).contains("is no date-time"));
    }

    /** Issue #24: one person cannot approve for both sides, however the name is dressed up. */
    @Test
    void producerAndConsumerApprovalsComeFromTwoPeople() throws Exception {
        for (String same : List.of("producer-release-owner@example.org", " Producer-Release-Owner@example.org ",
                "producer-release-owner@example.org\u200b", "\uff50roducer-release-owner@example.org")) {
            assertThat(check(example().replace("consumer-integration-owner@example.org", same))).as(same)
                    .singleElement().satisfies(b -> {
                        assertThat(b.jsonPointer()).isEqualTo("/approvals/consumer/approved_by");
                        assertThat(b.message()).isEqualTo("producer and consumer are approved by the same person "
                                + "(producer-release-owner@example.org): a joint approval needs two");
                    });
        }
        assertThat(check(example().replace("consumer-integration-owner@example.org", "\u200b")))
                .singleElement().satisfies(b -> {
                    assertThat(b.jsonPointer()).isEqualTo("/approvals/consumer/approved_by");
                    assertThat(b.message()).contains("no visible character");
                });
        assertThat(check(example().replace("consumer-integration-owner@example.org", "\u200b")
                .replace("producer-release-owner@example.org", "\u00a0"))).as("two invisible names are nobody, not one person")
                .extracting(Breach::jsonPointer).containsExactly("/approvals/producer/approved_by", "/approvals/consumer/approved_by");
    }

    /** Issue #24: the approval moves the pin the base branch has, not a release of the author's choosing. */
    @Test
    void previousBaselineIsThePinAtTheBaseRef() throws Exception {
        assertThat(check(example(), PinAtBase.found("origin/main", "v0.3.2", "cf331449e1589581a5dcbb3adecd3e9ae4509277")))
                .isEmpty();
        assertThat(check(example(), PinAtBase.found("origin/main", "v0.3.1", "0123456789abcdef0123456789abcdef01234567")))
                .singleElement().satisfies(b -> {
                    assertThat(b.jsonPointer()).isEqualTo("/previous_baseline/release_tag");
                    assertThat(b.message()).isEqualTo("the record approves a move from v0.3.2 "
                            + "(cf331449e1589581a5dcbb3adecd3e9ae4509277), but the pin at origin/main is v0.3.1 "
                            + "(0123456789abcdef0123456789abcdef01234567)");
                });
        String withoutPrevious = example().replaceAll("(?s)\"previous_baseline\": \\{.*?\\},", "");
        assertThat(check(withoutPrevious, PinAtBase.found("origin/main", "v0.3.2", "cf331449e1589581a5dcbb3adecd3e9ae4509277")))
                .extracting(Breach::message).containsExactly("the record approves a move from no previous_baseline, but the "
                        + "pin at origin/main is v0.3.2 (cf331449e1589581a5dcbb3adecd3e9ae4509277)");
        assertThat(check(example(), PinAtBase.unavailable("origin/main", "base ref origin/main does not exist", false)))
                .singleElement().satisfies(b -> assertThat(b.severity()).isEqualTo(Severity.ERROR));
        assertThat(check(example(), PinAtBase.unavailable("origin/main", "base ref origin/main does not exist", true)))
                .singleElement().satisfies(b -> assertThat(b.severity()).isEqualTo(Severity.WARNING));
    }

    @Test
    void shippedExampleMatchesTheSchemaAndApprovesTheCutoverBaseline() throws Exception {
        assertThat(MatchesSchema.bundled("cutover-approval.v1").check(Docs.json("example.json", example()))).isEmpty();
        assertThat(check(example())).isEmpty();
    }

    @Test
    void missingRecordIsACutoverApprovalBreach() {
        assertThat(check(null)).singleElement().satisfies(b -> {
            assertThat(b.ruleId()).isEqualTo("CUTOVER-APPROVAL");
            assertThat(b.file()).isEqualTo("approval.json");
        });
        assertThat(CutoverApprovalHolds.read(new InputLoader(new ProjectFiles(project), InputLimits.DEFAULT), null)
                .breaches())
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
