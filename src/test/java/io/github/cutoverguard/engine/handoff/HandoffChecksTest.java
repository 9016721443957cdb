package io.github.cutoverguard.engine.handoff;

import io.github.cutoverguard.engine.Breach;
import io.github.cutoverguard.engine.testing.Docs;
import io.github.cutoverguard.engine.testing.Fixtures;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The single handoff checks on the reference payloads, one edit at a time. */
class HandoffChecksTest {

    private static HandoffPayload payload(String reference, HandoffKind kind, String from, String to) {
        String text = Fixtures.referenceText(reference);
        assertThat(text).contains(from);
        return new HandoffPayload(Docs.json("handoff.json", text.replace(from, to)), kind);
    }

    private static HandoffPayload rehearsal(String from, String to) {
        return payload(ValidateHandoffTest.REHEARSAL, HandoffKind.REHEARSAL, from, to);
    }

    private static HandoffPayload rehearsal() {
        return rehearsal("{", "{");
    }

    private static HandoffPayload candidate() {
        return payload(ValidateHandoffTest.CANDIDATE, HandoffKind.RELEASE_CANDIDATE, "{", "{");
    }

    private static HandoffPayload stable() {
        return payload(ValidateHandoffTest.STABLE, HandoffKind.RELEASE_STABLE, "{", "{");
    }

    private static EnvelopePolicyIsConsistent defaultPolicy(String targetContract) {
        return new EnvelopePolicyIsConsistent(EnvelopePolicyIsConsistent.DEFAULT_REQUIRES,
                EnvelopePolicyIsConsistent.DEFAULT_FORBIDS, EnvelopePolicyIsConsistent.DEFAULT_STABLE_REQUIRES,
                EnvelopePolicyIsConsistent.DEFAULT_STABLE_FORBIDS, targetContract);
    }

    @Test
    void aTargetWithoutItsEnvelopePolicyIsNamedWithTheExpectedKey() {
        List<Breach> breaches = defaultPolicy("service.v9").check(rehearsal());
        assertThat(breaches).singleElement().satisfies(b -> {
            assertThat(b.ruleId()).isEqualTo("HANDOFF-ENVELOPE-POLICY");
            assertThat(b.jsonPointer()).isEqualTo("/non_2xx_envelope_policy");
            assertThat(b.message()).isEqualTo("no envelope policy for service.v9 (expected a key starting with service_v9_)");
            assertThat(b.expected()).isEqualTo("service_v9_candidate");
        });
        assertThat(defaultPolicy("service.v3").check(rehearsal())).isEmpty();
    }

    @Test
    void withoutATargetOnlyContradictoryPoliciesAreReported() {
        HandoffPayload contradictory = rehearsal("\"forbids\": [\n        \"api_contract_version\"\n      ]",
                "\"forbids\": [\n        \"api_contract_version\",\n        \"legacy_error\"\n      ]");
        assertThat(defaultPolicy(null).check(contradictory)).singleElement().satisfies(b -> {
            assertThat(b.message()).isEqualTo("policy service_v2_stable both requires and forbids legacy_error");
            assertThat(b.jsonPointer()).isEqualTo("/non_2xx_envelope_policy/service_v2_stable");
        });
        assertThat(defaultPolicy(null).check(rehearsal())).isEmpty();
        assertThat(defaultPolicy("service.v3").check(rehearsal("\"non_2xx_envelope_policy\"", "\"other_policy\""))).isEmpty();
    }

    @Test
    void theConfiguredTargetMustBeThePayloadsTarget() {
        assertThat(new RehearsalAvoidsCutover(null, RehearsalAvoidsCutover.Configured.NONE, null).check(rehearsal())).isEmpty();
        assertThat(new RehearsalAvoidsCutover("service.v3", RehearsalAvoidsCutover.Configured.NONE, null).check(rehearsal())).isEmpty();
        assertThat(new RehearsalAvoidsCutover("service.v4", RehearsalAvoidsCutover.Configured.NONE, null).check(rehearsal())).singleElement().satisfies(b -> {
            assertThat(b.ruleId()).isEqualTo("HANDOFF-CUTOVER-FLAG");
            assertThat(b.jsonPointer()).isEqualTo("/rehearsal_candidate/target_service_contract_version");
            assertThat(b.message()).isEqualTo("the payload targets \"service.v3\", <targetServiceContract> is \"service.v4\"");
        });
        assertThat(new RehearsalAvoidsCutover("service.v4", RehearsalAvoidsCutover.Configured.NONE, null).check(stable())).isEmpty();
    }

    @Test
    void aFallbackFlagTurnedOffIsNamedByItsKey() {
        HandoffPayload off = rehearsal("\"consumer_fallback_must_remain_deterministic\": true",
                "\"consumer_fallback_must_remain_deterministic\": false");
        assertThat(new OverlapWindowHolds(14, "service.v2").check(off)).singleElement().satisfies(b -> {
            assertThat(b.jsonPointer()).isEqualTo("/migration_overlap_assumptions/consumer_fallback_must_remain_deterministic");
            assertThat(b.message()).isEqualTo("consumer_fallback_must_remain_deterministic is false: the consumer's "
                    + "fallback must stay deterministic and non-blocking");
            assertThat(b.actual()).isEqualTo("false");
        });
        assertThat(new OverlapWindowHolds(100, "service.v2").check(stable())).isEmpty();
        assertThat(new OverlapWindowHolds(14, "service.v2").check(rehearsal())).isEmpty();
        assertThat(new OverlapWindowHolds(15, "service.v2").check(rehearsal())).extracting(Breach::message)
                .containsExactly("the migration overlap is 14 days, the minimum is 15");
    }

    @Test
    void requiredProducerChecksAreLookedUpWhereEachKindKeepsThem() {
        CommandListsComplete producer = new CommandListsComplete(List.of(), List.of("mvn verify"));
        assertThat(producer.check(rehearsal())).singleElement().satisfies(b -> {
            assertThat(b.ruleId()).isEqualTo("HANDOFF-COMMANDS");
            assertThat(b.jsonPointer()).isEqualTo("/required_producer_checks");
            assertThat(b.message()).isEqualTo("the required producer checks lack \"mvn verify\"");
            assertThat(b.hint()).isEqualTo("add \"mvn verify\" to required_producer_checks in the payload");
        });
        assertThat(producer.check(candidate())).singleElement()
                .satisfies(b -> assertThat(b.jsonPointer()).isEqualTo("/verification_commands"));
        assertThat(new CommandListsComplete(List.of(), List.of("cargo fmt --all -- --check")).check(candidate())).isEmpty();
        assertThat(new CommandListsComplete(List.of("pnpm run test:ci"), List.of("cargo fmt --all -- --check"))
                .check(rehearsal())).isEmpty();
    }

    @Test
    void aStableHandoffListsNoConsumerChecksAndSaysSoOnce() {
        CommandListsComplete consumer = new CommandListsComplete(List.of("mvn -Pcontract verify", "make check"), List.of());
        assertThat(consumer.check(stable())).singleElement().satisfies(b -> {
            assertThat(b.ruleId()).isEqualTo("HANDOFF-COMMANDS");
            assertThat(b.message()).isEqualTo("handoff.json is a release-handoff-stable.v1 payload, which lists no "
                    + "consumer checks, so it cannot list the required consumer checks mvn -Pcontract verify, make check");
            assertThat(b.hint()).startsWith("configure requiredConsumerChecks only in the execution");
        });
        assertThat(new CommandListsComplete(List.of(), List.of()).check(stable())).isEmpty();
    }

    /** Issue #26 defect 2: the payload's validation_mode no longer switches the comparison off; the consumer's mode decides. */
    @Test
    void theConsumersComparisonAppliesWhateverModeThePayloadStates() {
        var manifest = Docs.json("manifest.json", Fixtures.referenceText(ValidateHandoffTest.REHEARSAL_MANIFEST));
        HandoffPayload superset = rehearsal("\"validation_mode\": \"set_equality\"", "\"validation_mode\": \"superset\"");
        assertThat(superset.errorCodeValidationMode()).hasValueSatisfying(f -> assertThat(f.text()).hasValue("superset"));
        assertThat(candidate().errorCodeValidationMode()).isEmpty();

        HandoffPayload renamed = new HandoffPayload(Docs.json("handoff.json", Fixtures.referenceText(ValidateHandoffTest.REHEARSAL)
                .replace("\"validation_mode\": \"set_equality\"", "\"validation_mode\": \"superset\"")
                .replace("\"write_failed\",", "\"write_exploded\",")), HandoffKind.REHEARSAL);
        assertThat(new HandoffErrorCodesMatchManifest(manifest, ErrorCodeComparison.EQUAL).check(renamed))
                .extracting(Breach::jsonPointer).containsExactly("/error_code_expectations/validation_mode",
                        "/error_code_expectations/codes", "/error_code_expectations/codes");
        assertThat(new HandoffErrorCodesMatchManifest(manifest, ErrorCodeComparison.EQUAL).check(rehearsal("\"write_failed\",", "\"write_exploded\","))).extracting(Breach::ruleId).containsExactly("ERROR-CODES", "ERROR-CODES");
        assertThat(new HandoffErrorCodesMatchManifest(manifest, ErrorCodeComparison.EQUAL).check(rehearsal())).isEmpty();
        assertThat(new HandoffErrorCodesMatchManifest(manifest, ErrorCodeComparison.EQUAL).check(candidate())).isEmpty();
    }

    @Test
    void aBaselineMismatchNamesTheFieldAndBothValues() {
        HandoffPayload other = rehearsal("\"release_tag\": \"v0.3.2\"", "\"release_tag\": \"v0.3.1\"");
        assertThat(new HandoffMatchesBaseline(Docs.REHEARSAL_BASELINE).check(other)).singleElement().satisfies(b ->
                assertThat(b.message()).isEqualTo("release_tag of the active runtime baseline is \"v0.3.1\", "
                        + "<baseline> is \"v0.3.2\""));
    }
}
