package io.github.cutoverguard.engine.io;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes report files so that readers see the old file or the complete new one, never a partial
 * write: the bytes go to a temporary file in the same directory, which is then renamed into place.
 * A process killed at any point leaves the old or the new file (and at worst a hidden
 * {@code .<name>*.tmp} file beside it); {@code FaultsTest} kills writers to prove it. The file is not
 * forced to disk: that cost ~7 ms per report (two reports per module in a reactor) and guards only
 * against the machine itself losing power, after which a build's {@code target/} is rebuilt anyway.
 *
 * <p>This is the only class of the engine that writes files; the engine never opens an input for
 * writing ({@code EngineWritesOnlyReportsTest}).
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
}
