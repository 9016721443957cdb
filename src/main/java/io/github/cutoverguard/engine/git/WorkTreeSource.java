package io.github.cutoverguard.engine.git;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;

/**
 * The consumer's own source a run judged (DESIGN §6, evidence names its source), read with JGit and strictly read-only:
 * the HEAD commit ({@code null} before the first commit), the checked-out branch ({@code null} when HEAD is detached,
 * as in most CI checkouts) and whether tracked files have uncommitted changes.
 */
public record WorkTreeSource(String commit, String branch, boolean dirty) {

    /**
     * The root of the git work tree holding {@code directory} (found as git finds it: walking up to a {@code .git},
     * honouring {@code GIT_CEILING_DIRECTORIES}; nothing else is read), or empty outside one: reports name files
     * relative to it, as CI systems place them on a diff.
     */
    public static Optional<Path> workTreeOf(Path directory) {
        return GitDirectory.of(directory).filter(gitDir -> gitDir.getFileName() != null
                && gitDir.getFileName().toString().equals(".git")).map(gitDir -> gitDir.toAbsolutePath().getParent());
    }

    /**
     * The source of the git work tree holding {@code directory} (found as {@link #workTreeOf} finds it), or empty when
     * there is none (or it cannot be read). Outside every repository JGit is not loaded ({@link GitDirectory#mayHold}).
     */
    public static Optional<WorkTreeSource> of(Path directory) {
        return GitDirectory.mayHold(directory) ? Read.of(directory) : Optional.empty();
    }

    /**
     * {@link #of}, read on a thread of its own from now on, for a caller that changes no file of the work tree before it
     * asks (the status is of the tree as it is then): JGit's first use in a build (verifying its signed jar, opening the
     * repository, the status) takes a few hundred milliseconds on a cold JVM, which the caller's own work then overlaps.
     * Outside every repository no thread is started.
     */
    public static Supplier<Optional<WorkTreeSource>> readAhead(Path directory) {
        if (!GitDirectory.mayHold(directory)) {
            return Optional::empty;
        }
        FutureTask<Optional<WorkTreeSource>> reading = new FutureTask<>(() -> Read.of(directory));
        Thread thread = new Thread(reading, "cutover-guardrails-source");
        thread.setDaemon(true);
        thread.start();
        return () -> {
            try {
                return reading.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            } catch (ExecutionException e) {
                // Read.of returns empty on every exception: what is left is an Error, thrown here as of would throw it
                if (e.getCause() instanceof Error error) {
                    throw error;
                }
                throw new IllegalStateException(e.getCause());
            }
        };
    }

    /** The source read with JGit, in a class of its own: loading {@link WorkTreeSource} loads nothing of JGit. */
    private static final class Read {

        static Optional<WorkTreeSource> of(Path directory) {
            FileRepositoryBuilder builder = JGitInRealm.builder().readEnvironment()
                    .findGitDir(directory.toAbsolutePath().toFile());
            if (builder.getGitDir() == null) {
                return Optional.empty();
            }
            try (Repository repository = builder.setMustExist(true).build()) {
                if (repository.isBare()) {
                    return Optional.empty();
                }
                ObjectId head = repository.resolve(Constants.HEAD);
                Ref headRef = repository.exactRef(Constants.HEAD);
                String branch = headRef != null && headRef.isSymbolic()
                        ? Repository.shortenRefName(headRef.getTarget().getName()) : null;
                boolean dirty = head != null && new Git(repository).status().call().hasUncommittedChanges();
                return Optional.of(new WorkTreeSource(head == null ? null : head.name(), branch, dirty));
            } catch (IOException | GitAPIException | RuntimeException e) {
                return Optional.empty();
            }
        }
    }
}
