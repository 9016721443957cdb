package io.github.cutoverguard.engine.parity;

import io.github.cutoverguard.engine.input.FileTree;
import io.github.cutoverguard.engine.input.InputReader;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * SHA-256 of many files, streamed and in parallel with bounded memory: at most {@code parallelism}
 * worker threads, each with one {@value #BUFFER_SIZE}-byte buffer and one digest, take the next file
 * from a shared counter until none is left. No file is ever held in memory, whatever its size, and
 * the results come back in input order whatever the parallelism.
 */
final class StreamingHasher {

    /** The read buffer of each worker, in bytes. */
    static final int BUFFER_SIZE = 64 * 1024;

    /** The outcome for one file: its lowercase hex SHA-256, or why it could not be read. */
    record Digest(String sha256, String error) {

        boolean ok() {
            return sha256 != null;
        }
    }

    private final int parallelism;

    StreamingHasher(int parallelism) {
        if (parallelism < 1) {
            throw new IllegalArgumentException("parallelism must be at least 1, was " + parallelism);
        }
        this.parallelism = parallelism;
    }

    /** The digest of each file, at the same index as the file. Never throws for unreadable files. */
    List<Digest> hashAll(List<Path> files) {
        Digest[] results = new Digest[files.size()];
        AtomicInteger next = new AtomicInteger();
        int workers = Math.min(parallelism, files.size());
        if (workers <= 1) {
            new Worker(files, results, next).call();
        } else {
            inPool(workers, files, results, next);
        }
        for (int i = 0; i < results.length; i++) {
            if (results[i] == null) {
                results[i] = new Digest(null, "not hashed: the build was interrupted");
            }
        }
        return List.of(results);
    }

    private static void inPool(int workers, List<Path> files, Digest[] results, AtomicInteger next) {
        ExecutorService pool = Executors.newFixedThreadPool(workers, daemonThreads());
        try {
            List<Callable<Void>> tasks = new ArrayList<>();
            for (int i = 0; i < workers; i++) {
                tasks.add(new Worker(files, results, next));
            }
            for (Future<Void> done : pool.invokeAll(tasks)) {
                done.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            // Worker.call() handles every failure per file; a file left without a result is reported by the caller.
        } finally {
            pool.shutdownNow();
        }
    }

    /** Hashes one file with the given buffer and digest (reset afterwards). */
    static Digest hash(Path file, byte[] buffer, MessageDigest digest) {
        digest.reset();
        try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
            return new Digest(HexFormat.of().formatHex(digest.digest()), null);
        } catch (IOException | RuntimeException e) {
            return new Digest(null, FileTree.describe(e));
        }
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, "cutover-parity-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /** Takes file indexes from the shared counter until none is left. */
    private static final class Worker implements Callable<Void> {
        private final List<Path> files;
        private final Digest[] results;
        private final AtomicInteger next;

        Worker(List<Path> files, Digest[] results, AtomicInteger next) {
            this.files = files;
            this.results = results;
            this.next = next;
        }

        @Override
        public Void call() {
            byte[] buffer = new byte[BUFFER_SIZE];
            MessageDigest digest = InputReader.sha256();
            for (int i = next.getAndIncrement(); i < files.size(); i = next.getAndIncrement()) {
                if (Thread.currentThread().isInterrupted()) {
                    return null;
                }
                results[i] = hash(files.get(i), buffer, digest);
            }
            return null;
        }
    }
}
