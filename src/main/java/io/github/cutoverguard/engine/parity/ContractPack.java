package io.github.cutoverguard.engine.parity;

import io.github.cutoverguard.engine.input.TreeEntry;
import io.github.cutoverguard.engine.InputFile;
import io.github.cutoverguard.engine.input.InputReader;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Collections;
import java.util.HexFormat;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One scanned and hashed root (the canonical pack or a mirror): the SHA-256 of every selected
 * regular file, and every selected path that was not read, both keyed by relative path.
 *
 * @param root       the root as resolved against the project
 * @param display    the root as shown to the user
 * @param sha256     relative path to lowercase hex SHA-256, sorted by path
 * @param unfollowed relative path to why it was not read (links leaving the tree, unreadable files …), sorted
 */
record ContractPack(Path root, String display, SortedMap<String, String> sha256,
                    SortedMap<String, TreeEntry.Unfollowed> unfollowed) {

    ContractPack {
        sha256 = Collections.unmodifiableSortedMap(new TreeMap<>(sha256));
        unfollowed = Collections.unmodifiableSortedMap(new TreeMap<>(unfollowed));
    }

    /**
     * This root as one evidence input: its path and the SHA-256 of its sorted listing, the UTF-8
     * bytes of {@code relpath\0sha256\n} for each hashed file. Two roots with the same listing
     * digest hold the same selected files with the same content.
     */
    InputFile asInputFile() {
        MessageDigest digest = InputReader.sha256();
        for (Map.Entry<String, String> file : sha256.entrySet()) {
            digest.update((file.getKey() + "\0" + file.getValue() + "\n").getBytes(StandardCharsets.UTF_8));
        }
        return new InputFile(display, HexFormat.of().formatHex(digest.digest()));
    }

    /** The display path of {@code relativePath} under this root, e.g. {@code mirrors/a/schemas/x.json}. */
    String display(String relativePath) {
        return relativePath.isEmpty() ? display : display + (display.endsWith("/") ? "" : "/") + relativePath;
    }
}
