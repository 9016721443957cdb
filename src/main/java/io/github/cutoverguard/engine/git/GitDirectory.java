package io.github.cutoverguard.engine.git;


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

    /** The variables JGit's {@code readEnvironment} reads to locate a repository (its {@code Constants.GIT_*_KEY}). */
    private static final List<String> LOCATING = List.of("GIT_DIR", "GIT_COMMON_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE",
            "GIT_OBJECT_DIRECTORY", "GIT_ALTERNATE_OBJECT_DIRECTORIES", "GIT_CEILING_DIRECTORIES");

    private GitDirectory() {
    }

    /**
     * The git directory of the repository holding {@code directory}, or empty outside every repository. The common
     * case, a plain {@code .git} repository directory above with no {@code GIT_*} variable set, is found without JGit
     * ({@link #plainDotGit}); every other layout is JGit's to find.
     */
    public static Optional<Path> of(Path directory) {
        return of(directory, System.getenv());
    }

    static Optional<Path> of(Path directory, Map<String, String> environment) {
        if (!mayHold(directory, environment)) {
            return Optional.empty();
        }
        Optional<Path> plain = plainDotGit(directory, environment);
        return plain.isPresent() ? plain : Optional.ofNullable(Search.gitDir(directory));
    }

    /**
     * The {@code .git} directory JGit's search certainly stops at, or empty when the answer is JGit's: none of the
     * {@link #LOCATING} variables is set,
     * and the first directory upwards holding a marker holds a real directory {@code .git} that is a repository of its
     * own as JGit's {@code FileKey.isGitRepository} tests it ({@code objects} and {@code refs} directories, no
     * {@code commondir}, a {@code HEAD} that is a symbolic ref or an object id), and no {@code objects} or
     * {@code commondir} of its own.
     */
    static Optional<Path> plainDotGit(Path directory, Map<String, String> environment) {
        if (LOCATING.stream().anyMatch(environment::containsKey)) {
            return Optional.empty();
        }
        for (Path dir = directory.toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (!hasMarker(dir)) {
                continue;
            }
            Path dotGit = dir.resolve(".git");
            boolean own = Files.exists(dir.resolve("objects"), LinkOption.NOFOLLOW_LINKS)
                    || Files.exists(dir.resolve("commondir"), LinkOption.NOFOLLOW_LINKS);
            return !own && isRepository(dotGit) ? Optional.of(dotGit) : Optional.empty();
        }
        return Optional.empty();
    }

    private static boolean isRepository(Path dotGit) {
        if (!Files.isDirectory(dotGit, LinkOption.NOFOLLOW_LINKS)
                || !Files.isDirectory(dotGit.resolve("objects"), LinkOption.NOFOLLOW_LINKS)
                || !Files.isDirectory(dotGit.resolve("refs"), LinkOption.NOFOLLOW_LINKS)
                || Files.exists(dotGit.resolve("commondir"), LinkOption.NOFOLLOW_LINKS)
                || !Files.isRegularFile(dotGit.resolve("HEAD"), LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        try {
            String head = Files.readString(dotGit.resolve("HEAD"), java.nio.charset.StandardCharsets.UTF_8).strip();
            return head.startsWith("ref: refs/") || head.matches("[0-9a-f]{40}");
        } catch (java.io.IOException | java.io.UncheckedIOException e) {
            return false;
        }
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
            if (hasMarker(dir)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code dir} has a {@link #MARKERS} entry (a link counts, wherever it points). */
    private static boolean hasMarker(Path dir) {
        return MARKERS.stream().anyMatch(marker -> Files.exists(dir.resolve(marker), LinkOption.NOFOLLOW_LINKS));
    }

    /** JGit's search, in a class of its own: loading {@link GitDirectory} loads nothing of JGit. */
    private static final class Search {

        static Path gitDir(Path directory) {
            File gitDir = JGitInRealm.builder().readEnvironment().findGitDir(directory.toAbsolutePath().toFile())
                    .getGitDir();
            return gitDir == null ? null : gitDir.toPath();
        }
    }
}
