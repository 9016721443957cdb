package io.github.cutoverguard.engine.input;

import io.github.cutoverguard.engine.input.OutputsAreNotInputs.ConfiguredInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Outputs are never inputs: a goal refuses to write a file a configured input names. */
class OutputsAreNotInputsTest {

    @TempDir
    Path project;

    @Test
    void aHandoffWrittenOverTheManifestItIsGeneratedFromIsRefusedNamingBothParameters() {
        Path manifest = project.resolve("contracts/stock-manifest.json");
        OutputsAreNotInputs check = new OutputsAreNotInputs(List.of(new ConfiguredInput("producerManifestFile", manifest)));

        assertThat(check.problem("handoffFile", project.resolve("contracts/./stock-manifest.json"),
                "contracts/stock-manifest.json", Set.of("handoffFile")))
                .hasValue("<handoffFile> would write contracts/stock-manifest.json, which <producerManifestFile> names as"
                        + " an input: a goal never writes its inputs. Set <handoffFile> (or <producerManifestFile>) to"
                        + " another file");
    }

    @Test
    void theFileAGoalExistsToRewriteIsNotCountedUnderItsOwnParameter() {
        Path pin = project.resolve("config/integration-pin.json");
        OutputsAreNotInputs check = new OutputsAreNotInputs(List.of(new ConfiguredInput("pinFile", pin)));

        assertThat(check.problem("pinFile", pin, "config/integration-pin.json", Set.of("pinFile"))).isEmpty();
        assertThat(check.problem("handoffFile", pin, "config/integration-pin.json", Set.of("handoffFile"))).isPresent();
    }

    @Test
    void aFileWrittenInsideAnInputDirectoryIsRefused() {
        OutputsAreNotInputs check = new OutputsAreNotInputs(List.of(
                new ConfiguredInput("canonicalDirectory", project.resolve("contracts/billing.v8"))));

        assertThat(check.problem("reportDirectory", project.resolve("contracts/billing.v8/reports/verdict.json"),
                "contracts/billing.v8/reports/verdict.json", Set.of()))
                .hasValue("<reportDirectory> would write contracts/billing.v8/reports/verdict.json inside the directory"
                        + " <canonicalDirectory> names as an input: a goal never writes its inputs. Set <reportDirectory>"
                        + " outside it");
        assertThat(check.problem("reportDirectory", project.resolve("contracts/billing.v8-reports/verdict.json"),
                "x", Set.of())).isEmpty();
    }

    @Test
    void anOutputThatIsALinkToAnInputIsThatInput() throws Exception {
        Path manifest = Files.writeString(project.resolve("manifest.json"), "{}");
        Path link = Files.createSymbolicLink(project.resolve("handoff.json"), manifest);

        OutputsAreNotInputs check = new OutputsAreNotInputs(List.of(new ConfiguredInput("producerManifestFile", manifest)));

        assertThat(check.problem("handoffFile", link, "handoff.json", Set.of())).isPresent();
    }
}
