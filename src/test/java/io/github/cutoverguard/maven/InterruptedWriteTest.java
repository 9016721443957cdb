package io.github.cutoverguard.maven;

import io.github.cutoverguard.engine.io.WriteIntent;
import io.github.cutoverguard.engine.io.WriteJournal;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every goal first ends a repin that was killed: finished with a warning, or refused as a configuration error. */
class InterruptedWriteTest {

    @TempDir
    Path project;

    /** A repin of billing.v7 -> billing.v8 killed after staging its pin, before renaming it. */
    private WriteJournal killedRepin() throws Exception {
        Path pin = Files.createDirectories(project.resolve("config")).resolve("integration-pin.json");
        Files.writeString(pin, "pin billing.v7\n");
        Files.writeString(project.resolve("config/.integration-pin.json.q7.tmp"), "pin billing.v8\n");
        WriteJournal journal = WriteJournal.of(project);
        Files.write(journal.record(), new WriteIntent("repin", List.of(new WriteIntent.Entry(
                Path.of("config/integration-pin.json"), Path.of("config/.integration-pin.json.q7.tmp"),
                sha("pin billing.v7\n"), sha("pin billing.v8\n")))).toBytes());
        return journal;
    }

    private static String sha(String text) {
        return io.github.cutoverguard.engine.input.InputReader.sha256Hex(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aKilledRepinIsFinishedWithAWarning() throws Exception {
        WriteJournal journal = killedRepin();
        RecordingLog log = new RecordingLog();

        InterruptedWrite.end(project, log);

        assertThat(log.lines).containsExactly("[WARNING] repin was interrupted before it finished "
                + "(.cutover-guardrails-write-intent.properties): finished it, writing config/integration-pin.json; every "
                + "file it changes now holds the new content, and its temporary files are removed");
        assertThat(project.resolve("config/integration-pin.json")).hasContent("pin billing.v8");
        assertThat(journal.record()).doesNotExist();
    }

    @Test
    void aKilledRepinWhoseFileChangedSinceIsAConfigurationError() throws Exception {
        WriteJournal journal = killedRepin();
        Files.writeString(project.resolve("config/integration-pin.json"), "pin edited by hand\n");

        assertThatThrownBy(() -> InterruptedWrite.end(project, new RecordingLog()))
                .isInstanceOf(MojoExecutionException.class)
                .hasMessageStartingWith("repin was interrupted (.cutover-guardrails-write-intent.properties) and "
                        + "config/integration-pin.json changed since");
        assertThat(project.resolve("config/integration-pin.json")).hasContent("pin edited by hand");
        assertThat(journal.record()).exists();
    }
}
