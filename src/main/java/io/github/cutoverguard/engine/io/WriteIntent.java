package io.github.cutoverguard.engine.io;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;

/**
 * The record of a group write in progress ({@link AtomicFiles#writeAll(WriteJournal, String, List)}): which operation
 * wrote, and for each file its path, the temporary file its new content is staged in, and the SHA-256 of its content
 * before and after. It is written before the first file changes and deleted after the last, so a leftover record means
 * the writer was killed; {@link #decide} says how to end that write from what the files hold now. Stored as
 * {@code java.util.Properties}, paths relative to the project directory.
 *
 * @param operation the goal that wrote, e.g. {@code repin}
 * @param files     the files of the group, in the order they are renamed into place
 */
public record WriteIntent(String operation, List<Entry> files) {

    /**
     * One file of the group.
     *
     * @param target the file, relative to the project directory
     * @param staged the temporary file beside it holding the new content
     * @param before the SHA-256 of its content before, {@code null} when it did not exist
     * @param after  the SHA-256 of its new content
     */
    public record Entry(Path target, Path staged, String before, String after) {

        /** Whether {@code sha256} (of the file as it is now; {@code null}: absent) is the content before. */
        boolean holdsBefore(String sha256) {
            return before == null ? sha256 == null : before.equals(sha256);
        }

        /** Whether {@code sha256} is the new content. */
        boolean holdsAfter(String sha256) {
            return after.equals(sha256);
        }
    }

    /** What one file of the group holds now: its SHA-256 ({@code null}: absent) and whether its staged copy is whole. */
    public record Found(Entry file, String sha256, boolean stagedWhole) {
    }

    /** How an interrupted write ends. */
    public enum Recovery {
        /** Every file not yet changed has its new content staged: rename those into place. */
        ROLL_FORWARD,
        /** No file changed yet and some new content is not staged: remove the staged files. */
        ROLL_BACK
    }

    /** An interrupted write that cannot end without losing someone's content: nothing is touched. */
    public static final class Refused extends Exception {

        private static final long serialVersionUID = 1L;

        public Refused(String message) {
            super(message);
        }
    }

    public WriteIntent {
        files = List.copyOf(files);
    }

    /**
     * How to end this write, given what each file holds now ({@code found}, in the order of {@link #files}).
     *
     * @throws Refused when a file holds neither its content before nor its new content (changed since, by someone
     *                 else), or when some files were changed and the others cannot be (their staged copy is gone)
     */
    public Recovery decide(List<Found> found, String record) throws Refused {
        List<String> changedSince = new ArrayList<>();
        List<String> unfinishable = new ArrayList<>();
        boolean anyChanged = false;
        for (Found f : found) {
            boolean before = f.file().holdsBefore(f.sha256());
            boolean after = f.file().holdsAfter(f.sha256());
            if (!before && !after) {
                changedSince.add(f.file().target() + (f.sha256() == null ? " (deleted)" : ""));
            }
            anyChanged |= after && !before;
            if (!after && !f.stagedWhole()) {
                unfinishable.add(f.file().target().toString());
            }
        }
        if (!changedSince.isEmpty()) {
            throw new Refused(operation + " was interrupted (" + record + ") and " + String.join(", ", changedSince)
                    + " changed since: it holds neither its content before " + operation + " nor what " + operation
                    + " wrote. Nothing was touched: check the file, restore it (e.g. git checkout), then delete "
                    + record);
        }
        if (unfinishable.isEmpty()) {
            return Recovery.ROLL_FORWARD;
        }
        if (!anyChanged) {
            return Recovery.ROLL_BACK;
        }
        throw new Refused(operation + " was interrupted (" + record + ") after some files changed, and the new content "
                + "of " + String.join(", ", unfinishable) + " is no longer staged. Nothing was touched: restore the "
                + "files (e.g. git checkout), delete " + record + " and run " + operation + " again");
    }

    /** The record as stored. */
    public byte[] toBytes() {
        Properties properties = new Properties();
        properties.setProperty("operation", operation);
        properties.setProperty("files", Integer.toString(files.size()));
        for (int i = 0; i < files.size(); i++) {
            Entry f = files.get(i);
            properties.setProperty("file." + i + ".target", slashes(f.target()));
            properties.setProperty("file." + i + ".staged", slashes(f.staged()));
            properties.setProperty("file." + i + ".before", f.before() == null ? "" : f.before());
            properties.setProperty("file." + i + ".after", f.after());
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            properties.store(out, "cutover-guardrails: a group write in progress; the next goal finishes or undoes it");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The record read back; {@link IllegalArgumentException} naming {@code record} when it is not one. */
    public static WriteIntent parse(byte[] bytes, String record) {
        Properties properties = new Properties();
        try {
            properties.load(new ByteArrayInputStream(bytes));
            int count = Integer.parseInt(required(properties, "files", record));
            List<Entry> files = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                String before = required(properties, "file." + i + ".before", record);
                files.add(new Entry(Path.of(required(properties, "file." + i + ".target", record)),
                        Path.of(required(properties, "file." + i + ".staged", record)), before.isEmpty() ? null : before,
                        required(properties, "file." + i + ".after", record)));
            }
            return new WriteIntent(required(properties, "operation", record), files);
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException(record + " is not a record of an interrupted write (" + e.getMessage()
                    + "); check the files it names, then delete it", e);
        }
    }

    private static String required(Properties properties, String key, String record) {
        String value = properties.getProperty(key);
        if (value == null) {
            throw new IllegalArgumentException("no " + key + " in " + record);
        }
        return value;
    }

    private static String slashes(Path path) {
        return path.toString().replace('\\', '/');
    }

    /** The SHA-256 of {@code bytes}, lower-case hex. */
    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
