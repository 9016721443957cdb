package io.github.cutoverguard.engine.guard;

import io.github.cutoverguard.engine.cutover.Lifecycle.Move;
import io.github.cutoverguard.engine.cutover.Lifecycle.Release;
import io.github.cutoverguard.engine.input.ProjectFiles;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The last move of a storefront consumer's pin, read from its history ({@link PinUnchangedSinceBase#lastMove}). */
class PinHistoryTest {

    private static final String PIN_PATH = "config/integration-pin.json";
    private static final String SHA5 = "5".repeat(40);
    private static final String SHA6 = "6".repeat(40);

    @TempDir
    Path dir;

    private static String pin(String tag, String sha, int timeout) {
        return "{\n  \"inventory_repo\": \"https://git.example.org/inventory.git\",\n  \"release_tag\": \"" + tag
                + "\",\n  \"commit_sha\": \"" + sha + "\",\n  \"default_timeout_ms\": " + timeout + "\n}\n";
    }

    private Optional<Move> lastMove(String ref) {
        return PinUnchangedSinceBase.lastMove(new ProjectFiles(dir), Path.of(PIN_PATH), ref, 1 << 20);
    }

    @Test
    void theLatestReleaseChangeIsTheMoveAndLaterEditsOfOtherMembersDoNotHideIt() {
        try (Git git = GitFixtures.init(dir)) {
            GitFixtures.commit(git, Map.of(PIN_PATH, pin("v5.2.0", SHA5, 2500)), "first pin");
            GitFixtures.commit(git, Map.of("README.md", "storefront\n"), "docs");
            GitFixtures.commit(git, Map.of(PIN_PATH, pin("v6.0.0", SHA6, 2500)), "repin to v6.0.0");
            GitFixtures.commit(git, Map.of(PIN_PATH, pin("v6.0.0", SHA6, 3000)), "tune the timeout");
        }
        assertThat(lastMove("main")).contains(new Move(new Release("v5.2.0", SHA5), new Release("v6.0.0", SHA6)));
        assertThat(lastMove("main~2")).isEmpty();
    }

    @Test
    void aPinThatNeverMovedHasNoMove() {
        try (Git git = GitFixtures.init(dir)) {
            GitFixtures.commit(git, Map.of(PIN_PATH, pin("v6.0.0", SHA6, 2500)), "first pin");
            GitFixtures.commit(git, Map.of(PIN_PATH, pin("v6.0.0", SHA6, 3000)), "tune the timeout");
        }
        assertThat(lastMove("main")).isEmpty();
        assertThat(lastMove("no-such-ref")).isEmpty();
    }

    @Test
    void outsideGitThereIsNoHistory() {
        assertThat(lastMove("main")).isEmpty();
    }
}
