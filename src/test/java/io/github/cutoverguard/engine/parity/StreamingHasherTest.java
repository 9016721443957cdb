package io.github.cutoverguard.engine.parity;

import io.github.cutoverguard.engine.input.InputReader;
import io.github.cutoverguard.engine.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class StreamingHasherTest {

    @TempDir
    Path dir;

    @Test
    void streamedDigestsEqualWholeFileDigestsInInputOrderForAnyParallelism() throws Exception {
        Random random = new Random(42);
        List<Path> files = new ArrayList<>();
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            byte[] content = new byte[random.nextInt(3 * StreamingHasher.BUFFER_SIZE)];
            random.nextBytes(content);
            files.add(Fixtures.write(dir, "f" + i + ".bin", content));
            expected.add(InputReader.sha256Hex(content));
        }
        for (int parallelism : new int[] {1, 3, 8, 64}) {
            assertThat(new StreamingHasher(parallelism).hashAll(files))
                    .extracting(StreamingHasher.Digest::sha256).containsExactlyElementsOf(expected);
        }
    }

    @Test
    void aFileThatCannotBeReadIsAnErrorResultNotAnException() throws Exception {
        Path directory = Files.createDirectories(dir.resolve("a-directory"));
        Path absent = dir.resolve("absent.json");
        Path link = Files.createSymbolicLink(dir.resolve("link.json"), Path.of("absent.json"));
        List<StreamingHasher.Digest> digests = new StreamingHasher(2).hashAll(List.of(directory, absent, link));
        assertThat(digests).allSatisfy(d -> {
            assertThat(d.ok()).isFalse();
            assertThat(d.error()).isNotBlank();
        });
        assertThat(digests.get(1).error()).contains("NoSuchFileException");
    }

    @Test
    void noFilesNoThreads() {
        assertThat(new StreamingHasher(4).hashAll(List.of())).isEmpty();
    }
}
