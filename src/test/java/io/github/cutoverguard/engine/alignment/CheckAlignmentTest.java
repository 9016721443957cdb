package io.github.cutoverguard.engine.alignment;

import io.github.cutoverguard.engine.RunContext;
import io.github.cutoverguard.engine.Breach;
import io.github.cutoverguard.engine.CheckResult;
import io.github.cutoverguard.engine.CheckStatus;
import io.github.cutoverguard.engine.GoalResult;
import io.github.cutoverguard.engine.InputFile;
import io.github.cutoverguard.engine.Location;
import io.github.cutoverguard.engine.Mode;
import io.github.cutoverguard.engine.input.ProjectFiles;
import io.github.cutoverguard.engine.testing.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class CheckAlignmentTest {

    @TempDir
    Path project;

    @BeforeEach
    void referenceProducer() {
        AlignmentFixtures.producerProject(project);
    }

    private GoalResult run(String openApi, String truth, String schemas, String envelope, List<String> operations) {
        CheckAlignmentRequest request = new CheckAlignmentRequest(new RunContext(new ProjectFiles(project),
                Mode.REHEARSAL, null, null, null, null, null), Path.of(openApi),
                Path.of("contracts/producer-contract-manifest.json"), truth == null ? null : Path.of(truth),
                schemas == null ? null : Path.of(schemas), envelope == null ? null : List.of(envelope), null, null, operations,
                null);
        return request.run();
    }

    private GoalResult runReference() {
        return run("openapi.yaml", "contracts/service-contract-source-of-truth.json", null, null, List.of());
    }

    private static CheckResult check(GoalResult result, String id) {
        return result.checks().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void referenceProducerPassesEveryCheckWithOnlyTheThreeFilesConfigured() {
        GoalResult result = runReference();
        assertThat(result.breaches()).isEmpty();
        assertThat(result.goal()).isEqualTo("check-alignment");
        assertThat(result.checks()).extracting(CheckResult::id).containsExactly("openapi.read", "manifest.read",
                "source-of-truth.read", "manifest.schema", "source-of-truth.schema", "alignment.service-version", "alignment.error-codes", "alignment.envelope",
                "alignment.error-responses", "alignment.schema-id", "alignment.source-of-truth");
        assertThat(result.checks()).extracting(CheckResult::status).containsOnly(CheckStatus.PASS);
        assertThat(result.inputs()).extracting(InputFile::path).containsExactly("openapi.yaml",
                "contracts/producer-contract-manifest.json", "contracts/service-contract-source-of-truth.json",
                "contracts/schemas/context-package-envelope.schema.json", "contracts/schemas/error-envelope.schema.json",
                "contracts/schemas/proposed-memory-write.schema.json", "contracts/schemas/trust-gate-attachment.schema.json");
        assertThat(check(result, "alignment.envelope").detail()).isEqualTo("ServiceErrorEnvelope (the schema that 27 "
                + "4xx/5xx response bodies reference) requires [service_contract_version, error.code, error.message] "
                + "(from contracts/service-contract-source-of-truth.json non_2xx_envelope_policy.requires), forbids "
                + "[legacy_error, api_contract_version] (from contracts/service-contract-source-of-truth.json "
                + "non_2xx_envelope_policy.forbids)");
        assertThat(check(result, "alignment.schema-id").detail()).startsWith("4 contract schemas in contracts/schemas");
    }

    @Test
    void referenceProducerAlsoPassesWithQueryOperationsListedAndTheEnvelopeNamed() {
        GoalResult result = run("openapi.yaml", "contracts/service-contract-source-of-truth.json", "contracts/schemas",
                "ServiceErrorEnvelope", List.of("POST /v1/query/ask", "/v1/query/recall"));
        assertThat(result.breaches()).isEmpty();
    }

    @Test
    void openApiAsJsonIsCheckedTheSameWay() throws Exception {
        Object tree = new YAMLMapper().readTree(Fixtures.referenceText(AlignmentFixtures.OPENAPI));
        Fixtures.write(project, "api/openapi.json", new JsonMapper().writerWithDefaultPrettyPrinter().writeValueAsString(tree));
        Fixtures.write(project, "api/openapi", new JsonMapper().writeValueAsString(tree).replace("\"version\":\"service.v3\"", "\"version\":\"service.v2\""));
        assertThat(run("api/openapi.json", "contracts/service-contract-source-of-truth.json", null, null, List.of())
                .breaches()).isEmpty();
        List<Breach> breaches = run("api/openapi", null, null, null, List.of()).breaches();
        assertThat(breaches).extracting(Breach::ruleId).containsExactly("ALIGN-SERVICE-VERSION");
        assertThat(breaches.get(0).location().line()).isEqualTo(1);
    }

    @Test
    void withoutSourceOfTruthItsCheckIsSkippedAndThePolicyDefaults() {
        GoalResult result = run("openapi.yaml", null, null, null, List.of());
        assertThat(result.breaches()).isEmpty();
        assertThat(check(result, "alignment.source-of-truth").status()).isEqualTo(CheckStatus.SKIPPED);
        assertThat(check(result, "alignment.envelope").detail()).contains("(from the plugin's default policy)");
    }

    @Test
    void duplicateYamlKeyIsJsonParseWithItsLineAndTheOpenApiChecksAreSkipped() throws Exception {
        Files.writeString(project.resolve("openapi.yaml"), AlignmentFixtures.openApiText("  title: Memory Kernel Local Service\n",
                "  title: Memory Kernel Local Service\n  title: Memory Kernel\n"));
        GoalResult result = runReference();
        assertThat(result.breaches()).singleElement().satisfies(b -> {
            assertThat(b.ruleId()).isEqualTo("JSON-PARSE");
            assertThat(b.file()).isEqualTo("openapi.yaml");
            assertThat(b.location().line()).isEqualTo(4);
            assertThat(b.message()).isEqualTo("not strict YAML: Duplicate Object property \"title\"");
        });
        assertThat(result.checks()).filteredOn(c -> c.status() == CheckStatus.SKIPPED).extracting(CheckResult::id)
                .containsExactly("alignment.service-version", "alignment.error-codes", "alignment.envelope",
                        "alignment.error-responses");
        assertThat(check(result, "alignment.source-of-truth").status()).isEqualTo(CheckStatus.PASS);
    }

    @Test
    void missingOpenApiFileIsFileMissing() {
        GoalResult result = run("no-such.yaml", null, null, null, List.of());
        assertThat(result.breaches()).extracting(Breach::ruleId).containsExactly("FILE-MISSING");
        assertThat(result.breaches().get(0).message()).isEqualTo("no-such.yaml does not exist");
    }

    @Test
    void swaggerTwoIsNoOpenApi3Description() {
        Fixtures.write(project, "swagger.yaml", "swagger: \"2.0\"\ninfo: {version: service.v3}\n");
        GoalResult result = run("swagger.yaml", null, null, null, List.of());
        assertThat(result.breaches()).singleElement().satisfies(b -> {
            assertThat(b.ruleId()).isEqualTo("JSON-SCHEMA");
            assertThat(b.message()).isEqualTo("swagger.yaml is no OpenAPI 3.x description: openapi is missing");
        });
    }

    @Test
    void everyRuleFailsInOneRunWithoutStoppingAtTheFirst() throws Exception {
        Files.writeString(project.resolve("openapi.yaml"), AlignmentFixtures.openApiText(
                "  version: service.v3", "  version: service.v2",
                "                - write_failed\n", "",
                EnvelopeFollowsPolicyTest.LEGACY_THROUGH_REF[0], EnvelopeFollowsPolicyTest.LEGACY_THROUGH_REF[1],
                ErrorResponsesUseEnvelopeTest.RECALL_WITHOUT_500[0], ErrorResponsesUseEnvelopeTest.RECALL_WITHOUT_500[1])
                + EnvelopeFollowsPolicyTest.LEGACY_COMPONENT);
        Fixtures.write(project, "contracts/schemas/draft.schema.json", "{\"type\": \"object\"}\n");
        Path truth = project.resolve("contracts/service-contract-source-of-truth.json");
        Files.writeString(truth, AlignmentFixtures.edit(Files.readString(truth),
                SourceOfTruthMatchesManifestTest.POLICY_WITHOUT_LEGACY_FORBID[0],
                SourceOfTruthMatchesManifestTest.POLICY_WITHOUT_LEGACY_FORBID[1]));
        GoalResult result = run("openapi.yaml", "contracts/service-contract-source-of-truth.json", null, null,
                List.of("/v1/query/recall"));
        assertThat(result.failedRuleIds()).containsExactly("ALIGN-SERVICE-VERSION", "ALIGN-ERROR-CODES",
                "ALIGN-ERROR-RESPONSES", "ALIGN-SCHEMA-ID");
        // the source of truth no longer forbids legacy_error: without <apiEnvelope*> its policy is the one policy of
        // every check (one source, #15), so neither ALIGN-ENVELOPE nor ALIGN-SOURCE-OF-TRUTH fails; with
        // <apiEnvelopeForbids> set, both do
        CheckAlignmentRequest configured = new CheckAlignmentRequest(new RunContext(new ProjectFiles(project), null,
                null, null, null, null, null), Path.of("openapi.yaml"), Path.of("contracts/producer-contract-manifest.json"),
                Path.of("contracts/service-contract-source-of-truth.json"), null, null, null, List.of("legacy_error",
                "api_contract_version"), List.of("/v1/query/recall"), null);
        assertThat(configured.run().failedRuleIds()).containsExactly(
                "ALIGN-SERVICE-VERSION", "ALIGN-ERROR-CODES", "ALIGN-ENVELOPE", "ALIGN-ERROR-RESPONSES",
                "ALIGN-SCHEMA-ID", "ALIGN-SOURCE-OF-TRUTH");
    }

    @Test
    void configuredSchemasDirectoryThatDoesNotExistIsFileMissing() {
        GoalResult result = run("openapi.yaml", null, "contracts/no-schemas", null, List.of());
        assertThat(result.breaches()).singleElement().satisfies(b -> {
            assertThat(b.ruleId()).isEqualTo("FILE-MISSING");
            assertThat(b.message()).isEqualTo("contract schemas directory contracts/no-schemas does not exist");
        });
    }

    @Test
    void schemasDirectoryDefaultsOnlyWhenItExists() throws Exception {
        try (var files = Files.list(project.resolve("contracts/schemas"))) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        Files.delete(project.resolve("contracts/schemas"));
        assertThat(check(runReference(), "alignment.schema-id").status()).isEqualTo(CheckStatus.SKIPPED);
    }

    @Test
    void unknownEnvelopeSchemaIsABreachAndSkipsTheCodes() {
        GoalResult result = run("openapi.yaml", null, null, "ErrorEnvelope", List.of());
        assertThat(result.breaches()).extracting(Breach::ruleId).containsExactly("ALIGN-ENVELOPE");
        assertThat(check(result, "alignment.error-codes").status()).isEqualTo(CheckStatus.SKIPPED);
        assertThat(result.breaches().get(0).location()).isEqualTo(new Location(253, 3));
    }

    @Test
    void malformedOperationEntryIsAConfigurationError() {
        assertThatThrownBy(() -> run("openapi.yaml", null, null, null, List.of("recall")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'recall'");
        assertThatThrownBy(() -> new CheckAlignmentRequest(new RunContext(new ProjectFiles(project), null, null, null,
                null, null, null), Path.of("openapi.yaml"), null, null, null, null, List.of(" "), null, null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("apiEnvelopeRequires");
        assertThatThrownBy(() -> new CheckAlignmentRequest(new RunContext(new ProjectFiles(project), null, null, null,
                null, null, null), Path.of("openapi.yaml"), null, null, null, null, null, null, null, List.of("404", "302")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("errorStatusesWithoutBody lists \"302\", which is no error status: use 400-599, a range "
                        + "such as 4XX, or default");
        assertThatThrownBy(() -> new CheckAlignmentRequest(new RunContext(new ProjectFiles(project), null, null, null,
                null, null, null), Path.of("openapi.yaml"), null, null, null, List.of("A", ""), null, null, null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("errorEnvelopeSchemas holds an empty entry");
    }

    @Test
    void aFreeStringCodeApiSkipsTheCodeComparisonAndSaysWhy() throws Exception {
        Path manifest = project.resolve("contracts/producer-contract-manifest.json");
        String text = Files.readString(manifest);
        String codes = text.substring(text.indexOf("\"error_code_enum\""), text.indexOf("]") + 1);
        Files.writeString(manifest, text.replace(codes, "\"error_codes_enumerated\": false,\n  \"error_code_enum\": []"));
        Path api = project.resolve("openapi.yaml");
        String openApi = Files.readString(api);
        int enumAt = openApi.indexOf("enum:", openApi.indexOf("ServiceErrorEnvelope:"));
        int enumEnd = openApi.indexOf("                - internal_error\n", enumAt) + "                - internal_error\n".length();
        Files.writeString(api, openApi.substring(0, enumAt) + "minLength: 1\n" + openApi.substring(enumEnd));
        GoalResult result = run("openapi.yaml", null, null, null, List.of());
        assertThat(check(result, "alignment.error-codes").status()).isEqualTo(CheckStatus.SKIPPED);
        assertThat(check(result, "alignment.error-codes").detail()).isEqualTo("not applicable: "
                + "contracts/producer-contract-manifest.json declares \"error_codes_enumerated\": false and no error "
                + "envelope enumerates its code (ServiceErrorEnvelope)");
        assertThat(result.breaches()).isEmpty();
    }

    @Test
    void aManifestThatBreaksItsSchemaFailsWithJsonSchema() throws Exception {
        Path manifest = project.resolve("contracts/producer-contract-manifest.json");
        String reference = Files.readString(manifest);
        Files.writeString(manifest, reference.replace("\"producer-contract-manifest.v1\"", "\"producer-contract-manifest.v9\""));
        GoalResult v9 = runReference();
        assertThat(v9.failedRuleIds()).containsExactly("JSON-SCHEMA");
        assertThat(v9.errors()).singleElement().satisfies(b -> {
            assertThat(b.file()).isEqualTo("contracts/producer-contract-manifest.json");
            assertThat(b.jsonPointer()).isEqualTo("/manifest_contract_version");
            assertThat(b.location()).isEqualTo(new Location(2, 32));
        });
        assertThat(check(v9, "manifest.schema").status()).isEqualTo(CheckStatus.FAIL);

        Files.writeString(manifest, reference.replace("\"7e4806a34b98e6c06ee33fa9f11499a975e7b922\"", "\"not-a-sha\""));
        assertThat(runReference().errors()).extracting(Breach::jsonPointer).containsExactly("/commit_sha");
    }

    /** Issue #29: the reference source of truth with {@code fromTo} edits, checked by the goal. */
    private GoalResult runWithTruth(List<String> requires, List<String> forbids, String... fromTo) throws Exception {
        Path truth = project.resolve("contracts/service-contract-source-of-truth.json");
        Files.writeString(truth, AlignmentFixtures.edit(Files.readString(truth), fromTo));
        return new CheckAlignmentRequest(new RunContext(new ProjectFiles(project), Mode.REHEARSAL, null, null, null, null,
                null), Path.of("openapi.yaml"), Path.of("contracts/producer-contract-manifest.json"),
                Path.of("contracts/service-contract-source-of-truth.json"), null, null, requires, forbids, null, null).run();
    }

    private static final String NOT_ITS_SCHEMA = "contracts/service-contract-source-of-truth.json does not match "
            + "service-contract-source.v1 (JSON-SCHEMA)";

    @Test
    void aSourceOfTruthThatFailsItsSchemaIsThatBreachAloneAndWhatItFeedsIsSkipped() throws Exception {
        // a version of the wrong type also differs from the manifest's: one cause, one breach (JSON-SCHEMA)
        GoalResult result = runWithTruth(null, null, "\"expected_api_contract_version\": \"api.v1\"",
                "\"expected_api_contract_version\": 1");
        assertThat(result.breaches()).singleElement().satisfies(b -> {
            assertThat(b.ruleId()).isEqualTo("JSON-SCHEMA");
            assertThat(b.file()).isEqualTo("contracts/service-contract-source-of-truth.json");
            assertThat(b.jsonPointer()).isEqualTo("/expected_api_contract_version");
            assertThat(b.location().line()).isEqualTo(4);
        });
        assertThat(check(result, "source-of-truth.schema").status()).isEqualTo(CheckStatus.FAIL);
        assertThat(check(result, "alignment.source-of-truth").status()).isEqualTo(CheckStatus.SKIPPED);
        assertThat(check(result, "alignment.source-of-truth").detail()).isEqualTo(NOT_ITS_SCHEMA);
        assertThat(check(result, "alignment.envelope").status()).isEqualTo(CheckStatus.SKIPPED);
        assertThat(check(result, "alignment.envelope").detail()).isEqualTo("the envelope policy comes from the "
                + "source of truth (<apiEnvelopeRequires> and <apiEnvelopeForbids> do not both set it), and " + NOT_ITS_SCHEMA);
        assertThat(check(result, "alignment.error-codes").status()).isEqualTo(CheckStatus.PASS);
    }

    @Test
    void anUnknownVersionMarkerIsJsonSchemaAtTheMarker() throws Exception {
        GoalResult result = runWithTruth(null, null, "\"service-contract-source.v1\"", "\"service-contract-source.v2\"");
        assertThat(result.breaches()).extracting(Breach::ruleId, Breach::jsonPointer)
                .containsExactly(tuple("JSON-SCHEMA", "/service_contract_source_version"));
        assertThat(check(result, "alignment.source-of-truth").detail()).isEqualTo(NOT_ITS_SCHEMA);
    }

    /** Before the schema, a policy list that was no list fell back to the plugin's default policy unseen. */
    @Test
    void aPolicyListThatIsNoListIsJsonSchemaAndNeverTheDefaultPolicy() throws Exception {
        GoalResult result = runWithTruth(null, null, SourceOfTruthMatchesManifestTest.POLICY_WITHOUT_LEGACY_FORBID[0],
                "    \"forbids\": \"legacy_error\"");
        assertThat(result.breaches()).extracting(Breach::ruleId).containsOnly("JSON-SCHEMA");
        assertThat(result.breaches()).extracting(Breach::jsonPointer).contains("/non_2xx_envelope_policy/forbids");
        assertThat(check(result, "alignment.envelope").status()).isEqualTo(CheckStatus.SKIPPED);
    }

    @Test
    void aConfiguredPolicyKeepsTheEnvelopeCheckRunningBesideABrokenSourceOfTruth() throws Exception {
        GoalResult result = runWithTruth(List.of("service_contract_version", "error.code", "error.message"),
                List.of("legacy_error", "api_contract_version"), "\"/v1/health\"", "\"v1/health\"");
        assertThat(result.breaches()).extracting(Breach::ruleId, Breach::jsonPointer)
                .containsExactly(tuple("JSON-SCHEMA", "/liveness_endpoint"));
        assertThat(check(result, "alignment.envelope").status()).isEqualTo(CheckStatus.PASS);
        assertThat(check(result, "alignment.source-of-truth").status()).isEqualTo(CheckStatus.SKIPPED);
    }

    @Test
    void anUnreadableSourceOfTruthSkipsItsSchemaAndWhatItFeeds() throws Exception {
        GoalResult result = runWithTruth(null, null, "  \"integration_baseline\": \"integration/v1\",\n",
                "  \"integration_baseline\": \"integration/v1\",\n  \"integration_baseline\": \"integration/v1\",\n");
        assertThat(result.breaches()).extracting(Breach::ruleId).containsExactly("JSON-PARSE");
        assertThat(check(result, "source-of-truth.schema").status()).isEqualTo(CheckStatus.SKIPPED);
        assertThat(check(result, "alignment.source-of-truth").detail()).isEqualTo("the source of truth could not be read");
        assertThat(check(result, "alignment.envelope").detail()).endsWith("and the source of truth could not be read");
    }

    @Test
    void eachConfiguredFilesSchemaIsPreparedAhead() {
        CheckAlignmentRequest withTruth = new CheckAlignmentRequest(new RunContext(new ProjectFiles(project), null, null,
                null, null, null, null), Path.of("openapi.yaml"), Path.of("contracts/producer-contract-manifest.json"),
                Path.of("contracts/service-contract-source-of-truth.json"), null, null, null, null, null, null);
        assertThat(withTruth.preload().schemas()).containsExactly("producer-contract-manifest.v1",
                "service-contract-source.v1");
        CheckAlignmentRequest withoutTruth = new CheckAlignmentRequest(new RunContext(new ProjectFiles(project), null, null,
                null, null, null, null), Path.of("openapi.yaml"), Path.of("contracts/producer-contract-manifest.json"),
                null, null, null, null, null, null, null);
        assertThat(withoutTruth.preload().schemas()).containsExactly("producer-contract-manifest.v1");
    }

    @Test
    void noInputIsModified() throws Exception {
        byte[] before = Files.readAllBytes(project.resolve("openapi.yaml"));
        runReference();
        assertThat(Files.readAllBytes(project.resolve("openapi.yaml"))).isEqualTo(before);
    }
}
