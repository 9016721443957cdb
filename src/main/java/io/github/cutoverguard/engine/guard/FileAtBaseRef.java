package io.github.cutoverguard.engine.guard;

import io.github.cutoverguard.engine.input.ProjectFiles;
import org.eclipse.jgit.errors.AmbiguousObjectException;
import org.eclipse.jgit.errors.IncorrectObjectTypeException;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.errors.RepositoryNotFoundException;
import org.eclipse.jgit.errors.RevisionSyntaxException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectLoader;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import io.github.cutoverguard.engine.git.JGitInRealm;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.AndTreeFilter;
import org.eclipse.jgit.treewalk.filter.PathFilter;
import org.eclipse.jgit.treewalk.filter.PathSuffixFilter;
import org.eclipse.jgit.treewalk.filter.TreeFilter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads one file as it is at a base ref, strictly read-only, with JGit: the repository is found by
 * walking up from the project directory as {@code git} does (honouring {@code GIT_DIR} and
 * {@code GIT_CEILING_DIRECTORIES}); the ref is resolved as given (ref name, SHA or revision
 * expression), then as {@code refs/remotes/…} and {@code refs/heads/…}. Nothing is fetched,
 * checked out or written. Every way the base can be unavailable is an {@link Unavailable} result
 * with a message and a fix, never an exception.
 */
final class FileAtBaseRef {

    /** The file at the base ref: its bytes, absent from that commit, a symbolic link there, or why the base cannot be read. */
    sealed interface AtBase permits Found, Absent, Linked, Unavailable {
    }

    /**
     * At {@code commit} the file is a symbolic link (its blob holds the link's text, {@code target}): never read as the
     * file's content.
     */
    record Linked(String commit, String path, String target) implements AtBase {
    }

    /** The file's bytes at {@code commit}; {@code path} is its path in the repository. */
    record Found(byte[] bytes, String commit, String path) implements AtBase {
    }

    /** The base commit has no such file. */
    record Absent(String commit) implements AtBase {
    }

    /** The base cannot be read: why, and how to fix it. */
    record Unavailable(String message, String hint) implements AtBase {
    }

    private record Resolved(String name, ObjectId id) {
    }

    private final Path projectDirectory;
    private final String baseRef;
    private final long maxBytes;

    FileAtBaseRef(Path projectDirectory, String baseRef, long maxBytes) {
        this.projectDirectory = projectDirectory;
        this.baseRef = baseRef;
        this.maxBytes = maxBytes;
    }

    /** The file {@code file} (shown as {@code display}) at the base ref. */
    AtBase read(Path file, String display) {
        FileRepositoryBuilder builder = JGitInRealm.builder().readEnvironment().findGitDir(projectDirectory.toFile());
        if (builder.getGitDir() == null) {
            return noRepository(display);
        }
        try (Repository repo = builder.setMustExist(true).build()) {
            return read(repo, file, display);
        } catch (RepositoryNotFoundException e) {
            return noRepository(display);
        } catch (MissingObjectException e) {
            return new Unavailable("objects of base ref " + baseRef + " are missing from this clone" + cloneState(builder)
                    + ", so " + display + " cannot be compared with it", fetchHint(Set.of()));
        } catch (IOException | RuntimeException e) {
            // also JGit's unchecked errors (e.g. NoWorkTreeException): a breach with the cause, never a stack trace
            return new Unavailable(repository(builder.getGitDir().toPath()) + " cannot be read ("
                    + ProjectFiles.describe(e) + "), so " + display + " cannot be compared with " + baseRef,
                    "check that the clone is complete and readable (git fsck), or set pinBaseRefOptional=true");
        }
    }

    /**
     * Every file under the project directory at the base ref whose name ends with {@code suffix}, of at most
     * {@code maxBlob} bytes, whose bytes contain {@code text} (UTF-8), with its path relative to the project directory; empty
     * when the base cannot be read (the comparison of the configured file reports why).
     */
    List<Found> findUnderProject(String suffix, String text, long maxBlob) {
        byte[] marker = text.getBytes(StandardCharsets.UTF_8);
        FileRepositoryBuilder builder = JGitInRealm.builder().readEnvironment().findGitDir(projectDirectory.toFile());
        if (builder.getGitDir() == null) {
            return List.of();
        }
        try (Repository repo = builder.setMustExist(true).build()) {
            Path workTree = repo.getWorkTree().toPath().toRealPath();
            Path project = projectDirectory.toRealPath();
            if (!project.startsWith(workTree)) {
                return List.of();
            }
            String prefix = workTree.relativize(project).toString().replace('\\', '/');
            Resolved ref = resolve(repo);
            if (ref == null) {
                return List.of();
            }
            List<Found> found = new ArrayList<>();
            try (RevWalk walk = new RevWalk(repo); TreeWalk tree = new TreeWalk(repo)) {
                RevCommit commit = walk.parseCommit(ref.id());
                tree.addTree(commit.getTree());
                tree.setRecursive(true);
                TreeFilter suffixFilter = PathSuffixFilter.create(suffix);
                tree.setFilter(prefix.isEmpty() ? suffixFilter : AndTreeFilter.create(PathFilter.create(prefix), suffixFilter));
                while (tree.next()) {
                    if (tree.getFileMode(0).getObjectType() != Constants.OBJ_BLOB || FileMode.SYMLINK.equals(tree.getRawMode(0))) {
                        continue;
                    }
                    ObjectLoader loader = repo.open(tree.getObjectId(0), Constants.OBJ_BLOB);
                    if (loader.getSize() > maxBlob) {
                        continue;
                    }
                    byte[] bytes = loader.getBytes();
                    if (contains(bytes, marker)) {
                        String path = tree.getPathString();
                        found.add(new Found(bytes, commit.name(), prefix.isEmpty() ? path : path.substring(prefix.length() + 1)));
                    }
                }
            }
            return found;
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }

    /**
     * The versions of {@code file} along the base ref's history, newest first: its content at each of the (at most
     * {@code limit}) latest commits that changed it, as {@link Found}; empty when the base cannot be read, the file is
     * outside the work tree, or the history is not in the clone (a shallow clone ends where its history does).
     */
    List<Found> versions(Path file, int limit) {
        FileRepositoryBuilder builder = JGitInRealm.builder().readEnvironment().findGitDir(projectDirectory.toFile());
        if (builder.getGitDir() == null) {
            return List.of();
        }
        try (Repository repo = builder.setMustExist(true).build()) {
            Path workTree = repo.getWorkTree().toPath().toRealPath();
            Optional<String> path = inRepository(workTree, file);
            Resolved ref = resolve(repo);
            if (path.isEmpty() || ref == null) {
                return List.of();
            }
            String inRepo = path.get();
            List<Found> versions = new ArrayList<>();
            try (RevWalk walk = new RevWalk(repo)) {
                walk.setTreeFilter(AndTreeFilter.create(PathFilter.create(inRepo), TreeFilter.ANY_DIFF));
                walk.markStart(walk.parseCommit(ref.id()));
                for (RevCommit commit : walk) {
                    if (versions.size() == limit) {
                        break;
                    }
                    try (TreeWalk tree = TreeWalk.forPath(repo, inRepo, commit.getTree())) {
                        if (tree == null || tree.getFileMode(0).getObjectType() != Constants.OBJ_BLOB
                                || FileMode.SYMLINK.equals(tree.getRawMode(0))) {
                            break;
                        }
                        ObjectLoader loader = repo.open(tree.getObjectId(0), Constants.OBJ_BLOB);
                        if (loader.getSize() > maxBytes) {
                            break;
                        }
                        versions.add(new Found(loader.getBytes(), commit.name(), inRepo));
                    }
                }
            }
            return versions;
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }

    /** A git directory or work tree as messages name it: relative to the project, never the machine's path. */
    private String repository(Path directory) {
        String shown = new ProjectFiles(projectDirectory).display(directory);
        return shown.equals(".") ? "the project's git repository" : "the git repository " + shown;
    }

    private static boolean contains(byte[] bytes, byte[] marker) {
        outer:
        for (int i = 0; i + marker.length <= bytes.length; i++) {
            for (int j = 0; j < marker.length; j++) {
                if (bytes[i + j] != marker[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    private AtBase read(Repository repo, Path pin, String display) throws IOException {
        Path workTree = repo.getWorkTree().toPath().toRealPath();
        Optional<String> path = inRepository(workTree, pin);
        if (path.isEmpty()) {
            return new Unavailable(display + " is outside " + repository(workTree) + ", so it cannot be compared with "
                    + baseRef, "keep the pin inside the project's repository, or set pinBaseRefOptional=true");
        }
        String inRepo = path.get();
        String state = cloneState(repo);
        Resolved ref;
        try {
            ref = resolve(repo);
        } catch (RevisionSyntaxException | AmbiguousObjectException e) {
            return new Unavailable("base ref " + baseRef + " is not a usable git revision (" + e.getMessage() + "), so "
                    + display + " cannot be compared with it", "set pinBaseRef (-Dcutover.pinBaseRef) to a branch, "
                    + "remote branch, tag or full commit SHA, e.g. origin/main");
        }
        if (ref == null) {
            return new Unavailable("base ref " + baseRef + " does not exist in this clone" + state + ", so " + display
                    + " cannot be compared with it", fetchHint(repo.getRemoteNames()));
        }
        try (RevWalk walk = new RevWalk(repo)) {
            RevCommit commit;
            try {
                commit = walk.parseCommit(ref.id());
            } catch (MissingObjectException e) {
                return new Unavailable("commit " + abbreviate(ref.id().name()) + " of base ref " + baseRef
                        + " is not in this clone" + state + ", so " + display + " cannot be compared with it",
                        fetchHint(repo.getRemoteNames()));
            } catch (IncorrectObjectTypeException e) {
                return new Unavailable("base ref " + baseRef + " (" + ref.name() + ") does not name a commit, so "
                        + display + " cannot be compared with it", "set pinBaseRef to a branch, tag or commit");
            }
            try (TreeWalk tree = TreeWalk.forPath(repo, inRepo, commit.getTree())) {
                if (tree == null || tree.getFileMode(0).getObjectType() != Constants.OBJ_BLOB) {
                    return new Absent(commit.name());
                }
                if (FileMode.SYMLINK.equals(tree.getRawMode(0))) {
                    ObjectLoader link = repo.open(tree.getObjectId(0), Constants.OBJ_BLOB);
                    return new Linked(commit.name(), inRepo, link.getSize() > 4096 ? "a target of " + link.getSize()
                            + " bytes" : new String(link.getBytes(), StandardCharsets.UTF_8));
                }
                ObjectLoader loader = repo.open(tree.getObjectId(0), Constants.OBJ_BLOB);
                if (loader.getSize() > maxBytes) {
                    return new Unavailable(display + " at " + baseRef + " is " + loader.getSize() + " bytes, above the "
                            + maxBytes + "-byte input limit", "raise maxInputBytes (-Dcutover.maxInputBytes)");
                }
                return new Found(loader.getBytes(), commit.name(), inRepo);
            }
        }
    }

    /**
     * {@code file}'s path in the repository whose work tree is {@code workTree} ({@code /}-separated), its directory
     * taken as it really is (links resolved, as git sees the tree); empty when it lies outside the work tree.
     */
    private static Optional<String> inRepository(Path workTree, Path file) throws IOException {
        Path parent = file.getParent();
        Path real = (parent != null && parent.toFile().isDirectory() ? parent.toRealPath() : file.toAbsolutePath().getParent())
                .resolve(file.getFileName());
        return real.startsWith(workTree) ? Optional.of(workTree.relativize(real).toString().replace('\\', '/'))
                : Optional.empty();
    }

    /** The ref as given (a ref name, SHA or revision expression), then as a remote-tracking or local branch. */
    private Resolved resolve(Repository repo) throws IOException {
        List<String> names = new ArrayList<>(List.of(baseRef));
        if (!baseRef.startsWith(Constants.R_REFS)) {
            names.add(Constants.R_REMOTES + baseRef);
            names.add(Constants.R_HEADS + baseRef);
        }
        for (String name : names) {
            Ref ref = repo.exactRef(name);
            if (ref != null && ref.getObjectId() != null) {
                return new Resolved(ref.getName(), ref.getObjectId());
            }
        }
        ObjectId id = repo.resolve(baseRef);
        return id == null ? null : new Resolved(baseRef, id);
    }

    private Unavailable noRepository(String display) {
        return new Unavailable("no git repository contains the project directory, so " + display
                + " cannot be compared with " + baseRef, "run the build inside the project's git clone (not an "
                + "exported copy or source archive), or set pinBaseRefOptional=true where no git history is available");
    }

    /**
     * E.g. {@code fetch the base ref: git fetch --depth=1 origin +refs/heads/main:refs/remotes/origin/main}. The refspec
     * names the destination: in a {@code --single-branch} clone, {@code git fetch origin main} updates only
     * {@code FETCH_HEAD} and leaves {@code origin/main} missing.
     */
    private String fetchHint(Set<String> remotes) {
        String name = baseRef.startsWith(Constants.R_REMOTES) ? baseRef.substring(Constants.R_REMOTES.length()) : baseRef;
        int slash = name.indexOf('/');
        String command;
        if (baseRef.chars().anyMatch(c -> "~^:@{} ".indexOf(c) >= 0)) {
            return "fetch the history the base ref needs (e.g. git fetch --depth=50 origin +refs/heads/main:refs/remotes/origin/main), or point pinBaseRef "
                    + "(-Dcutover.pinBaseRef) at a plain ref this clone has, e.g. origin/main";
        } else if (slash > 0 && !name.startsWith(Constants.R_REFS)
                && (remotes.contains(name.substring(0, slash)) || remotes.isEmpty() || name.startsWith("origin/"))) {
            String remote = name.substring(0, slash);
            String branch = name.substring(slash + 1);
            command = "git fetch --depth=1 " + remote + " +" + Constants.R_HEADS + branch + ":" + Constants.R_REMOTES
                    + remote + "/" + branch;
        } else if (baseRef.startsWith(Constants.R_HEADS)) {
            command = "git fetch --depth=1 origin +" + baseRef + ":" + baseRef;
        } else {
            command = "git fetch --depth=1 origin " + baseRef;
        }
        return "fetch the base ref: " + command + " (in CI, check out with enough history), or point pinBaseRef "
                + "(-Dcutover.pinBaseRef) at a ref this clone has";
    }

    private static String cloneState(FileRepositoryBuilder builder) {
        return builder.getGitDir() != null && builder.getGitDir().toPath().resolve("shallow").toFile().isFile()
                ? " (a shallow clone)" : "";
    }

    /** E.g. {@code " (a shallow clone; HEAD is detached)"}, or empty. */
    private static String cloneState(Repository repo) {
        List<String> facts = new ArrayList<>();
        try {
            if (!repo.getObjectDatabase().getShallowCommits().isEmpty()) {
                facts.add("a shallow clone");
            }
            Ref head = repo.exactRef(Constants.HEAD);
            if (head != null && !head.isSymbolic()) {
                facts.add("HEAD is detached");
            }
        } catch (IOException e) {
            // the state only adds detail to the message
        }
        return facts.isEmpty() ? "" : " (" + String.join("; ", facts) + ")";
    }

    private static String abbreviate(String sha) {
        return sha.length() > 12 ? sha.substring(0, 12) : sha;
    }
}
