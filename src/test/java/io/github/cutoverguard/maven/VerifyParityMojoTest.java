package io.github.cutoverguard.maven;

import io.github.cutoverguard.engine.parity.ParityFixtures;
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

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.apache.maven.api.plugin.testing.MojoExtension.setVariableValueToObject;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@MojoTest
class VerifyParityMojoTest {

    private static final String POM = "src/test/projects/verify-parity/pom.xml";

    @TempDir
    Path project;
    private final RecordingLog log = new RecordingLog();

    @BeforeEach
    void producerProject() {
        ParityFixtures.copyPack(project.resolve("contracts"));
        ParityFixtures.copyPack(project.resolve("components/api/contracts"));
        ParityFixtures.copyPack(project.resolve("components/worker/contracts"));
    }

    private VerifyParityMojo configure(VerifyParityMojo mojo, String... mirrors) throws Exception {
        mojo.setLog(log);
        setVariableValueToObject(mojo, "basedir", project.toFile());
        setVariableValueToObject(mojo, "canonicalDirectory", project.resolve("contracts").toFile());
        setVariableValueToObject(mojo, "mirrors", java.util.Arrays.stream(mirrors.length == 0
                ? new String[] {"components/api/contracts", "components/worker/contracts"} : mirrors)
                .map(m -> project.resolve(m).toFile()).toList());
        setVariableValueToObject(mojo, "reportDirectory", project.resolve("target/cutover-guardrails").toFile());
        return mojo;
    }

    private Path evidence() {
        return project.resolve("target/cutover-guardrails/verify-parity.json");
    }

    @Test
    @InjectMojo(goal = "verify-parity", pom = POM)
    void identicalMirrorsPassWithoutABaselineAndWriteValidEvidence(VerifyParityMojo mojo) throws Exception {
        configure(mojo).execute();
        assertThat(log.text()).contains("[INFO] verify-parity: PASS (3 passed, 0 failed, 0 skipped; 0 breaches)")
                .doesNotContain("[ERROR]").doesNotContain("[WARNING]");
        var document = Docs.json("verify-parity.json", Files.readString(evidence()));
        assertThat(MatchesSchema.bundled("evidence.v1").check(document)).isEmpty();
        assertThat(document.root().get("status").asString()).isEqualTo("pass");
        assertThat(document.root().at("/baseline/release_tag").isNull()).isTrue();
        assertThat(document.root().at("/inputs/1/path").asString()).isEqualTo("components/api/contracts");
        assertThat(document.root().at("/checks/2/id").asString()).isEqualTo("parity.components/worker/contracts");
    }

    @Test
    @InjectMojo(goal = "verify-parity", pom = POM)
    void driftFailsTheBuildWithOneLinePerBreach(VerifyParityMojo mojo) throws Exception {
        Path api = project.resolve("components/api/contracts");
        Files.delete(api.resolve("service-slo-policy.json"));
        Fixtures.write(api, "schemas/local.schema.json", "{}\n");
        Path worker = project.resolve("components/worker/contracts");
        ParityFixtures.append(worker.resolve("schemas/error-envelope.schema.json"), "\n");
        String canonicalSha = ParityFixtures.sha256(project.resolve("contracts/schemas/error-envelope.schema.json"));
        String workerSha = ParityFixtures.sha256(worker.resolve("schemas/error-envelope.schema.json"));
        configure(mojo);

        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("PARITY-EXTRA, PARITY-MISSING, PARITY-DIFFERENT");
        assertThat(log.lines).filteredOn(l -> l.startsWith("[ERROR]")).containsExactly(
                "[ERROR] components/api/contracts/schemas/local.schema.json PARITY-EXTRA not in the canonical pack: "
                        + "there is no contracts/schemas/local.schema.json (this copy has sha256 "
                        + ParityFixtures.sha256(api.resolve("schemas/local.schema.json")) + ") (remove the file from "
                        + "the mirror or add it to the canonical pack as contracts/schemas/local.schema.json)",
                "[ERROR] components/api/contracts/service-slo-policy.json PARITY-MISSING missing from mirror "
                        + "components/api/contracts: canonical contracts/service-slo-policy.json (sha256 "
                        + ParityFixtures.sha256(project.resolve("contracts/service-slo-policy.json"))
                        + ") has no copy here (copy contracts/service-slo-policy.json into the mirror)",
                "[ERROR] components/worker/contracts/schemas/error-envelope.schema.json:22:1 PARITY-DIFFERENT sha256 of "
                        + "components/worker/contracts/schemas/error-envelope.schema.json is " + workerSha
                        + ", canonical contracts/schemas/error-envelope.schema.json is " + canonicalSha
                        + " (copy contracts/schemas/error-envelope.schema.json over the mirror's copy)\n"
                        + "--- contracts/schemas/error-envelope.schema.json\n"
                        + "+++ components/worker/contracts/schemas/error-envelope.schema.json\n"
                        + "@@ -19,3 +19,4 @@\n     }\n   }\n }\n+");
        assertThat(Files.readString(evidence())).contains("\"status\" : \"fail\"");
    }

    @Test
    @InjectMojo(goal = "verify-parity", pom = POM)
    void absentMirrorIsAnErrorOrWithAllowMissingMirrorsAWarning(VerifyParityMojo mojo) throws Exception {
        configure(mojo, "components/api/contracts", "components/gone/contracts");
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class).hasMessageContaining("FILE-MISSING");
        assertThat(log.lines).contains("[ERROR] components/gone/contracts FILE-MISSING mirror components/gone/contracts "
                + "does not exist (create the mirror by copying the canonical directory, correct <mirrors>, or set "
                + "allowMissingMirrors=true to accept absent mirrors)");

        log.lines.clear();
        setVariableValueToObject(mojo, "allowMissingMirrors", true);
        mojo.execute();
        assertThat(log.text()).contains("[WARNING] components/gone/contracts FILE-MISSING mirror components/gone/contracts "
                + "does not exist; it is skipped (allowMissingMirrors=true)").doesNotContain("[ERROR]");
        assertThat(Files.readString(evidence())).contains("\"status\" : \"warn\"");
    }

    @Test
    @InjectMojo(goal = "verify-parity", pom = POM)
    void missingCanonicalDirectoryParameterIsAConfigurationError(VerifyParityMojo mojo) throws Exception {
        configure(mojo);
        setVariableValueToObject(mojo, "canonicalDirectory", null);
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
                .hasMessageContaining("<canonicalDirectory>");
        assertThat(evidence()).doesNotExist();
    }

    @Test
    @InjectMojo(goal = "verify-parity", pom = POM)
    void noMirrorsIsAConfigurationError(VerifyParityMojo mojo) throws Exception {
        configure(mojo);
        setVariableValueToObject(mojo, "mirrors", List.of());
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class).hasMessageContaining("<mirrors>");
    }

    @Test
    @InjectMojo(goal = "verify-parity", pom = POM)
    void nonPositiveParityThreadsIsAConfigurationError(VerifyParityMojo mojo) throws Exception {
        configure(mojo);
        setVariableValueToObject(mojo, "parityThreads", 0);
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class).hasMessageContaining("parityThreads");
    }

    @Test
    @InjectMojo(goal = "verify-parity", pom = POM)
    void canonicalDirectoryThatDoesNotExistIsABreachNotACrash(VerifyParityMojo mojo) throws Exception {
        configure(mojo);
        setVariableValueToObject(mojo, "canonicalDirectory", new File(project.toFile(), "no-such-pack"));
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class).hasMessageContaining("FILE-MISSING");
        assertThat(log.lines).contains("[ERROR] no-such-pack FILE-MISSING canonical directory no-such-pack does not exist "
                + "(create the canonical contract pack or point <canonicalDirectory> at it)");
    }

    @Test
    @InjectMojo(goal = "verify-parity", pom = POM)
    void skipReadsAndWritesNothing(VerifyParityMojo mojo) throws Exception {
        configure(mojo);
        setVariableValueToObject(mojo, "skip", true);
        setVariableValueToObject(mojo, "canonicalDirectory", null);
        mojo.execute();
        assertThat(log.text()).contains("verify-parity skipped");
        assertThat(evidence()).doesNotExist();
    }
}
