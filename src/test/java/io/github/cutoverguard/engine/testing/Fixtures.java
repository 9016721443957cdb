package io.github.cutoverguard.engine.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/** Test helpers: reference samples from the classpath and small files written into a temp dir. */
public final class Fixtures {

    private Fixtures() {
    }

    /** A file under src/test/resources/reference. */
    public static Path reference(String relative) {
        try {
            return Path.of(Objects.requireNonNull(Fixtures.class.getResource("/reference/" + relative),
                    relative).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The text of a reference file. */
    public static String referenceText(String relative) {
        try {
            return Files.readString(reference(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes {@code content} as UTF-8 to {@code dir/name}, creating parent directories. */
    public static Path write(Path dir, String name, String content) {
        return write(dir, name, content.getBytes(StandardCharsets.UTF_8));
    }

    /** Writes raw bytes to {@code dir/name}, creating parent directories. */
    public static Path write(Path dir, String name, byte[] content) {
        try {
            Path file = dir.resolve(name);
            Files.createDirectories(file.getParent());
            return Files.write(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
