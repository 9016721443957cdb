package io.github.cutoverguard.engine.handoff;

import io.github.cutoverguard.engine.testing.HandoffRequests;
import io.github.cutoverguard.engine.RunContext;
import io.github.cutoverguard.engine.Baseline;
import io.github.cutoverguard.engine.Breach;
import io.github.cutoverguard.engine.GoalResult;
import io.github.cutoverguard.engine.Mode;
import io.github.cutoverguard.engine.input.ProjectFiles;
import io.github.cutoverguard.engine.input.InputLimits;
import io.github.cutoverguard.engine.testing.Docs;
import io.github.cutoverguard.engine.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #12, "fail closed, for any team": the handoff goals work for every {@code <name>.v<N>}
 * contract (billing.v7 → billing.v8, orders-api.v11 → orders-api.v12), not only the reference
 * pair's service.v2 → service.v3, and every policy, release field and command list is checked.
 */
class HandoffAnyTeamTest {

    /** A team's contract name, the versions it moves between, and the reference texts renamed for it. */
    record Team(String name, String dash, String underscore, int active, int target) {

        static final Team BILLING = new Team("billing", "billing", "billing", 7, 8);
        static final Team ORDERS = new Team("orders-api", "orders-api", "orders_api", 11, 12);

        String activeContract() {
            return name + ".v" + active;
        }

        String targetContract() {
            return name + ".v" + target;
        }

        /** service.v2 → the team's active contract, service.v3 → its target, in every spelling. */
        String rename(String text) {
            return text.replace("service.v3", targetContract()).replace("service-v3", dash + "-v" + target)
                    .replace("service_v3", underscore + "_v" + target)
                    .replace("service.v2", activeContract()).replace("service-v2", dash + "-v" + active)
                    .replace("service_v2", underscore + "_v" + active);
        }

        Baseline rehearsalBaseline() {
            Baseline reference = Docs.REHEARSAL_BASELINE;
            return new Baseline(reference.releaseTag(), reference.commitSha(), activeContract(), reference.apiContract(),
                    reference.integrationBaseline());
        }
    }

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T00:00:00Z"), ZoneOffset.UTC);
    private static final List<String> CONSUMER_CHECKS = List.of("mvn -B verify");
    private static final List<String> PRODUCER_CHECKS = List.of("./mvnw -B verify", "./mvnw -B cutover:check-alignment");

    @TempDir
    Path project;

    private static String edit(String text, String from, String to) {
        assertThat(text).contains(from);
        return text.replace(from, to);
    }

    private GoalResult validate(String payload, String manifest, Baseline baseline, String target,
                                List<String> stableRequires, List<String> stableForbids) throws Exception {
        Fixtures.write(project, "handoff.json", payload);
        Fixtures.write(project, "manifest.json", manifest);
        return HandoffRequests.validate(new RunContext(new ProjectFiles(project), Mode.REHEARSAL, baseline, target,
                null, CLOCK, null), Path.of("handoff.json")).producerManifestFile(Path.of("manifest.json"))
                .envelopes(new EnvelopePolicies(stableRequires, stableForbids, null, null, null)).run();
    }

    private GoalResult validate(String payload, String manifest, Baseline baseline, String target) throws Exception {
        return validate(payload, manifest, baseline, target, null, null);
    }

    private static String rehearsalManifest(Team team) {
        return team.rename(Fixtures.referenceText(ValidateHandoffTest.REHEARSAL_MANIFEST));
    }

    /** The reference release candidate, renamed for {@code team}, with one edit. */
    private GoalResult candidate(Team team, String from, String to) throws Exception {
        String text = edit(team.rename(Fixtures.referenceText(ValidateHandoffTest.CANDIDATE)), from, to);
        return validate(text, rehearsalManifest(team), team.rehearsalBaseline(), team.targetContract());
    }

    /** The reference rehearsal handoff, renamed for {@code team}, with one edit. */
    private GoalResult rehearsal(Team team, String from, String to) throws Exception {
        String text = edit(team.rename(Fixtures.referenceText(ValidateHandoffTest.REHEARSAL)), from, to);
        return validate(text, rehearsalManifest(team), team.rehearsalBaseline(), team.targetContract());
    }

    private GenerateHandoff.Generated generate(Team team) throws Exception {
        Fixtures.write(project, "contracts/manifest.json", rehearsalManifest(team));
        HandoffSettings settings = HandoffRequests.settings("org/" + team.name(), team.targetContract())
                .requiredChecks(PRODUCER_CHECKS, CONSUMER_CHECKS).build();
        return GenerateHandoff.run(new GenerateHandoffRequest(new RunContext(new ProjectFiles(project), Mode.REHEARSAL,
                team.rehearsalBaseline(), null, InputLimits.DEFAULT, CLOCK, null), Path.of("contracts/manifest.json"),
                Path.of("handoff/candidate.json"), settings, Instant.parse("2026-11-20T10:00:00Z")));
    }

    // 5. whatever generate-handoff writes, validate-handoff accepts, for any contract name

    @Test
    void theGeneratedCandidateOfAnyTeamIsAcceptedByTheValidator() throws Exception {
        for (Team team : List.of(Team.BILLING, Team.ORDERS)) {
            GenerateHandoff.Generated generated = generate(team);
            String written = Files.readString(generated.output());
            assertThat(written).contains("\"payload_contract_version\": \"" + team.dash() + "-v" + team.target()
                    + "-rehearsal-handoff.v1\"");
            GoalResult result = HandoffRequests.validate(new RunContext(new ProjectFiles(project), Mode.REHEARSAL,
                    team.rehearsalBaseline(), team.targetContract(), null, CLOCK, null), Path.of("handoff/candidate.json"))
                    .producerManifestFile(Path.of("contracts/manifest.json"))
                    .requiredChecks(PRODUCER_CHECKS, CONSUMER_CHECKS).staleCheck(generatedSettings(team)).run();
            assertThat(result.breaches()).as(team.name()).isEmpty();
            assertThat(result.acceptance().kind()).isEqualTo("rehearsal-handoff.v1");
            assertThat(result.acceptance().accepted()).isTrue();
        }
    }

    private static HandoffSettings generatedSettings(Team team) {
        return HandoffRequests.settings("org/" + team.name(), team.targetContract())
                .requiredChecks(PRODUCER_CHECKS, CONSUMER_CHECKS).build();
    }

    @Test
    void aReleaseCandidateOfAnyTeamIsRecognisedByItsMode() throws Exception {
        for (Team team : List.of(Team.BILLING, Team.ORDERS)) {
            GoalResult result = candidate(team, "{", "{");
            assertThat(result.breaches()).as(team.name()).isEmpty();
            assertThat(result.acceptance().kind()).isEqualTo("release-handoff-candidate.v1");
        }
    }

    @Test
    void theUnknownKindMessageNamesNoProducersContract() throws Exception {
        GoalResult result = validate("{\"payload_contract_version\": \"billing-rehearsal-handoff.v1\"}",
                rehearsalManifest(Team.BILLING), Team.BILLING.rehearsalBaseline(), null);
        assertThat(result.failedRuleIds()).containsExactly("JSON-SCHEMA");
        assertThat(result.errors().get(0).message()).doesNotContain("service-v")
                .contains("<contract slug>-rehearsal-handoff.v1").contains("<contract slug>-candidate");
    }

    @Test
    void theBundledSchemasCarryNoProducersNames() throws Exception {
        try (var files = Files.list(Path.of("schemas"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".schema.json")).toList()) {
                assertThat(Files.readString(file)).as(file.toString())
                        .doesNotContainPattern("(?i)service[-_.]v").doesNotContain("memorykernel");
            }
        }
    }

    @Test
    void theSchemasRecogniseKindsAndPoliciesWithTheEnginesPatterns() throws Exception {
        var rehearsal = Docs.json("r", Files.readString(Path.of("schemas/rehearsal-handoff.v1.schema.json")));
        var candidate = Docs.json("c", Files.readString(Path.of("schemas/release-handoff-candidate.v1.schema.json")));
        var common = Docs.json("h", Files.readString(Path.of("schemas/handoff-common.v1.schema.json")));
        assertThat(rehearsal.at("/properties/payload_contract_version/pattern").map(n -> n.asString()))
                .contains(HandoffKind.REHEARSAL_VERSION_PATTERN);
        assertThat(candidate.at("/properties/handoff_mode/pattern").map(n -> n.asString()))
                .contains(HandoffKind.CANDIDATE_MODE_PATTERN);
        assertThat(common.at("/$defs/envelopePolicies/propertyNames/pattern").map(n -> n.asString()))
                .contains("^" + ContractSlug.POLICY_KEY + "$");
        for (String contract : List.of("service.v3", "billing.v8", "orders-api.v12", "a.b-c.v7", "Ledger..V4")) {
            assertThat(ContractSlug.dashed(contract) + HandoffKind.REHEARSAL_SUFFIX).matches(HandoffKind.REHEARSAL_VERSION_PATTERN);
            assertThat(ContractSlug.candidateMode(contract)).matches(HandoffKind.CANDIDATE_MODE_PATTERN);
            assertThat(ContractSlug.stablePolicy(contract)).matches(ContractSlug.POLICY_KEY);
        }
        assertThat(ContractSlug.dashed("Orders-API..v12")).isEqualTo("orders-api-v12");
        assertThat(ContractSlug.underscored("a.b-c.v7")).isEqualTo("a_b_c_v7");
    }

    // 6. every policy of the target contract is checked, whatever the key order

    @Test
    void everyPolicyOfTheTargetIsCheckedWhateverTheKeyOrder() throws Exception {
        String laxStable = "\"billing_v8_stable\": {\n      \"requires\": [\"service_contract_version\", \"error.code\", "
                + "\"error.message\"],\n      \"forbids\": [\"api_contract_version\"]\n    }";
        GoalResult stableFirst = rehearsal(Team.BILLING, "\"billing_v8_candidate\": {",
                laxStable + ",\n    \"billing_v8_candidate\": {");
        String text = Team.BILLING.rename(Fixtures.referenceText(ValidateHandoffTest.REHEARSAL));
        int end = text.indexOf("\n  },\n  \"error_code_expectations\"");
        GoalResult stableLast = validate(text.substring(0, end) + ",\n    " + laxStable + text.substring(end),
                rehearsalManifest(Team.BILLING), Team.BILLING.rehearsalBaseline(), Team.BILLING.targetContract());
        for (GoalResult result : List.of(stableFirst, stableLast)) {
            assertThat(result.failedRuleIds()).containsExactly("HANDOFF-ENVELOPE-POLICY");
            assertThat(result.errors()).singleElement().satisfies(b -> {
                assertThat(b.message()).isEqualTo("policy billing_v8_stable does not forbid legacy_error");
                assertThat(b.jsonPointer()).isEqualTo("/non_2xx_envelope_policy/billing_v8_stable/forbids");
            });
        }
    }

    // 7. the active contract's stable policy is checked against the stable expectations

    /** A stable release handoff of billing.v7 (whose stable policy still requires legacy_error). */
    private static String billingV7Stable() {
        String text = Fixtures.referenceText(ValidateHandoffTest.STABLE);
        text = edit(text, "\"requires\": [\n        \"service_contract_version\",\n        \"error.code\",\n"
                        + "        \"error.message\"\n      ],\n      \"optional\": [\n        \"error.details\"\n      ],\n"
                        + "      \"forbids\": [\n        \"legacy_error\",\n        \"api_contract_version\"\n      ]\n    },\n"
                        + "    \"service_v3_candidate\"",
                "\"requires\": [\n        \"service_contract_version\",\n        \"error.code\",\n"
                        + "        \"error.message\",\n        \"legacy_error\"\n      ],\n"
                        + "      \"forbids\": [\n        \"api_contract_version\"\n      ]\n    },\n"
                        + "    \"service_v3_candidate\"");
        return text.replace("service.v3", "billing.v7").replace("service_v3", "billing_v7");
    }

    private static final Baseline BILLING_V7_RELEASE = new Baseline("v0.4.0", "7e4806a34b98e6c06ee33fa9f11499a975e7b922",
            "billing.v7", "api.v1", "integration/v1");

    private static String billingV7Manifest() {
        return Fixtures.referenceText(ValidateHandoffTest.STABLE_MANIFEST).replace("service.v3", "billing.v7")
                .replace("service_v3", "billing_v8").replace("service_v2", "billing_v7");
    }

    @Test
    void theActiveContractsStablePolicyIsCheckedAgainstTheStableExpectations() throws Exception {
        String stable = billingV7Stable();
        assertThat(validate(stable, billingV7Manifest(), BILLING_V7_RELEASE, null).breaches()).isEmpty();

        String withoutLegacy = edit(stable, "\"error.message\",\n        \"legacy_error\"\n", "\"error.message\"\n");
        // issue 28: unconfigured, a stable release states its own stable policy (the default describes a rehearsal's)
        assertThat(validate(withoutLegacy, billingV7Manifest(), BILLING_V7_RELEASE, null).breaches()).isEmpty();
        List<String> preCutover = List.of("service_contract_version", "error.code", "error.message", "legacy_error");
        GoalResult dropped = validate(withoutLegacy, billingV7Manifest(), BILLING_V7_RELEASE, null, preCutover,
                List.of("api_contract_version"));
        assertThat(dropped.failedRuleIds()).containsExactly("HANDOFF-ENVELOPE-POLICY");
        assertThat(dropped.errors()).singleElement().satisfies(b -> {
            assertThat(b.message()).isEqualTo("policy billing_v7_stable does not require legacy_error");
            assertThat(b.jsonPointer()).isEqualTo("/non_2xx_envelope_policy/billing_v7_stable/requires");
        });

        List<String> postCutover = List.of("service_contract_version", "error.code", "error.message");
        assertThat(validate(withoutLegacy, billingV7Manifest(), BILLING_V7_RELEASE, null, postCutover,
                List.of("legacy_error", "api_contract_version")).failedRuleIds())
                .as("configured stable expectations replace the defaults").containsExactly("HANDOFF-ENVELOPE-POLICY");
        assertThat(validate(edit(withoutLegacy, "\"forbids\": [\n        \"api_contract_version\"\n      ]\n    },\n"
                        + "    \"billing_v7_candidate\"", "\"forbids\": [\n        \"legacy_error\",\n"
                        + "        \"api_contract_version\"\n      ]\n    },\n    \"billing_v7_candidate\""),
                billingV7Manifest(), BILLING_V7_RELEASE, null, postCutover, List.of("legacy_error", "api_contract_version"))
                .breaches()).isEmpty();
    }

    @Test
    void aPayloadWithoutTheActiveContractsStablePolicyFails() throws Exception {
        GoalResult result = rehearsal(Team.BILLING, "\"billing_v7_stable\"", "\"billing_v6_stable\"");
        assertThat(result.failedRuleIds()).containsExactly("HANDOFF-ENVELOPE-POLICY");
        assertThat(result.errors()).singleElement().satisfies(b -> {
            assertThat(b.message()).isEqualTo("no envelope policy for the active contract billing.v7 (expected billing_v7_stable)");
            assertThat(b.expected()).isEqualTo("billing_v7_stable");
        });
    }

    // 8. a release handoff's own release fields equal the manifest's

    @Test
    void aReleaseHandoffBehindTheManifestFailsWithHandoffBaseline() throws Exception {
        String payload = Team.BILLING.rename(Fixtures.referenceText(ValidateHandoffTest.CANDIDATE));
        String moved = rehearsalManifest(Team.BILLING).replace("\"release_tag\": \"v0.3.2\"", "\"release_tag\": \"v0.3.3\"");
        GoalResult result = validate(payload, moved, Team.BILLING.rehearsalBaseline(), "billing.v8");
        assertThat(result.failedRuleIds()).containsExactly("HANDOFF-BASELINE");
        assertThat(result.errors()).singleElement().satisfies(b -> {
            assertThat(b.jsonPointer()).isEqualTo("/release_tag");
            assertThat(b.location().line()).isEqualTo(4);
            assertThat(b.expected()).isEqualTo("v0.3.3");
            assertThat(b.actual()).isEqualTo("v0.3.2");
            assertThat(b.message()).isEqualTo("release_tag is \"v0.3.2\", manifest.json has \"v0.3.3\"");
        });
    }

    @Test
    void aStableReleaseHandoffMustNameTheManifestsContractVersions() throws Exception {
        String manifest = billingV7Manifest().replace("\"expected_service_contract_version\": \"billing.v7\"",
                "\"expected_service_contract_version\": \"billing.v9\"");
        GoalResult result = validate(billingV7Stable(), manifest, BILLING_V7_RELEASE, null);
        assertThat(result.failedRuleIds()).containsExactly("HANDOFF-BASELINE");
        assertThat(result.errors()).extracting(Breach::jsonPointer).containsExactly("/expected_service_contract_version");
    }

    // 9. the producer's manifest is schema-checked

    @Test
    void aManifestOfAnotherContractVersionOrWithABadShaFailsWithJsonSchema() throws Exception {
        String payload = Team.BILLING.rename(Fixtures.referenceText(ValidateHandoffTest.REHEARSAL));
        String v9 = edit(rehearsalManifest(Team.BILLING), "producer-contract-manifest.v1", "producer-contract-manifest.v9");
        GoalResult result = validate(payload, v9, Team.BILLING.rehearsalBaseline(), "billing.v8");
        assertThat(result.failedRuleIds()).containsExactly("JSON-SCHEMA");
        assertThat(result.errors()).singleElement().satisfies(b -> {
            assertThat(b.file()).isEqualTo("manifest.json");
            assertThat(b.jsonPointer()).isEqualTo("/manifest_contract_version");
            assertThat(b.location().line()).isEqualTo(2);
        });

        String badSha = edit(rehearsalManifest(Team.BILLING), "\"commit_sha\": \"cf331449e1589581a5dcbb3adecd3e9ae4509277\"",
                "\"commit_sha\": \"not-a-sha\"");
        GoalResult sha = validate(payload, badSha, Team.BILLING.rehearsalBaseline(), "billing.v8");
        assertThat(sha.failedRuleIds()).containsExactly("JSON-SCHEMA");
        assertThat(sha.errors()).singleElement().satisfies(b -> assertThat(b.jsonPointer()).isEqualTo("/commit_sha"));
    }

    // 10. a <slug>-candidate mode names the payload's target contract

    @Test
    void aCandidateModeNamingAnotherContractFailsWithCutoverFlag() throws Exception {
        GoalResult result = candidate(Team.BILLING, "\"handoff_mode\": \"billing-v8-candidate\"",
                "\"handoff_mode\": \"billing-v9-candidate\"");
        assertThat(result.failedRuleIds()).containsExactly("HANDOFF-CUTOVER-FLAG");
        assertThat(result.errors()).singleElement().satisfies(b -> {
            assertThat(b.jsonPointer()).isEqualTo("/handoff_mode");
            assertThat(b.expected()).isEqualTo("billing-v8-candidate");
            assertThat(b.actual()).isEqualTo("billing-v9-candidate");
        });

        String reference = Fixtures.referenceText(ValidateHandoffTest.CANDIDATE);
        GoalResult v4 = validate(edit(reference, "\"handoff_mode\": \"service-v3-candidate\"",
                "\"handoff_mode\": \"service-v4-candidate\""), Fixtures.referenceText(ValidateHandoffTest.REHEARSAL_MANIFEST),
                Docs.REHEARSAL_BASELINE, null);
        assertThat(v4.failedRuleIds()).containsExactly("HANDOFF-CUTOVER-FLAG");
    }

    @Test
    void aCandidateModeMustAlsoNameTheConfiguredTarget() throws Exception {
        String payload = Team.BILLING.rename(Fixtures.referenceText(ValidateHandoffTest.CANDIDATE));
        GoalResult result = validate(payload, rehearsalManifest(Team.BILLING), Team.BILLING.rehearsalBaseline(), "billing.v9");
        assertThat(result.errors()).filteredOn(b -> b.ruleId().equals("HANDOFF-CUTOVER-FLAG"))
                .extracting(Breach::jsonPointer).containsExactly("/expected_service_contract_version", "/handoff_mode");
    }

    // 11. command lists are never empty

    @Test
    void emptyCommandListsFailWithHandoffCommands() throws Exception {
        String candidate = Team.BILLING.rename(Fixtures.referenceText(ValidateHandoffTest.CANDIDATE))
                .replaceAll("(?s)\"verification_commands\": \\[.*?\\]", "\"verification_commands\": []");
        GoalResult result = validate(candidate, rehearsalManifest(Team.BILLING), Team.BILLING.rehearsalBaseline(), "billing.v8");
        assertThat(result.failedRuleIds()).containsExactly("HANDOFF-COMMANDS");
        assertThat(result.errors()).singleElement().satisfies(b -> {
            assertThat(b.jsonPointer()).isEqualTo("/verification_commands");
            assertThat(b.message()).isEqualTo("verification_commands is empty: the payload must list the producer's checks");
        });

        String rehearsal = Team.BILLING.rename(Fixtures.referenceText(ValidateHandoffTest.REHEARSAL))
                .replaceAll("(?s)\"required_consumer_checks\": \\[.*?\\]", "\"required_consumer_checks\": []");
        GoalResult consumer = validate(rehearsal, rehearsalManifest(Team.BILLING), Team.BILLING.rehearsalBaseline(), "billing.v8");
        assertThat(consumer.failedRuleIds()).containsExactly("HANDOFF-COMMANDS");
        assertThat(consumer.errors()).extracting(Breach::jsonPointer).containsExactly("/required_consumer_checks");
    }

    // issue #15, 1: the generator runs the validator's checks on what it is about to write, and refuses

    @Test
    void theGeneratorRefusesAPayloadItsValidatorWouldRejectAndWritesNothing() throws Exception {
        Team ledger = new Team("ledger", "ledger", "ledger", 4, 5);
        // the manifest already moved to the target contract, as the ALIGN-SERVICE-VERSION hint suggests
        Fixtures.write(project, "contracts/manifest.json", rehearsalManifest(ledger).replace("\"ledger.v4\"", "\"ledger.v5\""));
        HandoffSettings settings = HandoffRequests.settings("org/ledger", ledger.targetContract())
                .requiredChecks(PRODUCER_CHECKS, CONSUMER_CHECKS).build();
        GenerateHandoff.Generated generated = GenerateHandoff.run(new GenerateHandoffRequest(new RunContext(
                new ProjectFiles(project), Mode.REHEARSAL, Baseline.NONE, null, InputLimits.DEFAULT, CLOCK, null),
                Path.of("contracts/manifest.json"), Path.of("handoff/candidate.json"), settings,
                Instant.parse("2026-11-20T10:00:00Z")));

        assertThat(generated.outcome()).isEqualTo(GenerateHandoff.Outcome.NOT_GENERATED);
        assertThat(project.resolve("handoff/candidate.json")).doesNotExist();
        assertThat(generated.result().failedRuleIds()).contains("HANDOFF-CUTOVER-FLAG");
        assertThat(generated.result().breaches()).allSatisfy(b -> assertThat(b.file()).isEqualTo("handoff/candidate.json"));
        assertThat(generated.result().errors()).filteredOn(b -> b.ruleId().equals("HANDOFF-CUTOVER-FLAG")).first()
                .satisfies(b -> assertThat(b.hint()).isEqualTo("target the next contract (e.g. ledger.v6) while the "
                        + "runtime stays on the active one"));
    }

    @Test
    void theNextContractIsNamedForAnyTeam() {
        assertThat(RehearsalAvoidsCutover.next("ledger.v5")).isEqualTo("e.g. ledger.v6");
        assertThat(RehearsalAvoidsCutover.next("orders-api.v12")).isEqualTo("e.g. orders-api.v13");
        assertThat(RehearsalAvoidsCutover.next("ledger")).isEqualTo("the contract after ledger");
    }
}
