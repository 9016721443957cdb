package io.github.cutoverguard.engine.io;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes report files so that readers see the old file or the complete new one, never a partial
 * write: the bytes go to a temporary file in the same directory, which is then renamed into place.
 * A process killed at any point leaves the old or the new file (and at worst a hidden
 * {@code .<name>*.tmp} file beside it); {@code FaultsTest} kills writers to prove it. The file is not
 * forced to disk: that cost ~7 ms per report (two reports per module in a reactor) and guards only
 * against the machine itself losing power, after which a build's {@code target/} is rebuilt anyway.
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
        Path temp = Files.createTempFile(directory, "." + target.getFileName(), ".tmp");
        boolean moved = false;
        try {
            Files.write(temp, content);
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
}
