package io.github.cutoverguard.maven;

import io.github.cutoverguard.engine.matrix.MatrixChecksTestData;
import io.github.cutoverguard.engine.testing.Docs;
import io.github.cutoverguard.engine.testing.Fixtures;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.MojoExecutionException;
import org.codehaus.plexus.configuration.PlexusConfiguration;
import org.codehaus.plexus.configuration.xml.XmlPlexusConfiguration;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.apache.maven.api.plugin.testing.MojoExtension.setVariableValueToObject;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@MojoTest
class CheckPinMojoTest {

    private static final String POM = "src/test/projects/check-pin/pom.xml";

    @TempDir
    Path project;
    private final RecordingLog log = new RecordingLog();

    @BeforeEach
    void consumerProject() {
        Fixtures.write(project, "config/integration-pin.json", Fixtures.referenceText(Docs.REHEARSAL_PIN));
        Fixtures.write(project, "config/producer-manifest.json", Fixtures.referenceText(Docs.REHEARSAL_MANIFEST));
        Fixtures.write(project, "docs/COMPATIBILITY_MATRIX.md", MatrixChecksTestData.MATRIX);
    }

    private CheckPinMojo configure(CheckPinMojo mojo) throws Exception {
        mojo.setLog(log);
        setVariableValueToObject(mojo, "basedir", project.toFile());
        setVariableValueToObject(mojo, "pinFile", project.resolve("config/integration-pin.json").toFile());
        setVariableValueToObject(mojo, "producerManifestFile", project.resolve("config/producer-manifest.json").toFile());
        setVariableValueToObject(mojo, "compatibilityMatrixFile", project.resolve("docs/COMPATIBILITY_MATRIX.md").toFile());
        setVariableValueToObject(mojo, "reportDirectory", project.resolve("target/cutover-guardrails").toFile());
        return mojo;
    }

    private Path evidence() {
        return project.resolve("target/cutover-guardrails/check-pin.json");
    }

    @Test
    @InjectMojo(goal = "check-pin", pom = POM)
    void rehearsalConsumerPassesAndWritesEvidence(CheckPinMojo mojo) throws Exception {
        configure(mojo).execute();
        assertThat(log.text()).contains("[INFO] check-pin: PASS (12 passed, 0 failed, 3 skipped; 0 breaches)").doesNotContain("[ERROR]");
        assertThat(Files.readString(evidence())).contains("\"status\" : \"pass\"");
    }

    @Test
    @InjectMojo(goal = "check-pin", pom = POM)
    void aReportDirectoryThatIsAFileIsAConfigurationErrorSayingSoBeforeAnythingRuns(CheckPinMojo mojo) throws Exception {
        configure(mojo);
        Fixtures.write(project, "target/reports", "not a directory");
        setVariableValueToObject(mojo, "reportDirectory", project.resolve("target/reports").toFile());
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
                .hasMessage("<reportDirectory> target/reports is a file, not a directory: set <reportDirectory> "
                        + "(-Dcutover.reportDirectory) to a directory, e.g. the default target/cutover-guardrails");
        setVariableValueToObject(mojo, "reportDirectory", project.resolve("target/reports/cutover").toFile());
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
                .hasMessageStartingWith("<reportDirectory> target/reports/cutover lies below target/reports, which is a file,");
        assertThat(log.text()).doesNotContain("check-pin: PASS");
    }

    @Test
    @InjectMojo(goal = "check-pin", pom = POM)
    void theLastBuildsReportsGoWhenTheGoalStartsEvenWhenItIsSkipped(CheckPinMojo mojo) throws Exception {
        configure(mojo);
        Fixtures.write(project, "target/cutover-guardrails/verdict.json", "{\"rehearsal_continuation\": \"GO\"}");
        Fixtures.write(project, "target/cutover-guardrails/check-pin.json", "{\"status\": \"pass\"}");
        Fixtures.write(project, "target/cutover-guardrails/notes.txt", "the team's own file");
        setVariableValueToObject(mojo, "skip", true);
        mojo.execute();
        assertThat(project.resolve("target/cutover-guardrails/verdict.json")).doesNotExist();
        assertThat(evidence()).doesNotExist();
        assertThat(project.resolve("target/cutover-guardrails/notes.txt")).hasContent("the team's own file");
    }

    @Test
    @InjectMojo(goal = "check-pin", pom = POM)
    void breachFailsTheBuildWithOneLinePerBreach(CheckPinMojo mojo) throws Exception {
        configure(mojo);
        setVariableValueToObject(mojo, "baseline", baseline("v0.3.1",
                "cf331449e1589581a5dcbb3adecd3e9ae4509277", "service.v2", "api.v1", "integration/v1"));
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("PIN-RELEASE-TAG");
        assertThat(log.lines).contains("[ERROR] config/integration-pin.json:3:18 PIN-RELEASE-TAG release_tag is "
                + "\"v0.3.2\", baseline is \"v0.3.1\" (repin only with a matching <baseline> change and a new "
                + "compatibility-matrix row)");
        assertThat(Files.readString(evidence())).contains("\"status\" : \"fail\"");
    }

    @Test
    @InjectMojo(goal = "check-pin", pom = POM)
    void warnOnlyLogsWarningsAndSucceeds(CheckPinMojo mojo) throws Exception {
        configure(mojo);
        setVariableValueToObject(mojo, "failOnBreach", false);
        setVariableValueToObject(mojo, "baseline", baseline("v0.3.1",
                "cf331449e1589581a5dcbb3adecd3e9ae4509277", "service.v2", "api.v1", "integration/v1"));
        mojo.execute();
        assertThat(log.text()).contains("[WARNING] config/integration-pin.json:3:18 PIN-RELEASE-TAG")
                .doesNotContain("[ERROR]");
        assertThat(Files.readString(evidence())).contains("\"status\" : \"warn\"");
    }

    @Test
    @InjectMojo(goal = "check-pin", pom = POM)
    void aTargetThatIsTheBaselinesContractIsAConfigurationError(CheckPinMojo mojo) throws Exception {
        configure(mojo);
        setVariableValueToObject(mojo, "targetServiceContract", "service.v2");
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
                .hasMessage("<targetServiceContract> service.v2 is the baseline's contract (v0.3.2 / service.v2): the "
                        + "rehearsal is complete; name the next contract or remove <targetServiceContract>");
    }

    @Test
    @InjectMojo(goal = "check-pin", pom = POM)
    void skipReadsAndWritesNothing(CheckPinMojo mojo) throws Exception {
        configure(mojo);
        setVariableValueToObject(mojo, "skip", true);
        setVariableValueToObject(mojo, "pinFile", new File("/nonexistent/pin.json"));
        mojo.execute();
        assertThat(log.text()).contains("check-pin skipped");
        assertThat(evidence()).doesNotExist();
    }

    @Test
    @InjectMojo(goal = "check-pin", pom = POM)
    void incompleteBaselineIsAConfigurationError(CheckPinMojo mojo) throws Exception {
        configure(mojo);
        setVariableValueToObject(mojo, "baseline", baseline("v0.3.2", null, "service.v2", " ", "integration/v1"));
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
                .hasMessageContaining("commitSha, apiContract");
    }

    /** Issue #24: a misspelt field of <baseline> named Maven's BaselineParameter class, with no suggestion. */
    @Test
    @InjectMojo(goal = "check-pin", pom = POM)
    void aMisspeltBaselineFieldNamesTheNearestField(CheckPinMojo mojo) throws Exception {
        configure(mojo);
        PlexusConfiguration misspelt = baseline(null, "cf331449e1589581a5dcbb3adecd3e9ae4509277", "service.v2", "api.v1",
                "integration/v1");
        misspelt.addChild("relaseTag", "v0.3.2");
        setVariableValueToObject(mojo, "baseline", misspelt);
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
                .hasMessage("Unknown element <relaseTag> in <baseline> of this goal's configuration: did you mean "
                        + "<releaseTag>? (<baseline> has <releaseTag>, <commitSha>, <serviceContract>, <apiContract>, "
                        + "<integrationBaseline>)");
    }

    /** A {@code <baseline>} element with the five fields in order ({@code null}: left out). */
    private static PlexusConfiguration baseline(String... values) {
        PlexusConfiguration baseline = new XmlPlexusConfiguration("baseline");
        for (int i = 0; i < values.length; i++) {
            if (values[i] != null) {
                baseline.addChild(BaselineParameter.FIELDS.get(i), values[i]);
            }
        }
        return baseline;
    }

    @Test
    @InjectMojo(goal = "check-pin", pom = POM)
    void unknownModeIsAConfigurationError(CheckPinMojo mojo) throws Exception {
        configure(mojo);
        setVariableValueToObject(mojo, "mode", "dress-rehearsal");
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class).hasMessageContaining("dress-rehearsal");
    }

    @Test
    @InjectMojo(goal = "check-pin", pom = POM)
    void invalidTagPatternIsAConfigurationError(CheckPinMojo mojo) throws Exception {
        configure(mojo);
        setVariableValueToObject(mojo, "releaseTagPattern", "^v(");
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class).hasMessageContaining("releaseTagPattern");
    }
}
