package io.github.cutoverguard.engine.input;

import io.github.cutoverguard.engine.InputFile;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;

/**
 * The bytes of one input file, read exactly once, with the SHA-256 of those bytes.
 *
 * <p>The SHA-256 of a large input ({@link #PARALLEL_HASH_BYTES} or more) is computed on another
 * thread while the caller goes on parsing the bytes; {@link #sha256()} waits for it.
 */
public final class RawInput {

    /** Inputs at least this large are hashed in parallel with whatever the caller does next. */
    static final int PARALLEL_HASH_BYTES = 1 << 20;

    /** Line breaks as Markdown and editors count them: not {@code \R}, which also breaks at form feeds, NEL, U+2028 … */
    private static final Pattern LINE_BREAK = Pattern.compile("\r\n|[\n\r]");

    private final String displayName;
    private final Path path;
    private final byte[] bytes;
    private final CompletableFuture<String> sha256;

    /**
     * @param displayName the path as shown to the user (relative to the project when possible)
     * @param path        the resolved path
     * @param bytes       the file content; never modified
     * @param sha256      lowercase hex SHA-256 of {@code bytes}
     */
    public RawInput(String displayName, Path path, byte[] bytes, String sha256) {
        this(displayName, path, bytes, CompletableFuture.completedFuture(sha256));
    }

    private RawInput(String displayName, Path path, byte[] bytes, CompletableFuture<String> sha256) {
        this.displayName = displayName;
        this.path = path;
        this.bytes = bytes;
        this.sha256 = sha256;
    }

    /** An input whose SHA-256 is computed here, or on another thread when it is large. */
    static RawInput hashing(String displayName, Path path, byte[] bytes) {
        return new RawInput(displayName, path, bytes, bytes.length < PARALLEL_HASH_BYTES
                ? CompletableFuture.completedFuture(InputReader.sha256Hex(bytes))
                : CompletableFuture.supplyAsync(() -> InputReader.sha256Hex(bytes)));
    }

    /** The path as shown to the user. */
    public String displayName() {
        return displayName;
    }

    /** The resolved path. */
    public Path path() {
        return path;
    }

    /** The file content; never modified. */
    public byte[] bytes() {
        return bytes;
    }

    /** The content decoded as UTF-8. */
    public String text() {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** {@code text} split at LF, CRLF and CR; a final line break leaves an empty last line. */
    public static List<String> lines(String text) {
        return Arrays.asList(LINE_BREAK.split(text, -1));
    }

    /** Lowercase hex SHA-256 of {@link #bytes()}. */
    public String sha256() {
        return sha256.join();
    }

    /** This input as recorded in evidence reports. */
    public InputFile asInputFile() {
        return new InputFile(displayName, sha256());
    }

    @Override
    public String toString() {
        return "RawInput[" + displayName + ", " + bytes.length + " bytes]";
    }
}
