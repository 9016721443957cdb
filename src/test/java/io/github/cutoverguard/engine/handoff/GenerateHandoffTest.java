package io.github.cutoverguard.engine.handoff;

import io.github.cutoverguard.engine.testing.HandoffRequests;
import io.github.cutoverguard.engine.RunContext;
import io.github.cutoverguard.engine.CheckResult;
import io.github.cutoverguard.engine.CheckStatus;
import io.github.cutoverguard.engine.GoalResult;
import io.github.cutoverguard.engine.Location;
import io.github.cutoverguard.engine.Mode;
import io.github.cutoverguard.engine.input.InputReader;
import io.github.cutoverguard.engine.input.ProjectFiles;
import io.github.cutoverguard.engine.input.InputLimits;
import io.github.cutoverguard.engine.testing.Docs;
import io.github.cutoverguard.engine.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The {@code generate-handoff} goal: written when the content changes, left alone when only the timestamp would. */
class GenerateHandoffTest {

    private static final Instant NOW = Instant.parse("2026-03-01T09:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final Instant REFERENCE_TIME = Instant.parse("2026-02-08T11:29:52Z");
    private static final String MANIFEST = "contracts/producer-contract-manifest.json";
    private static final String HANDOFF = "docs/SERVICE_V3_REHEARSAL_HANDOFF_CANDIDATE.json";
    private static final String REFERENCE_MANIFEST = "producer/producer-contract-manifest_at-rehearsal.json";
    private static final String REFERENCE_CANDIDATE = "producer/SERVICE_V3_REHEARSAL_HANDOFF_CANDIDATE.json";

    @TempDir
    Path project;

    private GenerateHandoff.Generated generate(Instant generatedAt) throws Exception {
        return GenerateHandoff.run(new GenerateHandoffRequest(new RunContext(new ProjectFiles(project), Mode.REHEARSAL,
                Docs.REHEARSAL_BASELINE, null, InputLimits.DEFAULT, CLOCK, null), Path.of(MANIFEST), Path.of(HANDOFF),
                HandoffGeneratorTest.referenceSettings(), generatedAt));
    }

    private String handoff() throws Exception {
        return Files.readString(project.resolve(HANDOFF));
    }

    private static CheckResult check(GoalResult result, String id) {
        return result.checks().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void writesTheCandidateAndReportsItsSha256() throws Exception {
        Fixtures.write(project, MANIFEST, Fixtures.referenceText(REFERENCE_MANIFEST));

        GenerateHandoff.Generated generated = generate(REFERENCE_TIME);

        String expected = Fixtures.referenceText(REFERENCE_CANDIDATE);
        assertThat(generated.outcome()).isEqualTo(GenerateHandoff.Outcome.WRITTEN);
        assertThat(generated.output()).isEqualTo(project.resolve(HANDOFF));
        assertThat(handoff()).isEqualTo(expected);
        GoalResult result = generated.result();
        assertThat(result.goal()).isEqualTo("generate-handoff");
        assertThat(result.generatedAt()).isEqualTo(NOW);
        assertThat(result.mode()).isEqualTo(Mode.REHEARSAL);
        assertThat(result.baseline()).isEqualTo(Docs.REHEARSAL_BASELINE);
        assertThat(result.targetServiceContract()).isEqualTo("service.v3");
        assertThat(result.passed()).isTrue();
        assertThat(result.inputs()).singleElement().satisfies(i -> {
            assertThat(i.path()).isEqualTo(MANIFEST);
            assertThat(i.sha256()).isEqualTo(InputReader.sha256Hex(
                    Fixtures.referenceText(REFERENCE_MANIFEST).getBytes(StandardCharsets.UTF_8)));
        });
        assertThat(result.checks()).extracting(CheckResult::id).containsExactly("manifest.read", "manifest.schema",
                "handoff.generate");
        assertThat(check(result, "handoff.generate").detail()).isEqualTo("wrote " + HANDOFF + " (sha256 "
                + InputReader.sha256Hex(expected.getBytes(StandardCharsets.UTF_8)) + ")");
    }

    @Test
    void withoutAConfiguredTimestampAnUnchangedCandidateIsLeftUntouched() throws Exception {
        Fixtures.write(project, MANIFEST, Fixtures.referenceText(REFERENCE_MANIFEST));
        generate(REFERENCE_TIME);
        Path output = project.resolve(HANDOFF);
        byte[] before = Files.readAllBytes(output);
        Files.setLastModifiedTime(output, java.nio.file.attribute.FileTime.from(REFERENCE_TIME));

        GenerateHandoff.Generated again = generate(null);

        assertThat(again.outcome()).isEqualTo(GenerateHandoff.Outcome.UNCHANGED);
        assertThat(Files.readAllBytes(output)).isEqualTo(before);
        assertThat(Files.getLastModifiedTime(output).toInstant()).isEqualTo(REFERENCE_TIME);
        assertThat(check(again.result(), "handoff.generate").detail()).isEqualTo("unchanged " + HANDOFF + " (sha256 "
                + InputReader.sha256Hex(before) + "; generated_at_utc 2026-02-08T11:29:52Z kept: no generation time "
                + "configured)");
        assertThat(again.result().inputs()).extracting(i -> i.path()).containsExactly(MANIFEST);
    }

    @Test
    void aConfiguredTimestampIsWrittenEvenWhenNothingElseChanged() throws Exception {
        Fixtures.write(project, MANIFEST, Fixtures.referenceText(REFERENCE_MANIFEST));
        generate(REFERENCE_TIME);
        assertThat(generate(REFERENCE_TIME).outcome()).isEqualTo(GenerateHandoff.Outcome.UNCHANGED);

        GenerateHandoff.Generated again = generate(NOW);

        assertThat(again.outcome()).isEqualTo(GenerateHandoff.Outcome.WRITTEN);
        assertThat(handoff()).contains("\"generated_at_utc\": \"2026-03-01T09:00:00Z\"")
                .contains("\"cutover_not_before_utc_date\": \"2026-03-15\"");
    }

    @Test
    void aChangedManifestRewritesTheCandidateWithTheNewTimestamp() throws Exception {
        Fixtures.write(project, MANIFEST, Fixtures.referenceText(REFERENCE_MANIFEST));
        generate(REFERENCE_TIME);
        String manifest = Fixtures.referenceText(REFERENCE_MANIFEST);
        assertThat(manifest).contains("\"query_failed\"");
        Fixtures.write(project, MANIFEST, manifest.replace("\"query_failed\"", "\"query_timed_out\""));

        GenerateHandoff.Generated again = generate(NOW);

        assertThat(again.outcome()).isEqualTo(GenerateHandoff.Outcome.WRITTEN);
        assertThat(handoff()).contains("\"generated_at_utc\": \"2026-03-01T09:00:00Z\"").contains("query_timed_out")
                .doesNotContain("\"query_failed\"");
        assertThat(check(again.result(), "handoff.generate").detail()).startsWith("wrote " + HANDOFF);
    }

    @Test
    void anExistingFileThatIsNotJsonIsReplaced() throws Exception {
        Fixtures.write(project, MANIFEST, Fixtures.referenceText(REFERENCE_MANIFEST));
        Fixtures.write(project, HANDOFF, "not json\n");

        GenerateHandoff.Generated generated = generate(REFERENCE_TIME);

        assertThat(generated.outcome()).isEqualTo(GenerateHandoff.Outcome.WRITTEN);
        assertThat(handoff()).isEqualTo(Fixtures.referenceText(REFERENCE_CANDIDATE));
        assertThat(generated.result().passed()).isTrue();
    }

    @Test
    void aMissingManifestGeneratesNothing() throws Exception {
        GenerateHandoff.Generated generated = generate(REFERENCE_TIME);

        assertThat(generated.outcome()).isEqualTo(GenerateHandoff.Outcome.NOT_GENERATED);
        assertThat(generated.output()).isEqualTo(project.resolve(HANDOFF));
        assertThat(project.resolve(HANDOFF)).doesNotExist();
        GoalResult result = generated.result();
        assertThat(result.goal()).isEqualTo("generate-handoff");
        assertThat(result.inputs()).isEmpty();
        assertThat(result.checks()).singleElement().satisfies(c -> {
            assertThat(c.id()).isEqualTo("manifest.read");
            assertThat(c.status()).isEqualTo(CheckStatus.FAIL);
        });
        assertThat(result.failedRuleIds()).containsExactly("FILE-MISSING");
        assertThat(result.errors().get(0).file()).isEqualTo(MANIFEST);
    }

    /**
     * Found by the fuzzer (issue #25, number-heavy seeds): a notice period beyond range in the manifest was copied into
     * the candidate, refused there, and reported at a line of the candidate, which was never written (the committed
     * file had 31 lines, the breach said line 63). The manifest's schema now decides first, at the manifest's line.
     */
    @Test
    void aManifestItsSchemaRefusesGeneratesNothingAndIsReportedWhereItIsWritten() throws Exception {
        Fixtures.write(project, MANIFEST, Fixtures.referenceText(REFERENCE_MANIFEST)
                .replace("\"standard_business_days\": 10", "\"standard_business_days\": 10000000000000000000000"));
        Fixtures.write(project, HANDOFF, "{}\n");

        GenerateHandoff.Generated generated = generate(REFERENCE_TIME);

        assertThat(generated.outcome()).isEqualTo(GenerateHandoff.Outcome.NOT_GENERATED);
        assertThat(handoff()).isEqualTo("{}\n");
        assertThat(generated.result().errors()).singleElement().satisfies(b -> {
            assertThat(b.ruleId()).isEqualTo("JSON-SCHEMA");
            assertThat(b.file()).isEqualTo(MANIFEST);
            assertThat(b.jsonPointer()).isEqualTo("/additive_error_code_notice_policy/standard_business_days");
            assertThat(b.location()).isEqualTo(new Location(24, 31));
        });
        assertThat(generated.result().checks()).extracting(CheckResult::id, CheckResult::status).containsExactly(
                tuple("manifest.read", CheckStatus.PASS), tuple("manifest.schema", CheckStatus.FAIL));
    }

    @Test
    void aCandidateWithoutRequiredChecksIsNotWrittenBecauseTheValidatorWouldRejectIt() throws Exception {
        Fixtures.write(project, MANIFEST, Fixtures.referenceText(REFERENCE_MANIFEST));
        HandoffSettings noChecks = HandoffRequests.settings("org/billing", "billing.v8")
                .requiredChecks(List.of("./mvnw -B verify"), List.of()).build();

        GenerateHandoff.Generated generated = GenerateHandoff.run(new GenerateHandoffRequest(new RunContext(new ProjectFiles(project), Mode.REHEARSAL, Docs.REHEARSAL_BASELINE, null, InputLimits.DEFAULT, CLOCK, null), Path.of(MANIFEST), Path.of(HANDOFF), noChecks, REFERENCE_TIME));

        assertThat(generated.outcome()).isEqualTo(GenerateHandoff.Outcome.NOT_GENERATED);
        assertThat(project.resolve(HANDOFF)).doesNotExist();
        assertThat(generated.result().failedRuleIds()).containsExactly("HANDOFF-COMMANDS");
        assertThat(generated.result().errors()).singleElement().satisfies(b -> {
            assertThat(b.message()).isEqualTo("required_consumer_checks is empty: the payload must list the consumer's checks");
            assertThat(b.file()).isEqualTo(HANDOFF);
        });
        assertThat(check(generated.result(), "handoff.generate").status()).isEqualTo(CheckStatus.FAIL);
    }

    @Test
    void blankOrEmptySettingsTakeTheDocumentedDefaults() {
        HandoffSettings settings = new HandoffSettings("org/producer", null, "service.v3", null, "  ",
                new EnvelopePolicies(List.of(), List.of(), List.of(), List.of(), List.of()), new RequiredChecks(null, null),
                null, null, new Rollback(List.of(), null));
        assertThat(settings.candidateMode()).isEqualTo("planning_only_no_runtime_cutover");
        assertThat(settings.envelopes().stableEnvelopeRequires())
                .containsExactly("service_contract_version", "error.code", "error.message", "legacy_error");
        assertThat(settings.envelopes().stableEnvelopeForbids()).containsExactly("api_contract_version");
        assertThat(settings.envelopes().targetEnvelopeRequires()).isEqualTo(EnvelopePolicyIsConsistent.DEFAULT_REQUIRES);
        assertThat(settings.envelopes().targetEnvelopeOptional()).containsExactly("error.details");
        assertThat(settings.envelopes().targetEnvelopeForbids()).isEqualTo(EnvelopePolicyIsConsistent.DEFAULT_FORBIDS);
        assertThat(settings.requiredChecks().requiredProducerChecks()).isEmpty();
        assertThat(settings.rollback().rollbackTriggers()).containsExactly("consumer_contract_suite_red",
                "non_2xx_envelope_shape_mismatch", "deterministic_fallback_regression");
        assertThat(new HandoffSettings("org/producer", null, "service.v3", null, null, null, null, null, null, null))
                .as("absent groups take their defaults").isEqualTo(settings);

        HandoffSettings chosen = new HandoffSettings("org/producer", null, "service.v3", null, "dry_run",
                new EnvelopePolicies(List.of("a"), null, null, null, null), new RequiredChecks(List.of("mvn verify"), null),
                null, null, new Rollback(List.of("t"), null));
        assertThat(chosen.candidateMode()).isEqualTo("dry_run");
        assertThat(chosen.envelopes().stableEnvelopeRequires()).containsExactly("a");
        assertThat(chosen.requiredChecks().requiredProducerChecks()).containsExactly("mvn verify");
        assertThat(chosen.rollback().rollbackTriggers()).containsExactly("t");
    }
}
