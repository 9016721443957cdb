package io.github.cutoverguard.engine.git;

import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The git directory of the repository holding a directory, found as git finds it (JGit's {@code readEnvironment} and
 * {@code findGitDir}: {@code GIT_DIR}, else walking up to a {@code .git} directory or {@code gitdir:} file, or a
 * repository's own directory, honouring {@code GIT_CEILING_DIRECTORIES}).
 *
 * <p>JGit is asked only where a repository may be ({@link #mayHold}): its jar is signed, and the JDK verifies that
 * signature when the jar is first used (about 140 ms of a build, docs/PERFORMANCE.md), a cost a run outside every
 * repository should not pay. The plain file-system test errs one way only: it says "none" only where JGit's search
 * certainly finds none, so what is found is always what JGit finds.
 */
public final class GitDirectory {

    /**
     * The names whose presence in a directory lets JGit's search stop there: {@code .git} (a repository, or a
     * {@code gitdir:} file of a linked work tree or submodule), and {@code objects} or {@code commondir}, which a
     * repository's own directory (bare, or a linked work tree's) holds.
     */
    private static final List<String> MARKERS = List.of(".git", "objects", "commondir");

    private GitDirectory() {
    }

    /** The git directory of the repository holding {@code directory}, or empty outside every repository. */
    public static Optional<Path> of(Path directory) {
        return mayHold(directory) ? Optional.ofNullable(Search.gitDir(directory)) : Optional.empty();
    }

    /**
     * Whether a git repository may hold {@code directory}: {@code GIT_DIR} is set, or the directory or one above it has
     * a {@code .git}, {@code objects} or {@code commondir} entry (a link counts, wherever it points). {@code false}
     * means JGit's search finds no repository; {@code true} means it may.
     */
    public static boolean mayHold(Path directory) {
        return mayHold(directory, System.getenv());
    }

    static boolean mayHold(Path directory, Map<String, String> environment) {
        if (environment.get("GIT_DIR") != null) {
            return true;
        }
        for (Path dir = directory.toAbsolutePath(); dir != null; dir = dir.getParent()) {
            for (String marker : MARKERS) {
                if (Files.exists(dir.resolve(marker), LinkOption.NOFOLLOW_LINKS)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** JGit's search, in a class of its own: loading {@link GitDirectory} loads nothing of JGit. */
    private static final class Search {

        static Path gitDir(Path directory) {
            File gitDir = new FileRepositoryBuilder().readEnvironment().findGitDir(directory.toAbsolutePath().toFile())
                    .getGitDir();
            return gitDir == null ? null : gitDir.toPath();
        }
    }
}
