package io.github.cutoverguard.engine.testing;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * A producer git repository made in a test, releasing the way real producers do (as the reference producer tags
 * {@code v0.3.2}): a code commit, then a commit adding the manifest that names the code commit (a file cannot name its
 * own commit), and an annotated tag on that second commit.
 */
public final class ProducerReleases implements AutoCloseable {

    /** One release: the commit its manifest names, the commit its tag is on, and the manifest's bytes. */
    public record Release(String code, String tagged, byte[] manifest) {
    }

    private final Git git;
    private final Path dir;
    private int minutes;

    public ProducerReleases(Path dir) {
        this.dir = dir;
        try {
            this.git = Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The repository's directory. */
    public Path dir() {
        return dir;
    }

    /**
     * Releases {@code tag}: commits {@code code} (a change to {@code src/service.txt}), then {@code manifestPath} holding
     * {@code manifest} with every {@code @@CODE_SHA@@} replaced by the code commit's SHA, and tags that commit.
     */
    public Release release(String tag, String code, String manifestPath, String manifest) {
        try {
            RevCommit codeCommit = commit("src/service.txt", code.getBytes(StandardCharsets.UTF_8), "code for " + tag);
            byte[] bytes = manifest.replace("@@CODE_SHA@@", codeCommit.name()).getBytes(StandardCharsets.UTF_8);
            RevCommit tagged = commit(manifestPath, bytes, "release manifest " + tag);
            PersonIdent who = who();
            git.tag().setName(tag).setObjectId(tagged).setAnnotated(true).setSigned(false).setMessage("release " + tag)
                    .setTagger(who).call();
            return new Release(codeCommit.name(), tagged.name(), bytes);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Releases {@code tag} with several files in its release commit (e.g. a canonical manifest and its mirrors): each
     * path of {@code files} holds its text with every {@code @@CODE_SHA@@} replaced by the code commit's SHA. The
     * release's manifest is the first file's bytes.
     */
    public Release release(String tag, String code, java.util.Map<String, String> files) {
        try {
            RevCommit codeCommit = commit("src/service.txt", code.getBytes(StandardCharsets.UTF_8), "code for " + tag);
            byte[] first = null;
            for (java.util.Map.Entry<String, String> file : files.entrySet()) {
                byte[] bytes = file.getValue().replace("@@CODE_SHA@@", codeCommit.name()).getBytes(StandardCharsets.UTF_8);
                Path path = dir.resolve(file.getKey());
                Files.createDirectories(path.getParent());
                Files.write(path, bytes);
                git.add().addFilepattern(file.getKey()).call();
                first = first == null ? bytes : first;
            }
            PersonIdent who = who();
            RevCommit tagged = git.commit().setMessage("release " + tag).setAuthor(who).setCommitter(who).setSign(false)
                    .setNoVerify(true).call();
            git.tag().setName(tag).setObjectId(tagged).setAnnotated(true).setSigned(false).setMessage("release " + tag)
                    .setTagger(who()).call();
            return new Release(codeCommit.name(), tagged.name(), first);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Moves {@code tag} (force, annotated) to a new commit on top of the tag's commit, on a branch of its own, that
     * changes {@code path} to {@code content} (the manifest stays as it was), as a producer that re-releases a tag does;
     * returns the new commit's SHA. The work tree is back on {@code main} afterwards.
     */
    public String moveTag(String tag, String path, String content) {
        try {
            String branch = git.getRepository().getBranch();
            git.checkout().setCreateBranch(true).setName("rerelease-" + tag)
                    .setStartPoint(git.getRepository().resolve("refs/tags/" + tag + "^{commit}").name()).call();
            RevCommit moved = commit(path, content.getBytes(StandardCharsets.UTF_8), "after " + tag);
            git.tag().setName(tag).setObjectId(moved).setAnnotated(true).setSigned(false).setForceUpdate(true)
                    .setMessage("release " + tag + " again").setTagger(who()).call();
            git.checkout().setName(branch).call();
            return moved.name();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Sets the clone's {@code origin} remote URL. */
    public void origin(String url) {
        try {
            var config = git.getRepository().getConfig();
            config.setString("remote", "origin", "url", url);
            config.save();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private RevCommit commit(String path, byte[] content, String message) throws Exception {
        Path file = dir.resolve(path);
        Files.createDirectories(file.getParent());
        Files.write(file, content);
        git.add().addFilepattern(path).call();
        PersonIdent who = who();
        return git.commit().setMessage(message).setAuthor(who).setCommitter(who).setSign(false).setNoVerify(true).call();
    }

    private PersonIdent who() {
        minutes++;
        return new PersonIdent("Producer Release Bot", "release-bot@producer.invalid",
                Instant.parse("2026-02-01T10:00:00Z").plusSeconds(60L * minutes), ZoneOffset.UTC);
    }

    @Override
    public void close() {
        git.close();
    }
}
