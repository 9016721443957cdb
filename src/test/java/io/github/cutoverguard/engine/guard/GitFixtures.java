package io.github.cutoverguard.engine.guard;

import io.github.cutoverguard.engine.testing.Fixtures;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Small git repositories for the guard tests, built with JGit. */
public final class GitFixtures {

    /** The rehearsal pin (the reference sample's shape), 11 lines. */
    public static final String PIN = """
            {
              "memorykernel_repo": "https://github.com/saagar210/MemoryKernel",
              "release_tag": "v0.3.2",
              "commit_sha": "cf331449e1589581a5dcbb3adecd3e9ae4509277",
              "expected_service_contract_version": "service.v2",
              "expected_api_contract_version": "api.v1",
              "expected_integration_baseline": "integration/v1",
              "expected_producer_manifest_sha256": "67408e0bcf7d9e88c27c9e54c996c32d23aa915eb572ede46dd5ee6e3728c6f6",
              "default_base_url": "http://127.0.0.1:4010",
              "default_timeout_ms": 2500
            }
            """;

    private GitFixtures() {
    }

    private static PersonIdent who(int minutes) {
        return new PersonIdent("Consumer", "consumer@example.invalid",
                Instant.parse("2026-03-01T10:00:00Z").plusSeconds(60L * minutes), ZoneOffset.UTC);
    }

    /** A new repository at {@code dir} on branch {@code main}. */
    public static Git init(Path dir) {
        try {
            return Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes {@code files} (path to content) into the work tree and commits them. */
    public static RevCommit commit(Git git, Map<String, String> files, String message) {
        try {
            Path root = git.getRepository().getWorkTree().toPath();
            for (Map.Entry<String, String> file : files.entrySet()) {
                Fixtures.write(root, file.getKey(), file.getValue());
                git.add().addFilepattern(file.getKey()).call();
            }
            int minutes = (int) Files.list(root).count();
            return git.commit().setMessage(message).setAuthor(who(minutes)).setCommitter(who(minutes))
                    .setSign(false).setNoVerify(true).call();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A clone of {@code upstream} at {@code dir}: its {@code origin/main} is the upstream's main. */
    public static Git clone(Path upstream, Path dir) {
        try {
            return Git.cloneRepository().setURI(upstream.toUri().toString()).setDirectory(dir.toFile()).call();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every file under {@code dir} with its size and modification time, to prove nothing was written. */
    public static Map<String, String> snapshot(Path dir) {
        Map<String, String> result = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                if (p.getFileName().toString().startsWith("gc.log")) {
                    continue; // JGit's auto-gc check after the fixture's clone, in a background thread: not ours
                }
                result.put(dir.relativize(p).toString(), Files.size(p) + "@" + Files.getLastModifiedTime(p).toMillis());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return result;
    }
}
