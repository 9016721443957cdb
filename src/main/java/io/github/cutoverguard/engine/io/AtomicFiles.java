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
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.IntConsumer;

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
 * write, and those through here: {@link #writeAll} changes a group of files together or not at all, even when the
 * process is killed ({@link WriteIntent}, {@code GroupWriteKillTest}), and {@link #recover} ends a killed one.
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
            rename(temp, target);
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
            Path temp = directory.resolve(tempName(name));
            try {
                Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
                return temp;
            } catch (FileAlreadyExistsException taken) {
                // another writer's temporary file: draw another name
            }
        }
    }

    /** {@code .<name>.<random>.tmp}: hidden, and named after the file it replaces. */
    private static String tempName(String name) {
        return "." + name + "." + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + ".tmp";
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
     * Writes every change or none, even when the process is killed: the {@link WriteIntent} record goes to
     * {@code journal} first, then each new content is staged in a temporary file beside its target, then the staged
     * files are renamed into place in order, then the record is deleted. A write killed on the way leaves the record,
     * and {@link #recover} (every goal calls it first) finishes or undoes it. When a step fails with an exception, the
     * files already renamed get their previous content back (or are deleted when they were new), the staged files and
     * the record are removed and the failure is rethrown.
     *
     * @param operation the goal writing, named in the record and in what {@link #recover} logs
     */
    public static void writeAll(WriteJournal journal, String operation, List<Change> changes) throws IOException {
        writeAll(journal, operation, changes, step -> {
        });
    }

    /** {@link #writeAll(WriteJournal, String, List)}, calling {@code afterStep} with 1, 2, … after each step (tests kill there). */
    static void writeAll(WriteJournal journal, String operation, List<Change> changes, IntConsumer afterStep)
            throws IOException {
        if (Files.exists(journal.record())) {
            throw new IOException("another write is in progress (" + journal.shown() + "); nothing was written");
        }
        List<WriteIntent.Entry> entries = new ArrayList<>();
        for (Change change : changes) {
            Path target = journal.resolve(change.target());
            entries.add(new WriteIntent.Entry(journal.relative(target), journal.relative(target.resolveSibling(
                    tempName(target.getFileName().toString()))), change.before() == null ? null
                    : WriteIntent.sha256(change.before()), WriteIntent.sha256(change.after())));
        }
        int step = 0;
        List<WriteIntent.Entry> created = new ArrayList<>();
        List<Change> renamed = new ArrayList<>();
        try {
            write(journal.record(), new WriteIntent(operation, entries).toBytes());
            afterStep.accept(++step);
            for (int i = 0; i < changes.size(); i++) {
                Path target = journal.resolve(entries.get(i).target());
                Path staged = journal.resolve(entries.get(i).staged());
                Files.createDirectories(staged.getParent());
                Files.newOutputStream(staged, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
                created.add(entries.get(i));
                afterStep.accept(++step);
                Files.write(staged, changes.get(i).after());
                keepPermissions(target, staged);
                afterStep.accept(++step);
            }
            for (int i = 0; i < changes.size(); i++) {
                rename(journal.resolve(entries.get(i).staged()), journal.resolve(entries.get(i).target()));
                renamed.add(changes.get(i));
                afterStep.accept(++step);
            }
            Files.delete(journal.record());
            afterStep.accept(++step);
        } catch (IOException | RuntimeException e) {
            undo(journal, created, renamed, e);
            throw e;
        }
    }

    /**
     * After a failed group write: the renamed files get their content back, the staged files it created go, and the record goes
     * once every file is as it was (else it stays, and the next goal refuses to guess: see {@link WriteIntent#decide}).
     */
    private static void undo(WriteJournal journal, List<WriteIntent.Entry> created, List<Change> renamed, Exception e) {
        boolean restored = true;
        for (int i = renamed.size() - 1; i >= 0; i--) {
            Change written = renamed.get(i);
            try {
                if (written.before() == null) {
                    Files.deleteIfExists(journal.resolve(written.target()));
                } else {
                    write(journal.resolve(written.target()), written.before());
                }
            } catch (IOException restore) {
                restored = false;
                e.addSuppressed(restore);
            }
        }
        for (WriteIntent.Entry entry : created) {
            try {
                Files.deleteIfExists(journal.resolve(entry.staged()));
            } catch (IOException cleanup) {
                e.addSuppressed(cleanup);
            }
        }
        try {
            if (restored) {
                Files.deleteIfExists(journal.record());
            }
        } catch (IOException cleanup) {
            e.addSuppressed(cleanup);
        }
    }

    /**
     * Ends a group write that was killed (its record is left in {@code journal}): rolls it forward when every file not
     * yet changed has its new content staged, else rolls it back (no file changed yet); removes the staged files and the
     * record. Returns what it did, for a warning; empty when no write was interrupted.
     *
     * @throws WriteIntent.Refused when a file changed since (it holds neither its old nor its new content), or when the
     *                             write can be neither finished nor undone: nothing is touched
     * @throws IllegalArgumentException when the record cannot be read as one
     */
    public static Optional<String> recover(WriteJournal journal) throws IOException, WriteIntent.Refused {
        Path record = journal.record();
        removeStrayTemps(record);
        if (!Files.exists(record)) {
            return Optional.empty();
        }
        WriteIntent intent = WriteIntent.parse(Files.readAllBytes(record), journal.shown());
        List<WriteIntent.Found> found = new ArrayList<>();
        for (WriteIntent.Entry entry : intent.files()) {
            Path target = journal.resolve(entry.target());
            Path staged = journal.resolve(entry.staged());
            found.add(new WriteIntent.Found(entry, Files.isRegularFile(target) ? WriteIntent.sha256(Files.readAllBytes(target))
                    : null, Files.isRegularFile(staged) && WriteIntent.sha256(Files.readAllBytes(staged)).equals(entry.after())));
        }
        WriteIntent.Recovery recovery = intent.decide(found, journal.shown());
        List<String> changed = new ArrayList<>();
        for (WriteIntent.Found f : found) {
            Path staged = journal.resolve(f.file().staged());
            if (recovery == WriteIntent.Recovery.ROLL_FORWARD && !f.file().holdsAfter(f.sha256())) {
                rename(staged, journal.resolve(f.file().target()));
                changed.add(f.file().target().toString().replace('\\', '/'));
            } else {
                Files.deleteIfExists(staged);
            }
        }
        Files.delete(record);
        return Optional.of(intent.operation() + " was interrupted before it finished (" + journal.shown() + "): "
                + (recovery == WriteIntent.Recovery.ROLL_FORWARD
                ? "finished it" + (changed.isEmpty() ? "" : ", writing " + String.join(", ", changed))
                + "; every file it changes now holds the new content"
                : "undid it; every file is as it was before " + intent.operation() + " ran")
                + ", and its temporary files are removed");
    }

    /** The record's own temporary files, left when a writer was killed while writing the record. */
    private static void removeStrayTemps(Path record) throws IOException {
        if (!Files.isDirectory(record.getParent())) {
            return;
        }
        String prefix = "." + record.getFileName() + ".";
        try (var listed = Files.list(record.getParent())) {
            for (Path stray : listed.filter(p -> p.getFileName().toString().startsWith(prefix)
                    && p.getFileName().toString().endsWith(".tmp")).toList()) {
                Files.deleteIfExists(stray);
            }
        }
    }

    private static void rename(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
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
