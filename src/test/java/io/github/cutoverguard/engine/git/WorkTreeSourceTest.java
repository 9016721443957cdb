package io.github.cutoverguard.engine.git;

import io.github.cutoverguard.engine.testing.ProducerReleases;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class WorkTreeSourceTest {

    @TempDir
    Path dir;

    @Test
    void theSourceNamesHeadTheBranchAndWhetherTrackedFilesChanged() throws Exception {
        ProducerReleases.Release release;
        try (ProducerReleases repo = new ProducerReleases(dir.resolve("consumer"))) {
            release = repo.release("v1.0.0", "code\n", "module/manifest.json", "{}\n");
        }
        Path module = dir.resolve("consumer/module");
        assertThat(WorkTreeSource.of(module)).contains(new WorkTreeSource(release.tagged(), "main", false));

        Files.writeString(dir.resolve("consumer/src/service.txt"), "changed\n");
        assertThat(WorkTreeSource.of(module)).contains(new WorkTreeSource(release.tagged(), "main", true));

        try (Git git = Git.open(dir.resolve("consumer").toFile())) {
            git.checkout().setName(release.code()).setForced(true).call();
        }
        assertThat(WorkTreeSource.of(module)).contains(new WorkTreeSource(release.code(), null, false));
    }

    @Test
    void theSourceReadAheadIsTheSourceAsTheTreeWasWhenItWasAskedFor() throws Exception {
        ProducerReleases.Release release;
        try (ProducerReleases repo = new ProducerReleases(dir.resolve("storefront"))) {
            release = repo.release("v2.1.0", "code\n", "module/manifest.json", "{}\n");
        }
        Path module = dir.resolve("storefront/module");
        assertThat(WorkTreeSource.readAhead(module).get()).contains(new WorkTreeSource(release.tagged(), "main", false))
                .isEqualTo(WorkTreeSource.of(module));

        Files.writeString(dir.resolve("storefront/src/service.txt"), "changed\n");
        assertThat(WorkTreeSource.readAhead(module).get()).contains(new WorkTreeSource(release.tagged(), "main", true));
    }

    @Test
    void outsideAWorkTreeNothingIsReadAhead() throws Exception {
        Path plain = Files.createDirectories(dir.resolve("plain"));
        assertThat(WorkTreeSource.readAhead(plain).get()).isEmpty();
    }

    @Test
    void outsideAWorkTreeThereIsNoSource() throws Exception {
        Path plain = Files.createDirectories(dir.resolve("plain"));
        assertThat(WorkTreeSource.of(plain).map(WorkTreeSource::commit)).isEmpty();
    }
}
