package io.github.cutoverguard.engine.io;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes report files so that readers see the old file or the complete new one, never a partial
 * write: the bytes go to a temporary file in the same directory, which is then renamed into place.
 * A process killed at any point leaves the old or the new file (and at worst a hidden
 * {@code .<name>*.tmp} file beside it); {@code FaultsTest} kills writers to prove it. The file is not
 * forced to disk: that cost ~7 ms per report (two reports per module in a reactor) and guards only
 * against the machine itself losing power, after which a build's {@code target/} is rebuilt anyway.
 *
 * <p>{@link #append} is the one exception to replacing: it adds to a file another program owns.
 *
 * <p>This is the only class of the engine that writes files; the engine never opens an input for
 * writing ({@code EngineWritesOnlyReportsTest}), except the files {@code repin} and {@code generate-handoff} exist to
 * write, and those through here: {@link #writeAll} changes a group of files together or not at all.
 */
public final class AtomicFiles {

    private AtomicFiles() {
    }

    /** Atomically replaces {@code target} with {@code content}, creating parent directories. */
    public static void write(Path target, byte[] content) throws IOException {
        Path directory = target.toAbsolutePath().getParent();
        Files.createDirectories(directory);
        Path temp = createTemp(directory, target.getFileName().toString());
        boolean moved = false;
        try {
            Files.write(temp, content);
            keepPermissions(target, temp);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            moved = true;
        } finally {
            if (!moved) {
                Files.deleteIfExists(temp);
            }
        }
    }

    /**
     * A new empty file {@code .<name>.<random>.tmp} in {@code directory}, created with the process's default
     * permissions (as any file the build writes; {@link Files#createTempFile} would make it owner-only, and the
     * rename would keep that, hiding reports from a CI step that runs as another user).
     */
    private static Path createTemp(Path directory, String name) throws IOException {
        while (true) {
            Path temp = directory.resolve("." + name + "." + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + ".tmp");
            try {
                Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
                return temp;
            } catch (FileAlreadyExistsException taken) {
                // another writer's temporary file: draw another name
            }
        }
    }

    /** A file that is replaced keeps its permissions (a pin that {@code repin} rewrites stays as it was). */
    private static void keepPermissions(Path target, Path temp) throws IOException {
        if (Files.exists(target) && Files.getFileStore(temp).supportsFileAttributeView(PosixFileAttributeView.class)) {
            Files.setPosixFilePermissions(temp, Files.getPosixFilePermissions(target));
        }
    }

    /**
     * Appends {@code content} to {@code target}, creating it: for a file another program owns and reads as it grows
     * (GitHub's job summary, {@code $GITHUB_STEP_SUMMARY}), whose contract is appending, not replacing.
     */
    public static void append(Path target, byte[] content) throws IOException {
        Files.write(target, content, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    /** One file of a group write: its new content and what it held before ({@code null}: it did not exist). */
    public record Change(Path target, byte[] before, byte[] after) {
    }

    /**
     * Writes every change or none: each file atomically, in order; when one fails, the files already written get their
     * previous content back (or are deleted when they were new) and the failure is rethrown.
     */
    public static void writeAll(List<Change> changes) throws IOException {
        List<Change> done = new ArrayList<>();
        try {
            for (Change change : changes) {
                write(change.target(), change.after());
                done.add(change);
            }
        } catch (IOException | RuntimeException e) {
            for (int i = done.size() - 1; i >= 0; i--) {
                Change written = done.get(i);
                try {
                    if (written.before() == null) {
                        Files.deleteIfExists(written.target());
                    } else {
                        write(written.target(), written.before());
                    }
                } catch (IOException restore) {
                    e.addSuppressed(restore);
                }
            }
            throw e;
        }
    }

    /**
     * Removes {@code target} if it is there: a report of the last build ({@code ReportFiles.clear}), never an input.
     *
     * @return whether a file was removed
     */
    public static boolean remove(Path target) throws IOException {
        return Files.deleteIfExists(target);
    }
}
