package io.github.cutoverguard.engine.guard;

import io.github.cutoverguard.engine.InputFile;
import io.github.cutoverguard.engine.input.InputProblem;
import io.github.cutoverguard.engine.input.InputReader;
import io.github.cutoverguard.engine.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** {@link TextLines}: numbered lines, the SHA-256 of the bytes read, and the size limit while reading. */
class TextLinesTest {

    @TempDir
    Path dir;

    private final List<String> seen = new ArrayList<>();

    private InputFile read(Path file, long maxBytes) throws InputProblem {
        return TextLines.read(file, "config/app.yml", maxBytes, (number, text) -> seen.add(number + ":" + text));
    }

    @Test
    void linesAreNumberedFromOneAndMalformedBytesAreReplaced() throws Exception {
        byte[] bytes = {'a', '=', 'b', '\r', '\n', 'c', '=', (byte) 0xE9, '\n', '\n', 'd'};
        Path file = Fixtures.write(dir, "app.yml", bytes);

        InputFile input = read(file, bytes.length);

        assertThat(seen).containsExactly("1:a=b", "2:c=\uFFFD", "3:", "4:d");
        assertThat(input).isEqualTo(new InputFile("config/app.yml", InputReader.sha256Hex(bytes)));
    }

    @Test
    void aFileOfExactlyTheLimitIsReadAndALargerOneIsRefusedBeforeReading() throws Exception {
        Path file = Fixtures.write(dir, "app.yml", "0123456789");
        assertThat(read(file, 10).path()).isEqualTo("config/app.yml");
        assertThat(seen).containsExactly("1:0123456789");

        seen.clear();
        assertThatThrownBy(() -> read(file, 9)).isInstanceOfSatisfying(InputProblem.class, p -> {
            assertThat(p.kind()).isEqualTo(InputProblem.Kind.TOO_LARGE);
            assertThat(p.getMessage()).isEqualTo("config/app.yml is 10 bytes, above the 9-byte input limit");
        });
        assertThat(seen).isEmpty();
    }

    @Test
    void aFileLongerThanItsReportedSizeStopsAtTheLimit() {
        // procfs files report size 0 and still have content, like a file growing while it is read
        Path status = Path.of("/proc/self/status");
        assumeTrue(Files.isReadable(status), "needs procfs");
        assertThatThrownBy(() -> read(status, 16)).isInstanceOfSatisfying(InputProblem.class, p -> {
            assertThat(p.kind()).isEqualTo(InputProblem.Kind.TOO_LARGE);
            assertThat(p.getMessage()).matches("config/app\\.yml is \\d+ bytes, above the 16-byte input limit");
            long count = Long.parseLong(p.getMessage().replaceAll("^config/app\\.yml is (\\d+) bytes.*$", "$1"));
            assertThat(count).isGreaterThan(16);
        });
    }

    @Test
    void aDirectoryCannotBeRead() throws Exception {
        Path directory = Files.createDirectories(dir.resolve("app.yml"));
        assertThatThrownBy(() -> read(directory, 1 << 20)).isInstanceOfSatisfying(InputProblem.class, p -> {
            assertThat(p.kind()).isEqualTo(InputProblem.Kind.UNREADABLE);
            assertThat(p.getMessage()).startsWith("config/app.yml cannot be read: IOException: ");
        });
    }
}
