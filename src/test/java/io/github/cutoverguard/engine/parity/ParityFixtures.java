package io.github.cutoverguard.engine.parity;

import io.github.cutoverguard.engine.input.InputReader;
import io.github.cutoverguard.engine.testing.Fixtures;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Copies of the reference contract pack laid out as a producer project: canonical + mirrors. */
public final class ParityFixtures {

    /** The reference canonical pack, relative to src/test/resources/reference. */
    public static final String PACK = "producer/contracts-integration-v1";

    /** The ten files of the reference pack, sorted. */
    public static final List<String> PACK_FILES = List.of(
            "fixtures/context-package-envelope.sample.json",
            "fixtures/proposed-memory-write.sample.json",
            "fixtures/trust-gate-attachment.sample.json",
            "producer-contract-manifest.json",
            "schemas/context-package-envelope.schema.json",
            "schemas/error-envelope.schema.json",
            "schemas/proposed-memory-write.schema.json",
            "schemas/trust-gate-attachment.schema.json",
            "service-contract-source-of-truth.json",
            "service-slo-policy.json");

    private ParityFixtures() {
    }

    /** Copies the reference pack to {@code target} (created) and returns it. */
    public static Path copyPack(Path target) {
        Path source = Fixtures.reference(PACK);
        try (var walk = Files.walk(source)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                Path to = target.resolve(source.relativize(file).toString());
                Files.createDirectories(to.getParent());
                Files.copy(file, to);
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** SHA-256 of a (small) test file. */
    public static String sha256(Path file) {
        try {
            return InputReader.sha256Hex(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Appends text to a file, changing its hash. */
    public static void append(Path file, String text) {
        try {
            Files.writeString(file, Files.readString(file) + text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
