package io.github.cutoverguard.engine.input;

import io.github.cutoverguard.engine.InputFile;

import java.nio.file.Path;

/**
 * The bytes of one input file, read exactly once, with the SHA-256 of those bytes.
 *
 * @param displayName the path as shown to the user (relative to the project when possible)
 * @param path        the resolved path
 * @param bytes       the file content; never modified
 * @param sha256      lowercase hex SHA-256 of {@code bytes}
 */
public record RawInput(String displayName, Path path, byte[] bytes, String sha256) {

    /** This input as recorded in evidence reports. */
    public InputFile asInputFile() {
        return new InputFile(displayName, sha256);
    }
}
