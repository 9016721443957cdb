package io.github.cutoverguard.engine.handoff;

import io.github.cutoverguard.engine.testing.HandoffRequests;
import io.github.cutoverguard.engine.RunContext;
import io.github.cutoverguard.engine.Baseline;
import io.github.cutoverguard.engine.Breach;
import io.github.cutoverguard.engine.CheckResult;
import io.github.cutoverguard.engine.CheckStatus;
import io.github.cutoverguard.engine.GoalResult;
import io.github.cutoverguard.engine.Mode;
import io.github.cutoverguard.engine.input.InputReader;
import io.github.cutoverguard.engine.input.ProjectFiles;
import io.github.cutoverguard.engine.testing.Docs;
import io.github.cutoverguard.engine.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ValidateHandoffTest {

    static final String REHEARSAL = "producer/SERVICE_V3_REHEARSAL_HANDOFF_CANDIDATE.json";
    static final String CANDIDATE = "producer/PRODUCER_RELEASE_HANDOFF_service-v3-candidate.json";
    static final String STABLE = "producer/PRODUCER_RELEASE_HANDOFF_stable-v0.4.0.json";
    static final String REHEARSAL_MANIFEST = "producer/producer-contract-manifest_at-rehearsal.json";
    static final String STABLE_MANIFEST = "producer/contracts-integration-v1/producer-contract-manifest.json";
    static final Baseline STABLE_BASELINE = new Baseline("v0.4.0", "7e4806a34b98e6c06ee33fa9f11499a975e7b922",
            "service.v3", "api.v1", "integration/v1");

    @TempDir
    Path project;

    /**
     * The stable policy of the post-cutover v0.4.0 release: service.v3 is active and has dropped
     * legacy_error, so a consumer on it configures stableEnvelopeRequires/Forbids accordingly (the
     * defaults describe a pre-cutover active contract that still requires legacy_error).
     */
    static final List<String> POST_CUTOVER_STABLE_REQUIRES = List.of("service_contract_version", "error.code", "error.message");
    static final List<String> POST_CUTOVER_STABLE_FORBIDS = List.of("legacy_error", "api_contract_version");

    private GoalResult validate(String payloadText, String manifest, Baseline baseline, String target,
                                List<String> consumerChecks, HandoffSettings stale) throws Exception {
        return validate(payloadText, manifest, baseline, target, consumerChecks, stale, null, null);
    }

    private GoalResult validate(String payloadText, String manifest, Baseline baseline, String target,
                                List<String> consumerChecks, HandoffSettings stale, List<String> stableRequires,
                                List<String> stableForbids) throws Exception {
        Fixtures.write(project, "handoff.json", payloadText);
        Fixtures.write(project, "manifest.json", Fixtures.referenceText(manifest));
        return HandoffRequests.validate(new RunContext(new ProjectFiles(project), Mode.REHEARSAL, baseline, target, null,
                null, null), Path.of("handoff.json")).producerManifestFile(Path.of("manifest.json"))
                .requiredChecks(List.of(), consumerChecks)
                .envelopes(new EnvelopePolicies(stableRequires, stableForbids, null, null, null)).staleCheck(stale).run();
    }

    private GoalResult rehearsal(String from, String to) throws Exception {
        String text = Fixtures.referenceText(REHEARSAL);
        assertThat(text).contains(from);
        return validate(text.replace(from, to), REHEARSAL_MANIFEST, Docs.REHEARSAL_BASELINE, "service.v3", List.of(), null);
    }

    /**
     * Issue #25 defect 4: numbers beyond what a field means crashed the goal ("'DecimalNode' method asLong() cannot
     * convert", a stack trace), or passed silently; now each is a JSON-SCHEMA breach at its place.
     */
    @Test
    void numbersBeyondWhatAFieldMeansAreBreachesNotCrashes() throws Exception {
        for (String days : List.of("3000000000", "1e20", "10000000000000000000000", "36501")) {
            GoalResult result = rehearsal("\"duration_days\": 14", "\"duration_days\": " + days);
            assertThat(result.breaches()).as(days).anySatisfy(b -> {
                assertThat(b.ruleId()).isEqualTo("JSON-SCHEMA");
                assertThat(b.jsonPointer()).isEqualTo("/migration_overlap_assumptions/duration_days");
                assertThat(b.file()).isEqualTo("handoff.json");
            });
        }
        Fixtures.write(project, "handoff.json", Fixtures.referenceText(REHEARSAL));
        String manifest = Fixtures.referenceText(REHEARSAL_MANIFEST);
        String sprint = manifest.substring(manifest.indexOf("\"minimum_sprint_days\""));
        sprint = sprint.substring(0, sprint.indexOf(',') < 0 || sprint.indexOf('\n') < sprint.indexOf(',')
                ? sprint.indexOf('\n') : sprint.indexOf(','));
        Fixtures.write(project, "manifest.json", manifest.replace(sprint, "\"minimum_sprint_days\": 99999999999999999999"));
        GoalResult result = HandoffRequests.validate(new RunContext(new ProjectFiles(project), Mode.REHEARSAL,
                Docs.REHEARSAL_BASELINE, "service.v3", null, null, null), Path.of("handoff.json"))
                .producerManifestFile(Path.of("manifest.json")).run();
        assertThat(result.breaches()).anySatisfy(b -> {
            assertThat(b.ruleId()).isEqualTo("JSON-SCHEMA");
            assertThat(b.file()).isEqualTo("manifest.json");
            assertThat(b.message()).startsWith("/stability_window/minimum_sprint_days: 99999999999999999999 is out of range");
        });
    }

    /** Issue #25 "every number in range": each number of a handoff is bounded to what it means, a breach at its place. */
    @Test
    void everyNumberOfAHandoffIsBoundedToWhatItMeans() throws Exception {
        List<String[]> cases = List.of(
                new String[] {REHEARSAL, "\"standard_business_days\": 10", "\"standard_business_days\": 36501",
                        "/error_code_expectations/additive_change_notice_policy/standard_business_days"},
                new String[] {REHEARSAL, "\"standard_business_days\": 10", "\"standard_business_days\": 1e20",
                        "/error_code_expectations/additive_change_notice_policy/standard_business_days"},
                new String[] {REHEARSAL, "\"emergency_notice_hours\": 24", "\"emergency_notice_hours\": 876001",
                        "/error_code_expectations/additive_change_notice_policy/emergency_notice_hours"},
                new String[] {REHEARSAL, "\"duration_days\": 14", "\"duration_days\": 1.5",
                        "/migration_overlap_assumptions/duration_days"},
                new String[] {REHEARSAL, "\"duration_days\": 14", "\"duration_days\": -1",
                        "/migration_overlap_assumptions/duration_days"},
                new String[] {CANDIDATE, "\"migration_overlap_days\": 14", "\"migration_overlap_days\": 36501",
                        "/rehearsal_candidate/migration_overlap_days"},
                new String[] {CANDIDATE, "\"migration_overlap_days\": 14", "\"migration_overlap_days\": 14, \"restock_days\": 3000000000",
                        "/rehearsal_candidate/restock_days"});
        for (String[] c : cases) {
            String text = Fixtures.referenceText(c[0]);
            assertThat(text).contains(c[1]);
            GoalResult result = validate(text.replace(c[1], c[2]), REHEARSAL_MANIFEST, Docs.REHEARSAL_BASELINE,
                    "service.v3", List.of(), null);
            assertThat(result.breaches()).as(c[2]).anySatisfy(b -> {
                assertThat(b.ruleId()).isEqualTo("JSON-SCHEMA");
                assertThat(b.jsonPointer()).isEqualTo(c[3]);
                assertThat(b.file()).isEqualTo("handoff.json");
                assertThat(b.location().isKnown()).isTrue();
            });
        }
    }

    /** DESIGN §7 "meaning, not syntax": a number is read by its value, so 7.0 days is 7 days, not "no overlap". */
    @Test
    void anIntegralDecimalIsReadByItsValue() throws Exception {
        GoalResult result = rehearsal("\"duration_days\": 14", "\"duration_days\": 7.0");
        assertThat(result.breaches()).anySatisfy(b -> {
            assertThat(b.ruleId()).isEqualTo("HANDOFF-OVERLAP");
            assertThat(b.jsonPointer()).isEqualTo("/migration_overlap_assumptions/duration_days");
            assertThat(b.message()).isEqualTo("the migration overlap is 7 days, the minimum is 14");
        });
        assertThat(rehearsal("\"duration_days\": 14", "\"duration_days\": 14.000").breaches()).isEmpty();

        Fixtures.write(project, "handoff.json", Fixtures.referenceText(REHEARSAL));
        Fixtures.write(project, "manifest.json", Fixtures.referenceText(REHEARSAL_MANIFEST)
                .replace("\"minimum_sprint_days\": 14", "\"minimum_sprint_days\": 3e1"));
        GoalResult longer = HandoffRequests.validate(new RunContext(new ProjectFiles(project), Mode.REHEARSAL,
                Docs.REHEARSAL_BASELINE, "service.v3", null, null, null), Path.of("handoff.json"))
                .producerManifestFile(Path.of("manifest.json")).run();
        assertThat(longer.breaches()).anySatisfy(b -> {
            assertThat(b.ruleId()).isEqualTo("HANDOFF-OVERLAP");
            assertThat(b.message()).isEqualTo("the migration overlap is 14 days, the minimum is 30");
        });
    }

    private GoalResult candidate(String from, String to) throws Exception {
        String text = Fixtures.referenceText(CANDIDATE);
        assertThat(text).contains(from);
        return validate(text.replace(from, to), REHEARSAL_MANIFEST, Docs.REHEARSAL_BASELINE, "service.v3", List.of(), null);
    }

    private GoalResult stable(String from, String to) throws Exception {
        String text = Fixtures.referenceText(STABLE);
        assertThat(text).contains(from);
        return validate(text.replace(from, to), STABLE_MANIFEST, STABLE_BASELINE, null, List.of(), null,
                POST_CUTOVER_STABLE_REQUIRES, POST_CUTOVER_STABLE_FORBIDS);
    }

    @Test
    void referenceRehearsalHandoffPassesAndIsAcceptedBySha256() throws Exception {
        GoalResult result = rehearsal("{", "{");
        assertThat(result.breaches()).isEmpty();
        byte[] bytes = Fixtures.referenceText(REHEARSAL).getBytes(StandardCharsets.UTF_8);
        assertThat(result.acceptance().sha256()).isEqualTo(InputReader.sha256Hex(bytes));
        assertThat(result.acceptance().kind()).isEqualTo("rehearsal-handoff.v1");
        assertThat(result.checks()).filteredOn(c -> c.status() == CheckStatus.SKIPPED)
                .extracting(CheckResult::id).containsExactly("handoff.stale");
    }

    @Test
    void referenceCandidateReleaseHandoffPasses() throws Exception {
        GoalResult result = candidate("{", "{");
        assertThat(result.breaches()).isEmpty();
        assertThat(result.acceptance().kind()).isEqualTo("release-handoff-candidate.v1");
    }

    @Test
    void referenceStableReleaseHandoffPassesWithTheStableBaseline() throws Exception {
        GoalResult result = stable("{", "{");
        assertThat(result.breaches()).isEmpty();
        assertThat(result.acceptance().kind()).isEqualTo("release-handoff-stable.v1");
    }

    /**
     * Issue 28: the default stable policy describes the contract a rehearsal keeps (it requires legacy_error); a stable
     * release handoff's active contract is the one the cutover moved to, whose policy it states itself. Before, this
     * reference handoff failed with "policy service_v3_stable does not require legacy_error" unless the post-cutover
     * policy was configured by hand.
     */
    @Test
    void referenceStableReleaseHandoffStatesItsOwnStablePolicyAfterTheCutover() throws Exception {
        GoalResult result = validate(Fixtures.referenceText(STABLE), STABLE_MANIFEST, STABLE_BASELINE, null, List.of(), null);
        assertThat(result.failedRuleIds()).isEmpty();
        // a configured stable policy still decides: here one that keeps the pre-cutover legacy_error
        GoalResult configured = validate(Fixtures.referenceText(STABLE), STABLE_MANIFEST, STABLE_BASELINE, null, List.of(),
                null, List.of("service_contract_version", "error.code", "error.message", "legacy_error"),
                List.of("api_contract_version"));
        assertThat(configured.failedRuleIds()).containsExactly("HANDOFF-ENVELOPE-POLICY");
        assertThat(configured.errors()).extracting(Breach::message)
                .containsExactly("policy service_v3_stable does not require legacy_error");
    }

    @Test
    void rehearsalPayloadOnAnotherBaselineFailsWithHandoffBaseline() throws Exception {
        GoalResult result = rehearsal("\"release_tag\": \"v0.3.2\"", "\"release_tag\": \"v0.3.1\"");
        assertThat(result.failedRuleIds()).containsExactly("HANDOFF-BASELINE");
        Breach breach = result.errors().get(0);
        assertThat(breach.jsonPointer()).isEqualTo("/producer/active_runtime_baseline/release_tag");
        assertThat(breach.location().line()).isEqualTo(8);
        assertThat(breach.message()).contains("v0.3.1").contains("v0.3.2");
    }

    @Test
    void rehearsalForcingTheCutoverFailsWithCutoverFlag() throws Exception {
        GoalResult result = rehearsal("\"requires_runtime_cutover\": false", "\"requires_runtime_cutover\": true");
        assertThat(result.failedRuleIds()).containsExactly("HANDOFF-CUTOVER-FLAG");
        assertThat(result.errors().get(0).location().line()).isEqualTo(19);
    }

    @Test
    void rehearsalTargetingTheActiveContractFailsWithCutoverFlag() throws Exception {
        GoalResult result = rehearsal("\"target_service_contract_version\": \"service.v3\"",
                "\"target_service_contract_version\": \"service.v2\"");
        assertThat(result.errors()).extracting(Breach::ruleId).contains("HANDOFF-CUTOVER-FLAG");
        assertThat(result.errors()).extracting(Breach::message)
                .anySatisfy(m -> assertThat(m).contains("already the active service contract"));
    }

    @Test
    void candidateReleaseForcingTheCutoverFailsWithCutoverFlag() throws Exception {
        GoalResult result = candidate("\"requires_runtime_cutover\": false", "\"requires_runtime_cutover\": true");
        assertThat(result.failedRuleIds()).containsExactly("HANDOFF-CUTOVER-FLAG");
    }

    @Test
    void policyThatRequiresAndForbidsTheSameFieldFails() throws Exception {
        GoalResult result = rehearsal("\"forbids\": [\n        \"api_contract_version\"\n      ]",
                "\"forbids\": [\n        \"api_contract_version\",\n        \"legacy_error\"\n      ]");
        assertThat(result.failedRuleIds()).containsExactly("HANDOFF-ENVELOPE-POLICY");
        assertThat(result.errors().get(0).message()).contains("service_v2_stable").contains("legacy_error");
    }

    @Test
    void candidatePolicyThatStillAllowsLegacyErrorFails() throws Exception {
        GoalResult result = rehearsal("\"forbids\": [\n        \"legacy_error\",\n        \"api_contract_version\"\n      ]",
                "\"forbids\": [\n        \"api_contract_version\"\n      ]");
        assertThat(result.failedRuleIds()).containsExactly("HANDOFF-ENVELOPE-POLICY");
        assertThat(result.errors().get(0).message()).isEqualTo("policy service_v3_candidate does not forbid legacy_error");
        assertThat(result.errors().get(0).jsonPointer()).isEqualTo("/non_2xx_envelope_policy/service_v3_candidate/forbids");
    }

    @Test
    void stablePolicyWithoutErrorCodeFails() throws Exception {
        GoalResult result = stable("\"requires\": [\n        \"service_contract_version\",\n        \"error.code\",",
                "\"requires\": [\n        \"service_contract_version\",");
        assertThat(result.failedRuleIds()).containsExactly("HANDOFF-ENVELOPE-POLICY");
        assertThat(result.errors().get(0).message()).contains("service_v3_stable").contains("error.code");
    }

    @Test
    void errorCodesDifferingFromTheManifestAreNamed() throws Exception {
        GoalResult result = rehearsal("\"write_failed\",", "\"write_exploded\",");
        assertThat(result.failedRuleIds()).containsExactly("ERROR-CODES");
        assertThat(result.errors()).extracting(Breach::message).containsExactly(
                "the payload lacks manifest error code(s) write_failed",
                "the payload holds error code(s) not in manifest.json: write_exploded");
    }

    @Test
    void stableErrorCodesAreComparedWithTheManifestToo() throws Exception {
        GoalResult result = stable("    \"internal_error\"\n", "    \"internal_error\",\n    \"rate_limited\"\n");
        assertThat(result.failedRuleIds()).containsExactly("ERROR-CODES");
    }

    @Test
    void shortOverlapFailsWithHandoffOverlap() throws Exception {
        GoalResult result = rehearsal("\"duration_days\": 14", "\"duration_days\": 7");
        assertThat(result.failedRuleIds()).containsExactly("HANDOFF-OVERLAP");
        assertThat(result.errors().get(0).message()).isEqualTo("the migration overlap is 7 days, the minimum is 14");
    }

    @Test
    void cutoverDateInsideTheOverlapFails() throws Exception {
        GoalResult result = rehearsal("\"cutover_not_before_utc_date\": \"2026-02-22\"", "\"cutover_not_before_utc_date\": \"2026-02-15\"");
        assertThat(result.failedRuleIds()).containsExactly("HANDOFF-OVERLAP");
        assertThat(result.errors().get(0).expected()).isEqualTo(">= 2026-02-22");
    }

    @Test
    void fallbackFlagTurnedOffFails() throws Exception {
        GoalResult rehearsal = rehearsal("\"consumer_fallback_must_remain_deterministic\": true",
                "\"consumer_fallback_must_remain_deterministic\": false");
        assertThat(rehearsal.failedRuleIds()).containsExactly("HANDOFF-OVERLAP");
        GoalResult candidate = candidate("\"consumer_non_blocking_fallback_required\": true",
                "\"consumer_non_blocking_fallback_required\": false");
        assertThat(candidate.failedRuleIds()).containsExactly("HANDOFF-OVERLAP");
    }

    /**
     * The overlap check cannot judge the cutover date without the timestamp (issue #26): one cause, one breach (issue
     * #28), so the schema's breach stands alone and what the overlap check could not judge is skipped with why, never
     * passed.
     */
    @Test
    void unparseableTimestampFailsWithJsonSchemaAndSkipsWhatTheOverlapCheckCouldNotJudge() throws Exception {
        GoalResult result = rehearsal("\"generated_at_utc\": \"2026-02-08T11:29:52Z\"", "\"generated_at_utc\": \"yesterday\"");
        assertThat(result.failedRuleIds()).containsExactly("JSON-SCHEMA");
        assertThat(result.errors()).extracting(Breach::jsonPointer).containsOnly("/generated_at_utc");
        assertThat(result.checks()).contains(CheckResult.skipped("handoff.overlap/generated_at_utc",
                "generated_at_utc does not match the schema (JSON-SCHEMA)"));
    }

    @Test
    void missingRequiredConsumerCheckFailsWithHandoffCommands() throws Exception {
        String text = Fixtures.referenceText(REHEARSAL);
        GoalResult result = validate(text, REHEARSAL_MANIFEST, Docs.REHEARSAL_BASELINE, "service.v3",
                List.of("pnpm run test:ci", "pnpm run check:memorykernel-handoff"), null);
        assertThat(result.failedRuleIds()).containsExactly("HANDOFF-COMMANDS");
        assertThat(result.errors().get(0).message()).contains("pnpm run check:memorykernel-handoff");
    }

    @Test
    void releaseFieldsMustMatchTheActiveBaseline() throws Exception {
        GoalResult result = candidate("\"integration_baseline\": \"integration/v1\",\n  \"active", "\"integration_baseline\": \"integration/v2\",\n  \"active");
        assertThat(result.failedRuleIds()).containsExactly("HANDOFF-BASELINE");
        assertThat(result.errors().get(0).jsonPointer()).isEqualTo("/integration_baseline");
    }

    @Test
    void unknownPayloadKindFailsWithJsonSchema() throws Exception {
        GoalResult result = validate("{\"hello\": \"world\"}", REHEARSAL_MANIFEST, Docs.REHEARSAL_BASELINE, "service.v3", List.of(), null);
        assertThat(result.failedRuleIds()).containsExactly("JSON-SCHEMA");
        assertThat(result.acceptance()).isNull();
    }

    @Test
    void committedCandidateEqualToTheGeneratedOnePassesTheStaleCheck() throws Exception {
        GoalResult result = validate(Fixtures.referenceText(REHEARSAL), REHEARSAL_MANIFEST, Docs.REHEARSAL_BASELINE,
                "service.v3", List.of(), HandoffGeneratorTest.referenceSettings());
        assertThat(result.breaches()).isEmpty();
        assertThat(result.checks()).filteredOn(c -> c.id().equals("handoff.stale"))
                .extracting(CheckResult::status).containsExactly(CheckStatus.PASS);
    }

    @Test
    void handEditedCandidateIsStaleWithAUnifiedDiff() throws Exception {
        String edited = Fixtures.referenceText(REHEARSAL).replace("\"pnpm run test:ci\"", "\"pnpm run test\"");
        GoalResult result = validate(edited, REHEARSAL_MANIFEST, Docs.REHEARSAL_BASELINE, "service.v3", List.of(),
                HandoffGeneratorTest.referenceSettings());
        assertThat(result.failedRuleIds()).containsExactly("HANDOFF-STALE");
        assertThat(result.errors().get(0).details()).contains("--- handoff.json (committed)")
                .contains("@@ ").contains("-    \"pnpm run test\"").contains("+    \"pnpm run test:ci\"");
        assertThat(result.errors().get(0).hint()).contains("mvn cutover:generate-handoff");
    }
}
