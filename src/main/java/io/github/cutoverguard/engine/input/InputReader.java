package io.github.cutoverguard.engine.input;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * Reads an input file once, refusing files above a size limit before reading them, and hashes
 * the bytes with SHA-256. Read-only: it never opens a file for writing.
 */
public final class InputReader {

    private static final int READ_WINDOW = 1 << 20;

    private final long maxBytes;

    /** @param maxBytes the largest file accepted, in bytes */
    public InputReader(long maxBytes) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive");
        }
        this.maxBytes = maxBytes;
    }

    public long maxBytes() {
        return maxBytes;
    }

    /**
     * Reads the project input {@code path} (relative to the project, shown as the project names it) once
     * {@link InsideProject} admits it: inside the project's work tree, reached through no symbolic link.
     */
    public RawInput read(ProjectFiles files, Path path) throws InputProblem {
        String display = files.display(path);
        return read(InsideProject.of(files).resolve(path, display), display);
    }

    /**
     * Reads {@code path}, shown to the user as {@code displayName}. A symbolic link is refused, never followed (a path
     * a caller found by walking a tree, or resolved with {@link InsideProject}, has no link above it).
     */
    public RawInput read(Path path, String displayName) throws InputProblem {
        if (Files.isSymbolicLink(path)) {
            throw new InputProblem(InputProblem.Kind.LINK_NOT_FOLLOWED, displayName + " " + InsideProject.linkDetail(path));
        }
        if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            throw new InputProblem(InputProblem.Kind.MISSING, displayName + " does not exist");
        }
        if (!Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
            throw new InputProblem(InputProblem.Kind.NOT_A_FILE,
                    displayName + " is not a regular file" + (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)
                            ? " (it is a directory)" : ""));
        }
        try {
            long size = Files.size(path);
            if (size > maxBytes) {
                throw tooLarge(displayName, size);
            }
            byte[] bytes = readAtMost(path, displayName, size);
            return RawInput.hashing(displayName, path, bytes);
        } catch (NoSuchFileException e) {
            throw new InputProblem(InputProblem.Kind.MISSING, displayName + " does not exist");
        } catch (IOException e) {
            throw new InputProblem(InputProblem.Kind.UNREADABLE,
                    displayName + " cannot be read: " + ProjectFiles.describe(e));
        }
    }

    /**
     * Reads the file but never more than the limit, even if it grows while being read. The expected
     * size is read straight into one array ({@code InputStream.readNBytes(int)} would gather 8 KiB
     * chunks and copy them again: about 5× the time of hashing for a 100 MB file).
     */
    private byte[] readAtMost(Path path, String displayName, long expected) throws IOException, InputProblem {
        int limit = (int) Math.min(Integer.MAX_VALUE - 8L, maxBytes + 1);
        try (SeekableByteChannel channel = Files.newByteChannel(path, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
            byte[] bytes = new byte[(int) Math.min(expected, limit)];
            int read = 0;
            while (read < bytes.length) {
                // windows of at most 1 MiB: the JDK copies a heap buffer's read through a temporary
                // direct buffer of the read's size, which it then keeps cached for the thread
                int n = channel.read(ByteBuffer.wrap(bytes, read, Math.min(READ_WINDOW, bytes.length - read)));
                if (n < 0) {
                    break;
                }
                read += n;
            }
            if (read < bytes.length) {
                return Arrays.copyOf(bytes, read); // it shrank meanwhile
            }
            byte[] more = Channels.newInputStream(channel).readNBytes(limit - read); // it grew meanwhile (usually nothing)
            if (more.length > 0) {
                bytes = Arrays.copyOf(bytes, read + more.length);
                System.arraycopy(more, 0, bytes, read, more.length);
            }
            if (bytes.length > maxBytes) {
                throw tooLarge(displayName, bytes.length);
            }
            return bytes;
        }
    }

    private InputProblem tooLarge(String displayName, long size) {
        return new InputProblem(InputProblem.Kind.TOO_LARGE,
                displayName + " is " + size + " bytes, above the " + maxBytes + "-byte input limit");
    }

    /** Lowercase hex SHA-256 of {@code bytes}. */
    public static String sha256Hex(byte[] bytes) {
        return HexFormat.of().formatHex(sha256().digest(bytes));
    }

    /** A fresh SHA-256 digest. */
    public static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JRE provides SHA-256", e);
        }
    }
}
