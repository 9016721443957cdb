package io.github.cutoverguard.engine.handoff;

import io.github.cutoverguard.engine.testing.HandoffRequests;
import io.github.cutoverguard.engine.Baseline;
import io.github.cutoverguard.engine.Breach;
import io.github.cutoverguard.engine.CheckStatus;
import io.github.cutoverguard.engine.GoalResult;
import io.github.cutoverguard.engine.Mode;
import io.github.cutoverguard.engine.RunContext;
import io.github.cutoverguard.engine.input.ProjectFiles;
import io.github.cutoverguard.engine.testing.Docs;
import io.github.cutoverguard.engine.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #26, "the consumer decides, not the payload" and "numbers by value", for a billing producer
 * (billing.v7 → billing.v8): an overlap is read by its value and a check that cannot read one fails; codes are
 * compared as the consumer configures, never as the payload asks, and a repeated code is a breach; the required
 * fallback and stability flags are required members named from the configured contracts.
 */
class HandoffFlagsCodesNumbersTest {

    private static final HandoffAnyTeamTest.Team BILLING = HandoffAnyTeamTest.Team.BILLING;

    @TempDir
    Path project;

    private static String edit(String text, String from, String to) {
        assertThat(text).contains(from);
        return text.replace(from, to);
    }

    private static String rehearsalText() {
        return BILLING.rename(Fixtures.referenceText(ValidateHandoffTest.REHEARSAL));
    }

    private static String candidateText() {
        return BILLING.rename(Fixtures.referenceText(ValidateHandoffTest.CANDIDATE));
    }

    private static String manifestText() {
        return BILLING.rename(Fixtures.referenceText(ValidateHandoffTest.REHEARSAL_MANIFEST));
    }

    /** validate-handoff on {@code payload} and {@code manifest} in {@code mode} against {@code baseline}. */
    private GoalResult validate(String payload, String manifest, Mode mode, Baseline baseline, Integer minimum,
                                ErrorCodeComparison comparison) throws Exception {
        Fixtures.write(project, "handoff.json", payload);
        Fixtures.write(project, "manifest.json", manifest);
        return HandoffRequests.validate(new RunContext(new ProjectFiles(project), mode, baseline,
                mode == Mode.REHEARSAL ? BILLING.targetContract() : null, null, null, null), Path.of("handoff.json"))
                .producerManifestFile(Path.of("manifest.json")).minimumOverlapDays(minimum)
                .expected(new ValidateHandoffRequest.Expected(null, null, null, comparison)).run();
    }

    private GoalResult validate(String payload, ErrorCodeComparison comparison) throws Exception {
        return validate(payload, manifestText(), Mode.REHEARSAL, BILLING.rehearsalBaseline(), null, comparison);
    }

    /** The one breach of the code check on {@code payloadText} (a rehearsal handoff) and {@code manifest}. */
    private static Breach onlyCodeBreach(String payloadText, String manifest) {
        HandoffPayload payload = new HandoffPayload(Docs.json("handoff.json", payloadText), HandoffKind.REHEARSAL);
        List<Breach> breaches = new HandoffErrorCodesMatchManifest(Docs.json("manifest.json", manifest), ErrorCodeComparison.EQUAL).check(payload);
        assertThat(breaches).hasSize(1);
        assertThat(breaches.get(0).ruleId()).isEqualTo("ERROR-CODES");
        return breaches.get(0);
    }

    private GoalResult validate(String payload) throws Exception {
        return validate(payload, null);
    }

    // defect 1: numbers by value; a check that cannot read a value fails

    @Test
    void aZeroOverlapWrittenAsADecimalIsAZeroDayOverlap() throws Exception {
        GoalResult rehearsal = validate(edit(edit(rehearsalText(), "\"duration_days\": 14", "\"duration_days\": 0.0"),
                "\"cutover_not_before_utc_date\": \"2026-02-22\"", "\"cutover_not_before_utc_date\": \"2026-02-08\""));
        assertThat(rehearsal.failedRuleIds()).containsExactly("HANDOFF-OVERLAP");
        assertThat(rehearsal.errors()).singleElement().satisfies(b -> {
            assertThat(b.jsonPointer()).isEqualTo("/migration_overlap_assumptions/duration_days");
            assertThat(b.message()).isEqualTo("the migration overlap is 0 days, the minimum is 14");
        });
        GoalResult candidate = validate(edit(candidateText(), "\"migration_overlap_days\": 14", "\"migration_overlap_days\": 0.0"));
        assertThat(candidate.failedRuleIds()).containsExactly("HANDOFF-OVERLAP");
        assertThat(candidate.errors()).singleElement().satisfies(b -> {
            assertThat(b.jsonPointer()).isEqualTo("/rehearsal_candidate/migration_overlap_days");
            assertThat(b.message()).isEqualTo("the migration overlap is 0 days, the minimum is 14");
        });
    }

    @Test
    void everyIntegerFieldAcceptsAnyIntegralSpellingAndIsReadByItsValue() throws Exception {
        String rehearsal = edit(edit(edit(rehearsalText(), "\"duration_days\": 14", "\"duration_days\": 1.4e1"),
                "\"standard_business_days\": 10", "\"standard_business_days\": 10.0"),
                "\"emergency_notice_hours\": 24", "\"emergency_notice_hours\": 2.40E1");
        assertThat(validate(rehearsal).errors()).isEmpty();
        assertThat(validate(edit(candidateText(), "\"migration_overlap_days\": 14", "\"migration_overlap_days\": 14.00"))
                .errors()).isEmpty();
        GoalResult shorter = validate(edit(rehearsalText(), "\"duration_days\": 14", "\"duration_days\": 1.3e1"));
        assertThat(shorter.errors()).singleElement().satisfies(b -> {
            assertThat(b.ruleId()).isEqualTo("HANDOFF-OVERLAP");
            assertThat(b.message()).isEqualTo("the migration overlap is 13 days, the minimum is 14");
        });
    }

    @Test
    void anOverlapTheCheckCannotReadFailsTheOverlapCheck() {
        for (String days : List.of("\"14\"", "1.5", "null", "true", "1e400")) {
            HandoffPayload payload = new HandoffPayload(Docs.json("handoff.json", edit(rehearsalText(), "\"duration_days\": 14",
                    "\"duration_days\": " + days)), HandoffKind.REHEARSAL);
            assertThat(new OverlapWindowHolds(14, BILLING.activeContract()).check(payload)).as(days)
                    .singleElement().satisfies(b -> {
                        assertThat(b.ruleId()).isEqualTo("HANDOFF-OVERLAP");
                        assertThat(b.jsonPointer()).isEqualTo("/migration_overlap_assumptions/duration_days");
                        assertThat(b.message()).startsWith("the migration overlap cannot be read: duration_days is ");
                    });
        }
        HandoffPayload missing = new HandoffPayload(Docs.json("handoff.json", edit(rehearsalText(), "\"duration_days\": 14,", "")),
                HandoffKind.REHEARSAL);
        assertThat(new OverlapWindowHolds(14, BILLING.activeContract()).check(missing)).singleElement().satisfies(b -> {
            assertThat(b.jsonPointer()).isEqualTo("/migration_overlap_assumptions/duration_days");
            assertThat(b.message()).isEqualTo("the migration overlap cannot be read: duration_days is missing");
        });
    }

    @Test
    void aCutoverDateTheCheckCannotReadFailsTheOverlapCheck() {
        HandoffPayload badDate = new HandoffPayload(Docs.json("handoff.json", edit(rehearsalText(),
                "\"cutover_not_before_utc_date\": \"2026-02-22\"", "\"cutover_not_before_utc_date\": \"2026-02-30\"")),
                HandoffKind.REHEARSAL);
        assertThat(new OverlapWindowHolds(14, BILLING.activeContract()).check(badDate)).singleElement().satisfies(b -> {
            assertThat(b.ruleId()).isEqualTo("HANDOFF-OVERLAP");
            assertThat(b.jsonPointer()).isEqualTo("/rehearsal_candidate/cutover_not_before_utc_date");
            assertThat(b.message()).isEqualTo("the cutover date cannot be judged: cutover_not_before_utc_date is "
                    + "\"2026-02-30\", not a date (YYYY-MM-DD)");
        });
        HandoffPayload badTimestamp = new HandoffPayload(Docs.json("handoff.json", edit(rehearsalText(),
                "\"generated_at_utc\": \"2026-02-08T11:29:52Z\"", "\"generated_at_utc\": \"yesterday\"")),
                HandoffKind.REHEARSAL);
        assertThat(new OverlapWindowHolds(14, BILLING.activeContract()).check(badTimestamp)).singleElement().satisfies(b -> {
            assertThat(b.jsonPointer()).isEqualTo("/generated_at_utc");
            assertThat(b.message()).isEqualTo("the cutover date cannot be judged: generated_at_utc is \"yesterday\", "
                    + "not a timestamp");
        });
    }

    @Test
    void withoutAnyMinimumTheOverlapCheckFailsInsteadOfAcceptingZero() {
        HandoffPayload payload = new HandoffPayload(Docs.json("handoff.json", rehearsalText()), HandoffKind.REHEARSAL);
        assertThat(new OverlapWindowHolds(null, BILLING.activeContract()).check(payload)).singleElement().satisfies(b -> {
            assertThat(b.ruleId()).isEqualTo("HANDOFF-OVERLAP");
            assertThat(b.jsonPointer()).isEqualTo("/migration_overlap_assumptions/duration_days");
            assertThat(b.message()).isEqualTo("no minimum overlap to hold the 14-day overlap to: neither "
                    + "<minimumOverlapDays> nor the manifest's stability_window.minimum_sprint_days is a whole number of days");
        });
    }

    // defect 2: the consumer decides how codes are compared, not the payload

    private static String codes(String text, String mode, String codes) {
        String list = text.substring(text.indexOf("\"codes\": ["), text.indexOf(']', text.indexOf("\"codes\": [")) + 1);
        return edit(edit(text, list, "\"codes\": [" + codes + "]"), "\"validation_mode\": \"set_equality\"",
                "\"validation_mode\": \"" + mode + "\"");
    }

    /** The manifest's codes (the reference manifest, renamed for billing, keeps its ten codes). */
    private static final String ALL_CODES = String.join(", ", Docs.REFERENCE_CODES.stream().map(c -> "\"" + c + "\"").toList());

    @Test
    void aSubsetWithOneCodeIsHeldToTheManifestsCodes() throws Exception {
        GoalResult result = validate(codes(billingCodes(), "subset", "\"invalid_json\""));
        assertThat(result.failedRuleIds()).containsExactly("ERROR-CODES");
        assertThat(result.errors()).extracting(Breach::jsonPointer).containsExactly(
                "/error_code_expectations/validation_mode", "/error_code_expectations/codes");
        assertThat(result.errors().get(0).message()).isEqualTo("validation_mode is \"subset\", but the consumer compares "
                + "error codes by <errorCodeComparison> equal, which accepts only \"set_equality\"");
        assertThat(result.errors().get(0).expected()).isEqualTo("set_equality");
        assertThat(result.errors().get(0).actual()).isEqualTo("\"subset\"");
        assertThat(result.errors().get(1).message()).isEqualTo("the payload lacks manifest error code(s) "
                + String.join(", ", Docs.REFERENCE_CODES.subList(1, 10)));
    }

    @Test
    void aSupersetWithANewCodeIsHeldToTheManifestsCodes() throws Exception {
        GoalResult result = validate(codes(billingCodes(), "superset", ALL_CODES + ", \"refund_window_closed\""));
        assertThat(result.errors()).extracting(Breach::jsonPointer).containsExactly(
                "/error_code_expectations/validation_mode", "/error_code_expectations/codes");
        assertThat(result.errors().get(1).message()).isEqualTo("the payload holds error code(s) not in manifest.json: "
                + "refund_window_closed");
        assertThat(result.errors().get(1).hint()).contains(" and manifest.json disagree: if manifest.json was edited",
                "restore it from the pinned release (mvn cutover:repin) and keep the handoff",
                "if manifest.json is the release's, regenerate the handoff from it");
    }

    @Test
    void aConsumerThatAllowsSubsetsAcceptsOneButNoSuperset() throws Exception {
        assertThat(validate(codes(billingCodes(), "subset", "\"invalid_json\""), ErrorCodeComparison.SUBSET).errors())
                .isEmpty();
        GoalResult superset = validate(codes(billingCodes(), "superset", ALL_CODES + ", \"refund_window_closed\""),
                ErrorCodeComparison.SUBSET);
        assertThat(superset.errors()).extracting(Breach::jsonPointer).containsExactly(
                "/error_code_expectations/validation_mode", "/error_code_expectations/codes");
        assertThat(superset.errors().get(0).message()).endsWith("by <errorCodeComparison> subset, which accepts "
                + "\"set_equality\" or \"subset\"");
        assertThat(superset.errors().get(0).expected()).isEqualTo("set_equality or subset");
        // a payload that states set_equality is held to it, whatever the consumer allows
        GoalResult claimsEquality = validate(codes(billingCodes(), "set_equality", "\"invalid_json\""),
                ErrorCodeComparison.SUBSET);
        assertThat(claimsEquality.errors()).singleElement().satisfies(b -> {
            assertThat(b.ruleId()).isEqualTo("ERROR-CODES");
            assertThat(b.jsonPointer()).isEqualTo("/error_code_expectations/codes");
        });
        assertThat(validate(candidateText(), ErrorCodeComparison.SUPERSET).errors()).isEmpty();
        // a consumer that allows supersets accepts a payload that states superset and adds a code, but not one that drops one
        assertThat(validate(codes(billingCodes(), "superset", ALL_CODES + ", \"refund_window_closed\""),
                ErrorCodeComparison.SUPERSET).errors()).isEmpty();
        assertThat(validate(codes(billingCodes(), "superset", "\"invalid_json\""), ErrorCodeComparison.SUPERSET).errors())
                .extracting(Breach::message).containsExactly("the payload lacks manifest error code(s) "
                        + String.join(", ", Docs.REFERENCE_CODES.subList(1, 10)));
    }

    @Test
    void aModeNoComparisonKnowsIsABreachAtTheMode() throws Exception {
        GoalResult result = validate(codes(billingCodes(), "anything_goes", ALL_CODES), ErrorCodeComparison.SUPERSET);
        // one cause, one breach (issue #28): the schema's; the code check's reading of the mode is skipped with why
        assertThat(result.errors()).singleElement().satisfies(b -> {
            assertThat(b.ruleId()).isEqualTo("JSON-SCHEMA");
            assertThat(b.jsonPointer()).isEqualTo("/error_code_expectations/validation_mode");
            assertThat(b.actual()).isEqualTo("\"anything_goes\"");
        });
        assertThat(result.checks()).filteredOn(c -> c.id().equals("handoff.error-codes/error_code_expectations/validation_mode"))
                .singleElement().satisfies(c -> assertThat(c.status()).isEqualTo(CheckStatus.SKIPPED));
        assertThat(ErrorCodeComparison.parse(null)).isEqualTo(ErrorCodeComparison.EQUAL);
        assertThat(ErrorCodeComparison.parse(" Superset ")).isEqualTo(ErrorCodeComparison.SUPERSET);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ErrorCodeComparison.parse("set_equality"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("errorCodeComparison must be 'equal', 'subset' or 'superset', was 'set_equality'");
    }

    private static String billingCodes() {
        return rehearsalText();
    }

    // defect 8: a code listed more than once

    @Test
    void aCodeListedThreeTimesIsABreachAtEachRepetition() throws Exception {
        GoalResult result = validate(codes(billingCodes(), "set_equality", ALL_CODES
                + ", \"write_failed\", \"write_failed\""));
        assertThat(result.failedRuleIds()).containsExactly("ERROR-CODES");
        assertThat(result.errors()).extracting(Breach::jsonPointer).containsExactly(
                "/error_code_expectations/codes/10", "/error_code_expectations/codes/11");
        assertThat(result.errors().get(0).message()).isEqualTo("error code \"write_failed\" is listed again (first at index 4)");
        GoalResult release = validate(edit(candidateText(), "\"internal_error\"\n  ],",
                "\"internal_error\",\n    \"internal_error\"\n  ],"));
        assertThat(release.errors()).singleElement().satisfies(b -> {
            assertThat(b.ruleId()).isEqualTo("ERROR-CODES");
            assertThat(b.jsonPointer()).isEqualTo("/error_code_enum/10");
        });
    }

    @Test
    void aCodeTheManifestRepeatsIsABreachInTheManifest() throws Exception {
        String manifest = edit(manifestText(), "\"write_failed\",", "\"write_failed\",\n    \"write_failed\",");
        GoalResult result = validate(rehearsalText(), manifest, Mode.REHEARSAL, BILLING.rehearsalBaseline(), null, null);
        assertThat(result.errors()).filteredOn(b -> b.ruleId().equals("ERROR-CODES")).singleElement().satisfies(b -> {
            assertThat(b.file()).isEqualTo("manifest.json");
            assertThat(b.jsonPointer()).isEqualTo("/error_code_enum/5");
            assertThat(b.message()).isEqualTo("error code \"write_failed\" is listed again (first at index 4)");
        });
    }

    // defect 3: required flags are required members, named for the configured contracts

    @Test
    void aMisspeltOverlapMemberIsNamedUnknownWithTheNearestKnownMember() throws Exception {
        GoalResult result = validate(edit(rehearsalText(), "\"duration_days\": 14", "\"duration_day\": 14"));
        List<Breach> schema = result.errors().stream().filter(b -> b.ruleId().equals("JSON-SCHEMA")).toList();
        assertThat(schema).filteredOn(b -> "/migration_overlap_assumptions/duration_day".equals(b.jsonPointer()))
                .singleElement().satisfies(b -> {
                    assertThat(b.message()).startsWith("migration_overlap_assumptions/duration_day is no member the "
                            + "schema names (its other members are boolean flags): did you mean duration_days?");
                    assertThat(b.hint()).isEqualTo("rename \"duration_day\" to \"duration_days\"")
                            .doesNotContain("as boolean");
                });
        // one cause, one breach: not also duration_days missing (schema) or unreadable (overlap), which is skipped
        assertThat(result.errors()).singleElement();
        assertThat(result.checks()).filteredOn(c -> c.id().startsWith("handoff.overlap")).extracting(c -> c.id() + " "
                + c.status() + " " + c.detail()).containsExactly(
                "handoff.overlap PASS " + result.checks().stream().filter(c -> c.id().equals("handoff.overlap"))
                        .findFirst().orElseThrow().detail(),
                "handoff.overlap/migration_overlap_assumptions/duration_days SKIPPED "
                        + "migration_overlap_assumptions/duration_days does not match the schema (JSON-SCHEMA)");
    }

    @Test
    void aRenamedStabilityFlagIsMissingNotSkipped() throws Exception {
        GoalResult result = validate(edit(rehearsalText(), "\"billing_v7_stability_required\": true",
                "\"service_v2_stability_requirement\": false"));
        assertThat(result.failedRuleIds()).containsExactly("HANDOFF-OVERLAP");
        assertThat(result.errors()).singleElement().satisfies(b -> {
            assertThat(b.jsonPointer()).isEqualTo("/migration_overlap_assumptions/billing_v7_stability_required");
            assertThat(b.message()).isEqualTo("billing_v7_stability_required is missing: the payload must state that the "
                    + "consumer's fallback and billing.v7's stability hold during the overlap");
            assertThat(b.location().isKnown()).isTrue();
            assertThat(b.hint()).isEqualTo("add \"billing_v7_stability_required\": true to migration_overlap_assumptions; "
                    + "the required flags are named for the active contract billing.v7");
        });
    }

    @Test
    void deletedFallbackFlagsAreEachABreach() throws Exception {
        String text = rehearsalText();
        String block = text.substring(text.indexOf("\"duration_days\": 14"), text.indexOf('}', text.indexOf("\"duration_days\": 14")));
        GoalResult result = validate(edit(text, block, "\"duration_days\": 14\n  "));
        assertThat(result.errors()).extracting(Breach::jsonPointer).containsExactly(
                "/migration_overlap_assumptions/billing_v7_stability_required",
                "/migration_overlap_assumptions/consumer_enrichment_must_remain_optional_non_blocking",
                "/migration_overlap_assumptions/consumer_fallback_must_remain_deterministic");
        assertThat(result.failedRuleIds()).containsExactly("HANDOFF-OVERLAP");
    }

    @Test
    void anyOtherFallbackOrStabilityFlagMustBeTrueToo() throws Exception {
        GoalResult result = validate(edit(rehearsalText(), "\"consumer_fallback_must_remain_deterministic\": true",
                "\"consumer_fallback_must_remain_deterministic\": true,\n    \"billing_v7_refunds_required\": false"));
        assertThat(result.errors()).singleElement().satisfies(b -> {
            assertThat(b.ruleId()).isEqualTo("HANDOFF-OVERLAP");
            assertThat(b.jsonPointer()).isEqualTo("/migration_overlap_assumptions/billing_v7_refunds_required");
            assertThat(b.message()).isEqualTo("billing_v7_refunds_required is false: the consumer's fallback must stay "
                    + "deterministic and non-blocking");
        });
    }

    @Test
    void aReleaseCandidatesFlagsAreRequiredToo() throws Exception {
        GoalResult renamed = validate(edit(candidateText(), "\"billing_v7_runtime_stability_required\": true",
                "\"service_v2_runtime_stability_required\": true"));
        assertThat(renamed.errors()).singleElement().satisfies(b -> {
            assertThat(b.ruleId()).isEqualTo("HANDOFF-OVERLAP");
            assertThat(b.jsonPointer()).isEqualTo("/rehearsal_candidate/billing_v7_runtime_stability_required");
        });
        GoalResult deleted = validate(edit(candidateText(), ",\n    \"consumer_non_blocking_fallback_required\": true", ""));
        assertThat(deleted.errors()).singleElement().satisfies(b ->
                assertThat(b.jsonPointer()).isEqualTo("/rehearsal_candidate/consumer_non_blocking_fallback_required"));
    }

    @Test
    void theRequiredFlagsAreNamedForTheConfiguredActiveContract() {
        assertThat(HandoffPayload.requiredFlagNames(HandoffKind.REHEARSAL, "orders-api.v11")).containsExactly(
                "orders_api_v11_stability_required", "consumer_enrichment_must_remain_optional_non_blocking",
                "consumer_fallback_must_remain_deterministic");
        assertThat(HandoffPayload.requiredFlagNames(HandoffKind.RELEASE_CANDIDATE, "billing.v7")).containsExactly(
                "billing_v7_runtime_stability_required", "consumer_non_blocking_fallback_required");
        assertThat(HandoffPayload.requiredFlagNames(HandoffKind.RELEASE_STABLE, "billing.v7")).isEmpty();
        // the payload's own active baseline cannot rename the flag: <baseline> names it
        HandoffPayload payload = new HandoffPayload(Docs.json("handoff.json", rehearsalText()), HandoffKind.REHEARSAL);
        assertThat(new OverlapWindowHolds(14, "billing.v6").check(payload)).extracting(Breach::jsonPointer)
                .containsExactly("/migration_overlap_assumptions/billing_v6_stability_required");
    }

    @Test
    void aRehearsalThatDoesNotStateRequiresRuntimeCutoverIsABreach() {
        for (String[] c : List.of(new String[] {rehearsalText(), "REHEARSAL"}, new String[] {candidateText(), "RELEASE_CANDIDATE"})) {
            String text = c[0].replace("\"requires_runtime_cutover\": false,", "");
            assertThat(text).doesNotContain("requires_runtime_cutover");
            HandoffPayload payload = new HandoffPayload(Docs.json("handoff.json", text), HandoffKind.valueOf(c[1]));
            assertThat(new RehearsalAvoidsCutover(BILLING.targetContract(), RehearsalAvoidsCutover.Configured.NONE, null).check(payload)).as(c[1]).singleElement()
                    .satisfies(b -> {
                        assertThat(b.ruleId()).isEqualTo("HANDOFF-CUTOVER-FLAG");
                        assertThat(b.jsonPointer()).isEqualTo("/rehearsal_candidate/requires_runtime_cutover");
                        assertThat(b.message()).isEqualTo("requires_runtime_cutover is missing: a rehearsal payload must "
                                + "not force a runtime cutover");
                    });
        }
    }

    @Test
    void codeListsThatCannotBeReadFailTheCodeCheck() {
        Breach numbered = onlyCodeBreach(codes(rehearsalText(), "set_equality", ALL_CODES + ", 404"), manifestText());
        assertThat(numbered.jsonPointer()).isEqualTo("/error_code_expectations/codes/10");
        assertThat(numbered.message()).isEqualTo("the error code at index 10 is 404, not a string");

        Breach noList = onlyCodeBreach(codes(rehearsalText(), "set_equality", ALL_CODES)
                .replace("\"codes\": [", "\"codes\": {\"all\": [").replace("\"internal_error\"]", "\"internal_error\"]}"),
                manifestText());
        assertThat(noList.jsonPointer()).isEqualTo("/error_code_expectations/codes");
        assertThat(noList.message()).startsWith("the payload's error codes cannot be read: codes is {");

        Breach noCodes = onlyCodeBreach(rehearsalText(), manifestText().replace("\"error_code_enum\"", "\"error_codes\""));
        assertThat(noCodes.file()).isEqualTo("manifest.json");
        assertThat(noCodes.jsonPointer()).isEqualTo("/error_code_enum");
        assertThat(noCodes.message()).isEqualTo("the payload's error codes cannot be compared: manifest.json has no "
                + "error_code_enum list");
    }

    @Test
    void withoutAConfiguredOrManifestMinimumTheGoalFailsTheOverlapCheck() throws Exception {
        String manifest = edit(manifestText(), "\"stability_window\"", "\"stability_notes\"");
        GoalResult result = validate(rehearsalText(), manifest, Mode.REHEARSAL, BILLING.rehearsalBaseline(), null, null);
        assertThat(result.errors()).filteredOn(b -> b.ruleId().equals("HANDOFF-OVERLAP")).singleElement()
                .satisfies(b -> assertThat(b.message()).startsWith("no minimum overlap to hold the 14-day overlap to"));
        GoalResult configured = validate(rehearsalText(), manifest, Mode.REHEARSAL, BILLING.rehearsalBaseline(), 15, null);
        assertThat(configured.errors()).filteredOn(b -> b.ruleId().equals("HANDOFF-OVERLAP")).extracting(Breach::message)
                .containsExactly("the migration overlap is 14 days, the minimum is 15");
    }

    @Test
    void inCutoverModeTheRehearsalsFlagsAreNamedForTheContractItLeaves() throws Exception {
        Baseline released = new Baseline("v1.5.0", "7e4806a34b98e6c06ee33fa9f11499a975e7b922", BILLING.targetContract(),
                "api.v1", "integration/v1");
        GoalResult result = validate(rehearsalText(), manifestText(), Mode.CUTOVER, released, null, null);
        assertThat(result.errors()).noneMatch(b -> b.ruleId().equals("HANDOFF-OVERLAP"));
        assertThat(result.checks()).anySatisfy(c -> {
            assertThat(c.id()).isEqualTo("handoff.overlap");
            assertThat(c.detail()).contains("billing_v7_stability_required");
        });
    }
}
