package io.github.cutoverguard.maven;

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
import java.nio.file.attribute.FileTime;

import static org.apache.maven.api.plugin.testing.MojoExtension.setVariableValueToObject;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@MojoTest
class HandoffMojosTest {

    private static final String POM = "src/test/projects/handoff/pom.xml";

    @TempDir
    Path project;
    private final RecordingLog log = new RecordingLog();

    @BeforeEach
    void producerProject() {
        Fixtures.write(project, "contracts/producer-contract-manifest.json",
                Fixtures.referenceText("producer/producer-contract-manifest_at-rehearsal.json"));
        Fixtures.write(project, "handoff/candidate.json", Fixtures.referenceText("producer/SERVICE_V3_REHEARSAL_HANDOFF_CANDIDATE.json"));
    }

    private <T extends AbstractHandoffMojo> T configure(T mojo, String handoff) throws Exception {
        mojo.setLog(log);
        setVariableValueToObject(mojo, "basedir", project.toFile());
        setVariableValueToObject(mojo, "handoffFile", project.resolve(handoff).toFile());
        setVariableValueToObject(mojo, "producerManifestFile", project.resolve("contracts/producer-contract-manifest.json").toFile());
        setVariableValueToObject(mojo, "reportDirectory", project.resolve("target/cutover-guardrails").toFile());
        return mojo;
    }

    @Test
    @InjectMojo(goal = "validate-handoff", pom = POM)
    void referenceCandidateIsAcceptedWithItsSha256(ValidateHandoffMojo mojo) throws Exception {
        configure(mojo, "handoff/candidate.json").execute();
        assertThat(log.text()).contains("[INFO] Accepted rehearsal-handoff.v1 payload handoff/candidate.json sha256 ")
                .contains("validate-handoff: PASS");
        assertThat(Files.readString(project.resolve("target/cutover-guardrails/validate-handoff.json")))
                .contains("\"acceptance\"").contains("\"accepted\" : true");
    }

    @Test
    @InjectMojo(goal = "validate-handoff", pom = POM)
    void missingRequiredCheckFailsTheBuild(ValidateHandoffMojo mojo) throws Exception {
        configure(mojo, "handoff/candidate.json");
        setVariableValueToObject(mojo, "requiredConsumerChecks", java.util.List.of("mvn -B verify"));
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class).hasMessageContaining("HANDOFF-COMMANDS");
        assertThat(log.text()).contains("[INFO] Rejected rehearsal-handoff.v1 payload");
    }

    @Test
    @InjectMojo(goal = "validate-handoff", pom = POM)
    void checkStaleWithoutManifestIsAConfigurationError(ValidateHandoffMojo mojo) throws Exception {
        configure(mojo, "handoff/candidate.json");
        setVariableValueToObject(mojo, "checkStale", true);
        setVariableValueToObject(mojo, "producerManifestFile", null);
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class).hasMessageContaining("producerManifestFile");
    }

    @Test
    @InjectMojo(goal = "validate-handoff", pom = POM)
    void missingHandoffFileIsAConfigurationError(ValidateHandoffMojo mojo) throws Exception {
        configure(mojo, "x.json");
        setVariableValueToObject(mojo, "handoffFile", null);
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class).hasMessageContaining("handoffFile");
    }

    @Test
    @InjectMojo(goal = "generate-handoff", pom = POM)
    void generatesOnceAndRewritesOnlyTheDateItIsGiven(GenerateHandoffMojo mojo) throws Exception {
        configure(mojo, "handoff/generated.json");
        setVariableValueToObject(mojo, "generatedAt", "2026-02-08T11:29:52Z");
        mojo.execute();
        Path generated = project.resolve("handoff/generated.json");
        assertThat(log.text()).contains("[INFO] Wrote handoff/generated.json");
        assertThat(Files.readString(generated)).contains("\"generated_at_utc\": \"2026-02-08T11:29:52Z\"")
                .contains("\"cutover_not_before_utc_date\": \"2026-02-22\"").endsWith("}\n");
        Files.setLastModifiedTime(generated, FileTime.fromMillis(0));
        mojo.execute();
        assertThat(log.text()).contains("handoff/generated.json is up to date (not rewritten)");
        assertThat(Files.getLastModifiedTime(generated).toMillis()).isZero();
        // issue #26 defect 4: -Dcutover.generatedAt used to leave the old date ("up to date"); a date given is written
        setVariableValueToObject(mojo, "generatedAt", "2026-03-01T00:00:00Z");
        mojo.execute();
        assertThat(log.text()).contains("[INFO] Wrote handoff/generated.json (generated_at_utc 2026-02-08T11:29:52Z is now "
                + "2026-03-01T00:00:00Z, from -Dcutover.generatedAt)");
        assertThat(Files.readString(generated)).contains("\"generated_at_utc\": \"2026-03-01T00:00:00Z\"")
                .contains("\"cutover_not_before_utc_date\": \"2026-03-15\"");
    }

    @Test
    @InjectMojo(goal = "generate-handoff", pom = POM)
    void invalidTimestampIsAConfigurationError(GenerateHandoffMojo mojo) throws Exception {
        configure(mojo, "handoff/generated.json");
        setVariableValueToObject(mojo, "generatedAt", "next tuesday");
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class).hasMessageContaining("ISO-8601");
    }

    @Test
    @InjectMojo(goal = "generate-handoff", pom = POM)
    void generationWithoutRequiredChecksNamesTheParameterAndWritesNothing(GenerateHandoffMojo mojo) throws Exception {
        configure(mojo, "handoff/generated.json");
        setVariableValueToObject(mojo, "requiredConsumerChecks", null);
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
                .hasMessageStartingWith("Set <requiredConsumerChecks>").hasMessageNotContaining("regenerate the handoff")
                .hasMessageNotContaining("<requiredProducerChecks>");
        setVariableValueToObject(mojo, "requiredProducerChecks", java.util.List.of());
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
                .hasMessageStartingWith("Set <requiredConsumerChecks> and <requiredProducerChecks>");
        assertThat(project.resolve("handoff/generated.json")).doesNotExist();
    }

    @Test
    @InjectMojo(goal = "generate-handoff", pom = POM)
    void generationNeedsTheProducerRepo(GenerateHandoffMojo mojo) throws Exception {
        configure(mojo, "handoff/generated.json");
        setVariableValueToObject(mojo, "producerRepo", null);
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class).hasMessageContaining("producerRepo");
    }

    @Test
    @InjectMojo(goal = "generate-handoff", pom = POM)
    void aCandidateThatIsASymbolicLinkIsNotReplacedByAFile(GenerateHandoffMojo mojo) throws Exception {
        Path shared = Fixtures.write(project, "shared/candidate.json", "{}");
        Files.createSymbolicLink(project.resolve("handoff/linked.json"), shared);
        configure(mojo, "handoff/linked.json");
        setVariableValueToObject(mojo, "generatedAt", "2026-02-08T11:29:52Z");
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
                .hasMessage("<handoffFile> handoff/linked.json is a symbolic link: writing would replace the link with a"
                        + " file and leave its target as it was. Replace the link with the file");
        assertThat(project.resolve("handoff/linked.json")).isSymbolicLink();
        assertThat(shared).hasContent("{}");
    }
}
