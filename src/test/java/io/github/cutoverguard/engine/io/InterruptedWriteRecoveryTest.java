package io.github.cutoverguard.engine.io;

import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The next goal ends a killed group write as its record and the files say, and never clobbers a later change. */
class InterruptedWriteRecoveryTest {

    @TempDir
    Path project;

    private static byte[] b(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** What a writer killed after staging (and renaming {@code renamed} files) leaves: the files, staged copies, record. */
    private WriteJournal killedAfterStaging(int renamed) throws Exception {
        WriteJournal journal = WriteJournal.of(project);
        Files.createDirectories(project.resolve("config"));
        Files.writeString(project.resolve("config/integration-pin.json"), "pin stock.v5\n");
        Files.writeString(project.resolve("config/producer-manifest.json"), "manifest stock.v5\n");
        List<WriteIntent.Entry> entries = List.of(
                entry("config/integration-pin.json", "pin stock.v5\n", "pin stock.v6\n"),
                entry("config/producer-manifest.json", "manifest stock.v5\n", "manifest stock.v6\n"));
        Files.writeString(project.resolve(entries.get(0).staged()), "pin stock.v6\n");
        Files.writeString(project.resolve(entries.get(1).staged()), "manifest stock.v6\n");
        for (int i = 0; i < renamed; i++) {
            Files.move(project.resolve(entries.get(i).staged()), project.resolve(entries.get(i).target()),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        Files.createDirectories(journal.record().getParent());
        Files.write(journal.record(), new WriteIntent("repin", entries).toBytes());
        return journal;
    }

    private static WriteIntent.Entry entry(String target, String before, String after) {
        Path path = Path.of(target);
        return new WriteIntent.Entry(path, path.resolveSibling("." + path.getFileName() + ".k1.tmp"),
                WriteIntent.sha256(b(before)), WriteIntent.sha256(b(after)));
    }

    private List<String> hidden() throws Exception {
        try (Stream<Path> walk = Files.walk(project)) {
            return walk.filter(Files::isRegularFile).map(p -> p.getFileName().toString())
                    .filter(n -> n.startsWith(".")).toList();
        }
    }

    @Test
    void aWriteKilledBetweenRenamesIsFinishedWithAWarning() throws Exception {
        WriteJournal journal = killedAfterStaging(1);

        assertThat(AtomicFiles.recover(journal)).hasValue("repin was interrupted before it finished "
                + "(.cutover-guardrails-write-intent.properties): finished it, writing config/producer-manifest.json; "
                + "every file it changes now holds the new content, and its temporary files are removed");
        assertThat(project.resolve("config/integration-pin.json")).hasContent("pin stock.v6");
        assertThat(project.resolve("config/producer-manifest.json")).hasContent("manifest stock.v6");
        assertThat(hidden()).isEmpty();
    }

    @Test
    void aWriteKilledWhileStagingIsUndone() throws Exception {
        WriteJournal journal = killedAfterStaging(0);
        Files.writeString(project.resolve("config/.producer-manifest.json.k1.tmp"), "manif"); // cut short

        assertThat(AtomicFiles.recover(journal)).hasValue("repin was interrupted before it finished "
                + "(.cutover-guardrails-write-intent.properties): undid it; every file is as it was before repin ran, "
                + "and its temporary files are removed");
        assertThat(project.resolve("config/integration-pin.json")).hasContent("pin stock.v5");
        assertThat(project.resolve("config/producer-manifest.json")).hasContent("manifest stock.v5");
        assertThat(hidden()).isEmpty();
    }

    @Test
    void aFileChangedSinceIsRefusedAndNothingIsTouched() throws Exception {
        WriteJournal journal = killedAfterStaging(1);
        Files.writeString(project.resolve("config/producer-manifest.json"), "manifest edited by hand\n");
        byte[] record = Files.readAllBytes(journal.record());

        assertThatThrownBy(() -> AtomicFiles.recover(journal)).isInstanceOf(WriteIntent.Refused.class)
                .hasMessageStartingWith("repin was interrupted (.cutover-guardrails-write-intent.properties) and "
                        + "config/producer-manifest.json changed since");
        assertThat(project.resolve("config/integration-pin.json")).hasContent("pin stock.v6");
        assertThat(project.resolve("config/producer-manifest.json")).hasContent("manifest edited by hand");
        assertThat(project.resolve("config/.producer-manifest.json.k1.tmp")).hasContent("manifest stock.v6");
        assertThat(journal.record()).hasBinaryContent(record);
    }

    @Test
    void withoutARecordNothingIsDoneButTheRecordsOwnTemporaryFileGoes() throws Exception {
        WriteJournal journal = WriteJournal.of(project);
        Path stray = journal.record().resolveSibling("." + journal.record().getFileName() + ".x9.tmp");
        Files.writeString(stray, "operation=repin\n");
        Files.writeString(project.resolve(".other.tmp"), "not ours\n");

        assertThat(AtomicFiles.recover(journal)).isEmpty();
        assertThat(stray).doesNotExist();
        assertThat(project.resolve(".other.tmp")).exists();
    }

    @Test
    void inAGitWorkTreeTheRecordLivesInTheGitDirectoryOnePerProject() throws Exception {
        Git.init().setDirectory(project.toFile()).call().close();
        Path storefront = Files.createDirectories(project.resolve("storefront"));

        WriteJournal journal = WriteJournal.of(storefront);
        assertThat(journal.record().getParent()).isEqualTo(project.resolve(".git/cutover-guardrails").toAbsolutePath());
        assertThat(journal.record().getFileName().toString()).matches("write-intent-[0-9a-f]{16}\\.properties");
        assertThat(WriteJournal.of(project).record()).isNotEqualTo(journal.record());
        // shown as the module reaches it, never by the machine's absolute path
        assertThat(journal.shown()).matches("\\.\\./\\.git/cutover-guardrails/write-intent-[0-9a-f]{16}\\.properties");

        AtomicFiles.writeAll(journal, "repin", List.of(new AtomicFiles.Change(storefront.resolve("pin.json"), null,
                b("pin stock.v6\n"))));
        assertThat(storefront.resolve("pin.json")).hasContent("pin stock.v6");
        assertThat(journal.record()).doesNotExist();
    }
}
