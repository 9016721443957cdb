package io.github.cutoverguard.engine.git;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Iterator;
import java.util.Objects;
import java.util.Optional;

/**
 * The time before which nothing generated from a committed file can have been made: the commit that last changed the
 * file, in the git work tree holding it (read with JGit, strictly read-only). When that same commit also changed the
 * generated file (both were made and then committed together), the generated file can only be as old as the
 * commit before it, its first parent.
 *
 * @param commit     the commit that last changed the source file (abbreviated to 12 hex digits)
 * @param notBefore  the earliest time a file generated from it can carry
 * @param withOutput whether that commit also changed the generated file, so that {@code notBefore} is its parent's
 */
public record LastChange(String commit, Instant notBefore, boolean withOutput) {

    private static final int ABBREVIATION = 12;

    public LastChange {
        Objects.requireNonNull(commit, "commit");
        Objects.requireNonNull(notBefore, "notBefore");
    }

    /**
     * The last change of {@code source} on the checked-out commit, or empty when git cannot say: no work tree holds it,
     * no commit has changed it, the change found is a shallow clone's boundary (which seems to add every file), or the
     * repository cannot be read.
     *
     * @param source the committed source (e.g. the canonical manifest)
     * @param output the file generated from it (e.g. the handoff), which may have been committed with it
     *               (outside every repository JGit is not loaded: {@link GitDirectory#mayHold})
     */
    public static Optional<LastChange> of(Path source, Path output) {
        Path file = source.toAbsolutePath().normalize();
        Path parent = file.getParent();
        if (parent == null) {
            return Optional.empty();
        }
        return GitDirectory.mayHold(parent) ? Read.of(file, parent, output) : Optional.empty();
    }

    /** The last change read with JGit, in a class of its own: loading {@link LastChange} loads nothing of JGit. */
    private static final class Read {

        static Optional<LastChange> of(Path file, Path parent, Path output) {
            FileRepositoryBuilder builder = JGitInRealm.builder().readEnvironment().findGitDir(parent.toFile());
            if (builder.getGitDir() == null) {
                return Optional.empty();
            }
            try (Repository repository = builder.setMustExist(true).build()) {
                if (repository.isBare()) {
                    return Optional.empty();
                }
                Path workTree = repository.getWorkTree().toPath().toAbsolutePath().normalize();
                Optional<String> path = inside(workTree, file);
                ObjectId head = repository.resolve(Constants.HEAD);
                if (path.isEmpty() || head == null) {
                    return Optional.empty();
                }
                Iterator<RevCommit> log = new Git(repository).log().add(head).addPath(path.get()).setMaxCount(1).call()
                        .iterator();
                if (!log.hasNext()) {
                    return Optional.empty();
                }
                RevCommit change = log.next();
                if (repository.getObjectDatabase().getShallowCommits().contains(change)) {
                    return Optional.empty(); // a shallow clone's boundary seems to change every file: git cannot say
                }
                Optional<String> generated = inside(workTree, output.toAbsolutePath().normalize());
                try (RevWalk walk = new RevWalk(repository)) {
                    RevCommit commit = walk.parseCommit(change);
                    String name = commit.abbreviate(ABBREVIATION).name();
                    if (generated.isEmpty() || !changed(repository, walk, commit, generated.get())) {
                        return Optional.of(new LastChange(name, Instant.ofEpochSecond(commit.getCommitTime()), false));
                    }
                    if (commit.getParentCount() == 0) {
                        return Optional.empty();
                    }
                    RevCommit before = walk.parseCommit(commit.getParent(0));
                    return Optional.of(new LastChange(name, Instant.ofEpochSecond(before.getCommitTime()), true));
                }
            } catch (IOException | GitAPIException | RuntimeException e) {
                return Optional.empty();
            }
        }

        /** Whether {@code commit} changed {@code path} against its first parent (or added it as a root commit). */
        private static boolean changed(Repository repository, RevWalk walk, RevCommit commit, String path)
                throws IOException {
            ObjectId now = blob(repository, commit, path);
            ObjectId before = commit.getParentCount() == 0 ? null
                    : blob(repository, walk.parseCommit(commit.getParent(0)), path);
            return !Objects.equals(now, before);
        }

        private static ObjectId blob(Repository repository, RevCommit commit, String path) throws IOException {
            try (TreeWalk tree = TreeWalk.forPath(repository, path, commit.getTree())) {
                return tree == null ? null : tree.getObjectId(0);
            }
        }
    }

    /** {@code file} relative to {@code workTree} with {@code /} separators, when it is inside it. */
    private static Optional<String> inside(Path workTree, Path file) {
        if (!file.startsWith(workTree) || file.equals(workTree)) {
            return Optional.empty();
        }
        return Optional.of(workTree.relativize(file).toString().replace('\\', '/'));
    }

    /** E.g. "commit 1a2b3c4d5e6f (2026-02-01T10:02:00Z) that last changed contracts/manifest.json". */
    public String describe(String source) {
        return withOutput
                ? "the parent (" + notBefore + ") of commit " + commit + ", which changed " + source
                        + " together with the handoff"
                : "commit " + commit + " (" + notBefore + ") that last changed " + source;
    }
}
