package io.github.cutoverguard.maven;

import io.github.cutoverguard.engine.schema.MatchesSchema;
import io.github.cutoverguard.engine.schema.SchemaCatalog;
import io.github.cutoverguard.engine.testing.Docs;
import io.github.cutoverguard.engine.testing.Fixtures;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.apache.maven.api.plugin.testing.MojoExtension.setVariableValueToObject;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@MojoTest
class CheckAlignmentMojoTest {

    private static final String POM = "src/test/projects/check-alignment/pom.xml";
    private static final String PACK = "producer/contracts-integration-v1/";

    @TempDir
    Path project;
    private final RecordingLog log = new RecordingLog();

    @BeforeEach
    void producerProject() {
        Fixtures.write(project, "openapi.yaml", Fixtures.referenceText("producer/openapi.yaml"));
        for (String file : List.of("producer-contract-manifest.json", "service-contract-source-of-truth.json",
                "schemas/error-envelope.schema.json", "schemas/trust-gate-attachment.schema.json")) {
            Fixtures.write(project, "contracts/" + file, Fixtures.referenceText(PACK + file));
        }
    }

    private CheckAlignmentMojo configure(CheckAlignmentMojo mojo) throws Exception {
        mojo.setLog(log);
        setVariableValueToObject(mojo, "basedir", project.toFile());
        setVariableValueToObject(mojo, "openApiFile", project.resolve("openapi.yaml").toFile());
        setVariableValueToObject(mojo, "producerManifestFile",
                project.resolve("contracts/producer-contract-manifest.json").toFile());
        setVariableValueToObject(mojo, "sourceOfTruthFile",
                project.resolve("contracts/service-contract-source-of-truth.json").toFile());
        setVariableValueToObject(mojo, "reportDirectory", project.resolve("target/cutover-guardrails").toFile());
        return mojo;
    }

    /** Replaces {@code from} by {@code to} in the project's file at {@code path}. */
    private void edit(String path, String from, String to) throws Exception {
        Path file = project.resolve(path);
        Files.writeString(file, Files.readString(file).replace(from, to));
    }

    private Path evidence() {
        return project.resolve("target/cutover-guardrails/check-alignment.json");
    }

    @Test
    @InjectMojo(goal = "check-alignment", pom = POM)
    void referenceProducerPassesAndWritesValidEvidence(CheckAlignmentMojo mojo) throws Exception {
        configure(mojo).execute();
        assertThat(log.text()).contains("[INFO] check-alignment: PASS (11 passed, 0 failed, 0 skipped; 0 breaches)")
                .doesNotContain("[ERROR]").doesNotContain("[WARNING]");
        var document = Docs.json("check-alignment.json", Files.readString(evidence()));
        assertThat(MatchesSchema.bundled("evidence.v1").check(document)).isEmpty();
        assertThat(document.root().get("status").asString()).isEqualTo("pass");
        assertThat(document.root().at("/inputs/0/path").asString()).isEqualTo("openapi.yaml");
        assertThat(document.root().at("/inputs").size()).isEqualTo(5);
    }

    @Test
    @InjectMojo(goal = "check-alignment", pom = POM)
    void olderInfoVersionFailsTheBuildWithOneLinePerBreach(CheckAlignmentMojo mojo) throws Exception {
        Path openApi = project.resolve("openapi.yaml");
        Files.writeString(openApi, Files.readString(openApi).replace("  version: service.v3\n", "  version: service.v2\n"));
        configure(mojo);
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class).hasMessageContaining("ALIGN-SERVICE-VERSION");
        assertThat(log.lines).filteredOn(l -> l.startsWith("[ERROR]")).containsExactly(
                "[ERROR] openapi.yaml:4:12 ALIGN-SERVICE-VERSION info.version is \"service.v2\", "
                        + "contracts/producer-contract-manifest.json expects \"service.v3\" (set info.version to "
                        + "service.v3, or change the manifest's expected_service_contract_version in the same change)");
        assertThat(Files.readString(evidence())).contains("\"status\" : \"fail\"");
    }

    @Test
    @InjectMojo(goal = "check-alignment", pom = POM)
    void warnOnlyRunLogsWarningsAndPasses(CheckAlignmentMojo mojo) throws Exception {
        Path openApi = project.resolve("openapi.yaml");
        Files.writeString(openApi, Files.readString(openApi).replace("  version: service.v3\n", "  version: service.v2\n"));
        configure(mojo);
        setVariableValueToObject(mojo, "failOnBreach", false);
        mojo.execute();
        assertThat(log.text()).contains("[WARNING] openapi.yaml:4:12 ALIGN-SERVICE-VERSION").doesNotContain("[ERROR]");
        assertThat(Files.readString(evidence())).contains("\"status\" : \"warn\"");
    }

    @Test
    @InjectMojo(goal = "check-alignment", pom = POM)
    void listedOperationsAndEnvelopeFieldsAreMappedToTheEngine(CheckAlignmentMojo mojo) throws Exception {
        configure(mojo);
        setVariableValueToObject(mojo, "errorResponseOperations", List.of("GET /v1/ready"));
        setVariableValueToObject(mojo, "apiEnvelopeForbids", List.of("error.details"));
        setVariableValueToObject(mojo, "errorEnvelopeSchemas", List.of("#/components/schemas/ServiceErrorEnvelope"));
        setVariableValueToObject(mojo, "contractSchemasDirectory", project.resolve("contracts/schemas").toFile());
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("ALIGN-ENVELOPE, ALIGN-ERROR-RESPONSES, ALIGN-SOURCE-OF-TRUTH");
        assertThat(log.lines).anyMatch(l -> l.startsWith("[ERROR] openapi.yaml:879:13 ALIGN-ENVELOPE the error envelope "
                + "ServiceErrorEnvelope defines error.details; <apiEnvelopeForbids> forbids it"));
        assertThat(log.lines).anyMatch(l -> l.startsWith("[ERROR] openapi.yaml:21:7 ALIGN-ERROR-RESPONSES GET /v1/ready "
                + "declares neither a 4xx nor a 500 response"));
    }

    @Test
    @InjectMojo(goal = "check-alignment", pom = POM)
    void missingOpenApiOrManifestParameterIsAConfigurationError(CheckAlignmentMojo mojo) throws Exception {
        configure(mojo);
        setVariableValueToObject(mojo, "openApiFile", null);
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class).hasMessageContaining("<openApiFile>");
        configure(mojo);
        setVariableValueToObject(mojo, "producerManifestFile", null);
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
                .hasMessageContaining("<preparedManifestFile> or <producerManifestFile>");
        assertThat(evidence()).doesNotExist();
    }

    /**
     * Issue #29: {@code preparedManifestFile} (the next release's manifest, no {@code commit_sha}) is what this goal
     * compares; {@code producerManifestFile}, the released one the handoff goals read, is then not read here.
     */
    @Test
    @InjectMojo(goal = "check-alignment", pom = POM)
    void thePreparedManifestIsComparedInsteadOfTheReleasedOne(CheckAlignmentMojo mojo) throws Exception {
        String released = Fixtures.referenceText(PACK + "producer-contract-manifest.json");
        String prepared = released.replace("  \"commit_sha\": \"7e4806a34b98e6c06ee33fa9f11499a975e7b922\",\n", "")
                .replace("\"v0.4.0\"", "\"v0.5.0\"");
        assertThat(prepared).doesNotContain("commit_sha").contains("v0.5.0");
        Fixtures.write(project, "contracts/next/producer-contract-manifest.json", prepared);
        Fixtures.write(project, "contracts/producer-contract-manifest.json",
                released.replace("\"service.v3\"", "\"service.v2\""));
        configure(mojo);
        setVariableValueToObject(mojo, "preparedManifestFile",
                project.resolve("contracts/next/producer-contract-manifest.json").toFile());

        mojo.execute();

        assertThat(log.text()).doesNotContain("[ERROR]");
        String evidence = Files.readString(evidence());
        assertThat(evidence).contains("\"path\" : \"contracts/next/producer-contract-manifest.json\"")
                .doesNotContain("\"path\" : \"contracts/producer-contract-manifest.json\"")
                .contains("producer-contract-manifest.v1, prepared");

        configure(mojo);
        setVariableValueToObject(mojo, "producerManifestFile", null);
        setVariableValueToObject(mojo, "preparedManifestFile",
                project.resolve("contracts/next/producer-contract-manifest.json").toFile());
        mojo.execute();
        assertThat(Files.readString(evidence())).contains("\"path\" : \"contracts/next/producer-contract-manifest.json\"");
    }

    /** Issue #29: an API that moved on from the released manifest's contract gets a hint naming preparedManifestFile. */
    @Test
    @InjectMojo(goal = "check-alignment", pom = POM)
    void anApiAheadOfTheReleasedManifestIsHintedToThePreparedOne(CheckAlignmentMojo mojo) throws Exception {
        edit("contracts/producer-contract-manifest.json", "\"service.v3\"", "\"service.v2\"");
        assertThatThrownBy(configure(mojo)::execute).isInstanceOf(MojoFailureException.class);
        assertThat(log.lines).filteredOn(l -> l.contains("ALIGN-SERVICE-VERSION")).singleElement().asString()
                .contains("info.version is \"service.v3\", contracts/producer-contract-manifest.json expects \"service.v2\"")
                .contains("set <preparedManifestFile> to its prepared manifest");
    }

    @Test
    @InjectMojo(goal = "check-alignment", pom = POM)
    void malformedOperationEntryIsAConfigurationError(CheckAlignmentMojo mojo) throws Exception {
        configure(mojo);
        setVariableValueToObject(mojo, "errorResponseOperations", List.of("recall"));
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
                .hasMessageContaining("errorResponseOperations entry 'recall'");
    }

    @Test
    @InjectMojo(goal = "check-alignment", pom = POM)
    void skipReadsAndWritesNothing(CheckAlignmentMojo mojo) throws Exception {
        configure(mojo);
        setVariableValueToObject(mojo, "skip", true);
        setVariableValueToObject(mojo, "openApiFile", null);
        mojo.execute();
        assertThat(log.text()).contains("check-alignment skipped");
        assertThat(evidence()).doesNotExist();
    }
}
