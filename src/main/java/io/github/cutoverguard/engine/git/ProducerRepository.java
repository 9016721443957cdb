package io.github.cutoverguard.engine.git;

import io.github.cutoverguard.engine.input.ProjectFiles;
import org.eclipse.jgit.errors.RepositoryNotFoundException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;

import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A local clone of the producer (work tree or bare), read with JGit: its release tags, its history and the files in
 * the tree at a commit. Strictly read-only: nothing is fetched, checked out or written. The directory itself must be
 * the clone; an enclosing repository (the consumer's own) is never used.
 */
public final class ProducerRepository implements AutoCloseable {

    private final Repository repository;
    private final File directory;
    private final String name;

    private ProducerRepository(Repository repository, File directory, String name) {
        this.repository = repository;
        this.directory = directory;
        this.name = name;
    }

    /** Why the clone cannot be read: the message and how to fix it. */
    public static final class Unusable extends Exception {
        private final String hint;

        Unusable(String message, String hint, Throwable cause) {
            super(message, cause);
            this.hint = hint;
        }

        public String hint() {
            return hint;
        }
    }

    /**
     * Opens the clone at {@code directory}.
     *
     * @param name how the repository is shown to the user
     * @throws Unusable when it is no git repository or cannot be read
     */
    public static ProducerRepository open(File directory, String name) throws Unusable {
        FileRepositoryBuilder builder = JGitInRealm.builder().setMustExist(true);
        if (new File(directory, Constants.DOT_GIT).exists()) {
            builder.setWorkTree(directory);
        } else {
            builder.setGitDir(directory);
        }
        try {
            return new ProducerRepository(builder.build(), directory, name);
        } catch (RepositoryNotFoundException | IllegalArgumentException e) {
            throw new Unusable(name + " is not a git repository",
                    "point producerRepository at a local clone of the producer (git clone <producer-url>)", e);
        } catch (IOException e) {
            throw unreadable(e, directory, name);
        }
    }

    /** How the repository is shown to the user. */
    public String name() {
        return name;
    }

    /** The commit {@code tag} resolves to (annotated tags peeled), or empty when there is no such tag. */
    public Optional<String> tagCommit(String tag) throws Unusable {
        try {
            Ref ref = repository.exactRef(Constants.R_TAGS + tag);
            if (ref == null) {
                return Optional.empty();
            }
            Ref peeled = repository.getRefDatabase().peel(ref);
            ObjectId target = peeled.getPeeledObjectId() != null ? peeled.getPeeledObjectId() : peeled.getObjectId();
            return Optional.of(target.name());
        } catch (IOException e) {
            throw unreadable(e);
        }
    }

    /** Whether the repository holds the commit {@code sha} (full hex, any case). */
    public boolean hasCommit(String sha) throws Unusable {
        String lower = sha.toLowerCase(Locale.ROOT);
        if (!ObjectId.isId(lower)) {
            return false;
        }
        try {
            return repository.getObjectDatabase().has(ObjectId.fromString(lower));
        } catch (IOException e) {
            throw unreadable(e);
        }
    }

    /** Whether {@code ancestor} is {@code descendant} or one of its ancestors (both held commits). */
    public boolean isAncestorOrSelf(String ancestor, String descendant) throws Unusable {
        try (RevWalk walk = new RevWalk(repository)) {
            RevCommit older = walk.parseCommit(ObjectId.fromString(ancestor.toLowerCase(Locale.ROOT)));
            RevCommit newer = walk.parseCommit(ObjectId.fromString(descendant.toLowerCase(Locale.ROOT)));
            return walk.isMergedInto(older, newer);
        } catch (IOException e) {
            throw unreadable(e);
        }
    }

    /** The bytes of the file at {@code path} (forward slashes) in the tree of {@code commit}, or empty. */
    public Optional<byte[]> fileAt(String commit, String path) throws Unusable {
        try (RevWalk walk = new RevWalk(repository)) {
            RevCommit rev = walk.parseCommit(ObjectId.fromString(commit));
            try (TreeWalk tree = TreeWalk.forPath(repository, path, rev.getTree())) {
                if (tree == null || (tree.getFileMode(0).getBits() & FileMode.TYPE_MASK) != FileMode.TYPE_FILE) {
                    return Optional.empty();
                }
                return Optional.of(repository.open(tree.getObjectId(0), Constants.OBJ_BLOB).getBytes());
            }
        } catch (IOException e) {
            throw unreadable(e);
        }
    }

    /** A regular file in the tree at a commit (never a symbolic link or a submodule): its path and its blob. */
    public record TreeFile(String path, ObjectId blob) {
    }

    /**
     * The regular files in the tree of {@code commit} whose path {@code selected} accepts, in tree order, at most
     * {@code limit + 1} of them (one more than the limit says that there are more). Symbolic links and submodules are
     * never listed, so never followed.
     */
    public List<TreeFile> files(String commit, java.util.function.Predicate<String> selected, int limit) throws Unusable {
        List<TreeFile> found = new ArrayList<>();
        try (RevWalk walk = new RevWalk(repository); TreeWalk tree = new TreeWalk(repository)) {
            tree.addTree(walk.parseCommit(ObjectId.fromString(commit)).getTree());
            tree.setRecursive(true);
            while (tree.next() && found.size() <= limit) {
                if ((tree.getFileMode(0).getBits() & FileMode.TYPE_MASK) == FileMode.TYPE_FILE
                        && selected.test(tree.getPathString())) {
                    found.add(new TreeFile(tree.getPathString(), tree.getObjectId(0).copy()));
                }
            }
            return found;
        } catch (IOException e) {
            throw unreadable(e);
        }
    }

    /** The bytes of {@code file}, or empty when it is larger than {@code maxBytes} (nothing is then read). */
    public Optional<byte[]> read(TreeFile file, long maxBytes) throws Unusable {
        try {
            var loader = repository.open(file.blob(), Constants.OBJ_BLOB);
            return loader.getSize() > maxBytes ? Optional.empty()
                    : Optional.of(loader.getBytes((int) Math.min(maxBytes, Integer.MAX_VALUE - 8)));
        } catch (IOException e) {
            throw unreadable(e);
        }
    }

    /** The URL of the clone's {@code origin} remote, or empty. */
    public Optional<String> originUrl() {
        String url = repository.getConfig().getString("remote", "origin", "url");
        return url == null || url.isBlank() ? Optional.empty() : Optional.of(url);
    }

    private Unusable unreadable(IOException e) {
        return unreadable(e, directory, name);
    }

    /**
     * Why the clone cannot be read, the clone named as the user wrote it: JGit's messages carry the absolute paths of the
     * clone's files ({@code /home/ci/inventory-service/.git/objects/pack/…}), shown inside the clone's name instead.
     */
    private static Unusable unreadable(IOException e, File directory, String name) {
        String reason = ProjectFiles.withPathShown(ProjectFiles.describe(e), directory.toPath(), name);
        return new Unusable(name + " cannot be read: " + reason,
                "check that producerRepository is a complete, readable clone", e);
    }

    @Override
    public void close() {
        repository.close();
    }
}
