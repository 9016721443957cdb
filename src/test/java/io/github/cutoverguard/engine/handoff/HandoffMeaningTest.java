package io.github.cutoverguard.engine.handoff;

import io.github.cutoverguard.engine.testing.HandoffRequests;
import io.github.cutoverguard.engine.Baseline;
import io.github.cutoverguard.engine.Breach;
import io.github.cutoverguard.engine.CheckResult;
import io.github.cutoverguard.engine.CheckStatus;
import io.github.cutoverguard.engine.GoalResult;
import io.github.cutoverguard.engine.Location;
import io.github.cutoverguard.engine.Mode;
import io.github.cutoverguard.engine.RunContext;
import io.github.cutoverguard.engine.input.InputLimits;
import io.github.cutoverguard.engine.input.ProjectFiles;
import io.github.cutoverguard.engine.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #26, "a handoff means what it says" (defects 5 and 23): the consumer, not the payload, decides what a billing
 * v7 → v8 rehearsal handoff may say. Its mode, target API contract and format version agree with what is configured,
 * its format is closed, and the order of its error codes is no meaning.
 */
class HandoffMeaningTest {

    private static final HandoffAnyTeamTest.Team BILLING = HandoffAnyTeamTest.Team.BILLING;
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T00:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path project;

    private static String edit(String text, String from, String to) {
        assertThat(text).contains(from);
        return text.replace(from, to);
    }

    private static String billingRehearsal() {
        return BILLING.rename(Fixtures.referenceText(ValidateHandoffTest.REHEARSAL));
    }

    private static String billingManifest() {
        return BILLING.rename(Fixtures.referenceText(ValidateHandoffTest.REHEARSAL_MANIFEST));
    }

    private GoalResult validate(String payload, String manifest, ValidateHandoffRequest.Expected expected,
                                HandoffSettings stale) throws Exception {
        Fixtures.write(project, "handoff/billing-v8-rehearsal.json", payload);
        Fixtures.write(project, "contracts/producer-contract-manifest.json", manifest);
        Baseline baseline = BILLING.rehearsalBaseline();
        return HandoffRequests.validate(new RunContext(new ProjectFiles(project), Mode.REHEARSAL, baseline, "billing.v8",
                InputLimits.DEFAULT, CLOCK, null), Path.of("handoff/billing-v8-rehearsal.json"))
                .producerManifestFile(Path.of("contracts/producer-contract-manifest.json")).staleCheck(stale)
                .expected(expected).run();
    }

    private GoalResult validate(String payload) throws Exception {
        return validate(payload, billingManifest(), null, null);
    }

    private static Breach only(GoalResult result, String rule) {
        assertThat(result.failedRuleIds()).containsExactly(rule);
        assertThat(result.errors()).hasSize(1);
        return result.errors().get(0);
    }

    @Test
    void theRenamedReferenceRehearsalPasses() throws Exception {
        assertThat(validate(billingRehearsal()).breaches()).isEmpty();
    }

    @Test
    void aRehearsalModeOtherThanTheConfiguredOneIsACutoverFlagBreach() throws Exception {
        GoalResult result = validate(edit(billingRehearsal(), "\"mode\": \"planning_only_no_runtime_cutover\"",
                "\"mode\": \"immediate_runtime_cutover\""));
        Breach breach = only(result, "HANDOFF-CUTOVER-FLAG");
        assertThat(breach.file()).isEqualTo("handoff/billing-v8-rehearsal.json");
        assertThat(breach.jsonPointer()).isEqualTo("/rehearsal_candidate/mode");
        assertThat(breach.location()).isEqualTo(new Location(16, 13));
        assertThat(breach.message()).isEqualTo("rehearsal_candidate.mode is \"immediate_runtime_cutover\", the configured "
                + "rehearsal mode is \"planning_only_no_runtime_cutover\"");
        assertThat(breach.expected()).isEqualTo("planning_only_no_runtime_cutover");
    }

    @Test
    void aConfiguredCandidateModeIsTheOneExpected() throws Exception {
        String payload = edit(billingRehearsal(), "\"mode\": \"planning_only_no_runtime_cutover\"",
                "\"mode\": \"shadow_traffic_no_runtime_cutover\"");
        assertThat(validate(payload, billingManifest(), new ValidateHandoffRequest.Expected(null,
                "shadow_traffic_no_runtime_cutover", null, null), null).breaches()).isEmpty();
    }

    @Test
    void aTargetApiContractNothingConfiguredExpectsIsACutoverFlagBreach() throws Exception {
        GoalResult result = validate(edit(billingRehearsal(), "\"target_api_contract_version\": \"api.v1\"",
                "\"target_api_contract_version\": \"api.v2\""));
        Breach breach = only(result, "HANDOFF-CUTOVER-FLAG");
        assertThat(breach.jsonPointer()).isEqualTo("/rehearsal_candidate/target_api_contract_version");
        assertThat(breach.location().line()).isEqualTo(18);
        assertThat(breach.message()).isEqualTo("the payload targets API contract \"api.v2\", the configured target API "
                + "contract is \"api.v1\" (<baseline>'s apiContract; set <targetApiContract> for another)");
    }

    @Test
    void aConfiguredTargetApiContractIsTheOneExpected() throws Exception {
        String payload = edit(billingRehearsal(), "\"target_api_contract_version\": \"api.v1\"",
                "\"target_api_contract_version\": \"billing-api.v2\"");
        assertThat(validate(payload, billingManifest(), new ValidateHandoffRequest.Expected("billing-api.v2", null, null, null),
                null).breaches()).isEmpty();
        Breach breach = only(validate(billingRehearsal(), billingManifest(),
                new ValidateHandoffRequest.Expected("billing-api.v2", null, null, null), null), "HANDOFF-CUTOVER-FLAG");
        assertThat(breach.message()).isEqualTo("the payload targets API contract \"api.v1\", the configured target API "
                + "contract is \"billing-api.v2\" (<targetApiContract>)");
    }

    @Test
    void aFormatVersionForAnotherContractThanTheTargetIsACutoverFlagBreach() throws Exception {
        GoalResult result = validate(edit(billingRehearsal(), "\"payload_contract_version\": \"billing-v8-rehearsal-handoff.v1\"",
                "\"payload_contract_version\": \"billing-v9-rehearsal-handoff.v1\""));
        Breach breach = only(result, "HANDOFF-CUTOVER-FLAG");
        assertThat(breach.jsonPointer()).isEqualTo("/payload_contract_version");
        assertThat(breach.location()).isEqualTo(new Location(2, 31));
        assertThat(breach.message()).isEqualTo("payload_contract_version is \"billing-v9-rehearsal-handoff.v1\", the "
                + "rehearsal handoff of billing.v8 is \"billing-v8-rehearsal-handoff.v1\"");
    }

    @Test
    void anUnknownTopLevelMemberIsASchemaBreachAtItsPlace() throws Exception {
        GoalResult result = validate(edit(billingRehearsal(), "\"generated_at_utc\"",
                "\"requires_runtime_cutover\": true,\n  \"generated_at_utc\""));
        Breach breach = only(result, "JSON-SCHEMA");
        assertThat(breach.jsonPointer()).isEqualTo("/requires_runtime_cutover");
        assertThat(breach.location().line()).isEqualTo(3);
        assertThat(breach.message()).contains("requires_runtime_cutover").contains("rehearsal-handoff.v1");
    }

    @Test
    void unknownMembersOfReleaseHandoffsAndNestedObjectsAreSchemaBreachesToo() throws Exception {
        String stable = edit(Fixtures.referenceText(ValidateHandoffTest.STABLE), "\"handoff_mode\": \"stable\",",
                "\"handoff_mode\": \"stable\",\n  \"cutover_now\": true,");
        Fixtures.write(project, "stable.json", stable);
        Fixtures.write(project, "manifest.json", Fixtures.referenceText(ValidateHandoffTest.STABLE_MANIFEST));
        GoalResult result = HandoffRequests.validate(new RunContext(new ProjectFiles(project), Mode.REHEARSAL,
                ValidateHandoffTest.STABLE_BASELINE, null, InputLimits.DEFAULT, CLOCK, null), Path.of("stable.json"))
                .producerManifestFile(Path.of("manifest.json")).envelopes(new EnvelopePolicies(
                        ValidateHandoffTest.POST_CUTOVER_STABLE_REQUIRES, ValidateHandoffTest.POST_CUTOVER_STABLE_FORBIDS, null, null,
                        null))
                .run();
        assertThat(only(result, "JSON-SCHEMA").jsonPointer()).isEqualTo("/cutover_now");
        GoalResult nested = validate(edit(billingRehearsal(), "\"integration_baseline\": \"integration/v1\"",
                "\"integration_baseline\": \"integration/v1\",\n      \"runtime_contract\": \"billing.v8\""));
        assertThat(only(nested, "JSON-SCHEMA").jsonPointer()).isEqualTo("/producer/active_runtime_baseline/runtime_contract");
    }

    /** Defect 23: the manifest's code order is no meaning (codes compare as sets everywhere), so it is not staleness. */
    @Test
    void aManifestListingTheSameCodesInAnotherOrderDoesNotMakeTheHandoffStale() throws Exception {
        String manifest = edit(billingManifest(), "\"invalid_json\",\n    \"validation_error\",",
                "\"validation_error\",\n    \"invalid_json\",");
        GoalResult result = validate(billingRehearsal(), manifest, null, billingSettings());
        assertThat(result.breaches()).isEmpty();
        assertThat(result.checks()).filteredOn(c -> c.id().equals("handoff.stale"))
                .extracting(CheckResult::status).containsExactly(CheckStatus.PASS);
    }

    @Test
    void anotherCodeSetStillMakesTheHandoffStale() throws Exception {
        String manifest = edit(billingManifest(), "\"invalid_json\",\n", "");
        GoalResult result = validate(billingRehearsal(), manifest, null, billingSettings());
        assertThat(result.failedRuleIds()).contains("HANDOFF-STALE");
        assertThat(result.errors()).filteredOn(b -> b.ruleId().equals("HANDOFF-STALE")).singleElement()
                .satisfies(b -> assertThat(b.details()).contains("-      \"invalid_json\","));
    }

    /** The reference generator settings, renamed for billing. */
    static HandoffSettings billingSettings() {
        return HandoffRequests.Settings.from(HandoffGeneratorTest.referenceSettings(), "billing.v8")
                .rollback(null, BILLING.rename("repin consumer to last approved service.v2 tag/sha and "
                        + "reopen overlap window")).build();
    }
}
