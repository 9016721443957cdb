package io.github.cutoverguard.engine.input;

import io.github.cutoverguard.engine.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@link InputReader}: whole files up to the size limit, with their SHA-256, and why a file cannot be read. */
class InputReaderTest {

    @TempDir
    Path dir;

    private static InputProblem problem(InputReader reader, Path path) {
        try {
            reader.read(path, "config/x.json");
        } catch (InputProblem e) {
            return e;
        }
        throw new AssertionError("expected an InputProblem for " + path);
    }

    @Test
    void theLimitMustBePositive() {
        assertThatThrownBy(() -> new InputReader(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maxBytes must be positive");
        assertThatThrownBy(() -> new InputReader(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new InputReader(1).maxBytes()).isEqualTo(1);
    }

    @Test
    void aFileOfExactlyTheLimitIsReadWholeWithItsHash() throws Exception {
        byte[] content = "{\"a\": 1}".getBytes(StandardCharsets.UTF_8);
        Path file = Fixtures.write(dir, "x.json", content);

        RawInput input = new InputReader(content.length).read(file, "config/x.json");

        assertThat(input.displayName()).isEqualTo("config/x.json");
        assertThat(input.path()).isEqualTo(file);
        assertThat(input.bytes()).isEqualTo(content);
        assertThat(input.sha256()).isEqualTo(InputReader.sha256Hex(content))
                .isEqualTo("f9d86028c6e0d64e225186f96acb69338b2c59764df79162107f5c4bb34d1310");
    }

    @Test
    void aFileOfSeveralReadWindowsIsReadWholeAndHashedInParallel() throws Exception {
        byte[] content = new byte[(5 << 20) / 2 + 7]; // 2.5 MiB + 7: three read windows, hashed off-thread
        new java.util.Random(42).nextBytes(content);
        Path file = dir.resolve("large.json");
        Files.write(file, content);
        RawInput input = new InputReader(10 << 20).read(file, "large.json");
        assertThat(input.bytes()).isEqualTo(content);
        assertThat(input.sha256()).isEqualTo(InputReader.sha256Hex(content));
        assertThat(input.asInputFile().sha256()).isEqualTo(InputReader.sha256Hex(content));
        assertThat(content.length).isGreaterThan(RawInput.PARALLEL_HASH_BYTES);
    }

    @Test
    void smallAndLargeInputsGetTheSameDigestEitherWay() {
        for (int size : new int[] {0, 1, RawInput.PARALLEL_HASH_BYTES - 1, RawInput.PARALLEL_HASH_BYTES, RawInput.PARALLEL_HASH_BYTES + 1}) {
            byte[] bytes = new byte[size];
            java.util.Arrays.fill(bytes, (byte) 'x');
            assertThat(RawInput.hashing("x", Path.of("x"), bytes).sha256()).as("size %d", size)
                    .isEqualTo(InputReader.sha256Hex(bytes));
        }
    }

    @Test
    void oneByteAboveTheLimitIsTooLarge() {
        Path file = Fixtures.write(dir, "x.json", "0123456789");
        InputProblem problem = problem(new InputReader(9), file);
        assertThat(problem.kind()).isEqualTo(InputProblem.Kind.TOO_LARGE);
        assertThat(problem.getMessage()).isEqualTo("config/x.json is 10 bytes, above the 9-byte input limit");
    }

    @Test
    void missingFilesAndDirectoriesAreNamedAsSuch() throws Exception {
        InputProblem missing = problem(new InputReader(100), dir.resolve("absent.json"));
        assertThat(missing.kind()).isEqualTo(InputProblem.Kind.MISSING);
        assertThat(missing.getMessage()).isEqualTo("config/x.json does not exist");

        Path directory = Files.createDirectories(dir.resolve("x.json"));
        InputProblem notAFile = problem(new InputReader(100), directory);
        assertThat(notAFile.kind()).isEqualTo(InputProblem.Kind.NOT_A_FILE);
        assertThat(notAFile.getMessage()).isEqualTo("config/x.json is not a regular file (it is a directory)");

        Path link = Files.createSymbolicLink(dir.resolve("link.json"), directory);
        InputProblem linked = problem(new InputReader(100), link);
        assertThat(linked.kind()).isEqualTo(InputProblem.Kind.LINK_NOT_FOLLOWED);
        assertThat(linked.getMessage()).isEqualTo("config/x.json is a symbolic link to " + directory
                + "; inputs must be regular files inside the project, and links are never followed");
    }

    @Test
    void aFifoIsNotARegularFileAndNotADirectory() throws Exception {
        Path fifo = dir.resolve("pipe.json");
        boolean made;
        try {
            made = new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0;
        } catch (java.io.IOException e) {
            made = false;
        }
        org.junit.jupiter.api.Assumptions.assumeTrue(made, "mkfifo is available");
        InputProblem problem = problem(new InputReader(100), fifo);
        assertThat(problem.kind()).isEqualTo(InputProblem.Kind.NOT_A_FILE);
        assertThat(problem.getMessage()).isEqualTo("config/x.json is not a regular file");
    }

    @Test
    void sha256OfNothingIsTheWellKnownEmptyDigest() {
        assertThat(InputReader.sha256Hex(new byte[0]))
                .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }
}
