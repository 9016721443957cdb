package io.github.cutoverguard.engine.json;

import io.github.cutoverguard.engine.input.ProjectFiles;
import io.github.cutoverguard.engine.Breach;
import io.github.cutoverguard.engine.input.InputLimits;
import io.github.cutoverguard.engine.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class InputLoaderTest {

    @TempDir
    Path dir;

    private InputLoader inputs(long maxBytes) {
        return new InputLoader(new ProjectFiles(dir), InputLimits.DEFAULT.withMaxBytes(maxBytes));
    }

    private Breach onlyBreach(InputLoader.Loaded<?> loaded) {
        assertThat(loaded.value()).isEmpty();
        assertThat(loaded.breaches()).hasSize(1);
        return loaded.breaches().get(0);
    }

    @Test
    void missingFileIsFileMissingNamedRelativeToTheProject() {
        Breach b = onlyBreach(inputs(1024).json(Path.of("config/integration-pin.json")));
        assertThat(b.ruleId()).isEqualTo("FILE-MISSING");
        assertThat(b.file()).isEqualTo("config/integration-pin.json");
        assertThat(b.message()).contains("does not exist");
    }

    @Test
    void directoryIsFileMissing() throws Exception {
        Files.createDirectories(dir.resolve("config/pin.json"));
        Breach b = onlyBreach(inputs(1024).json(Path.of("config/pin.json")));
        assertThat(b.ruleId()).isEqualTo("FILE-MISSING");
        assertThat(b.message()).contains("directory");
    }

    @Test
    void oversizedFileIsJsonParseAndNotRead() {
        Fixtures.write(dir, "big.json", "{\"a\": \"" + "x".repeat(2000) + "\"}");
        Breach b = onlyBreach(inputs(1024).json(Path.of("big.json")));
        assertThat(b.ruleId()).isEqualTo("JSON-PARSE");
        assertThat(b.message()).contains("1024-byte");
    }

    @Test
    void malformedJsonIsJsonParseWithLocation() {
        Fixtures.write(dir, "bad.json", "{\n  \"a\": 1,,\n}");
        Breach b = onlyBreach(inputs(1024).json(dir.resolve("bad.json")));
        assertThat(b.ruleId()).isEqualTo("JSON-PARSE");
        assertThat(b.file()).isEqualTo("bad.json");
        assertThat(b.location().line()).isEqualTo(2);
    }

    @Test
    void validJsonLoadsWithItsHash() {
        Path file = Fixtures.write(dir, "ok.json", "{}");
        InputLoader.Loaded<?> loaded = inputs(1024).json(file);
        assertThat(loaded.breaches()).isEmpty();
        assertThat(loaded.value()).isPresent();
        assertThat(inputs(1024).raw(file).value().orElseThrow().sha256())
                .isEqualTo("44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a");
    }

    @Test
    void pathsOutsideTheProjectAreShownAsTheProjectReachesThem() {
        // issue #25: never the machine's absolute path
        ProjectFiles files = new ProjectFiles(dir.resolve("project"));
        assertThat(files.display(Path.of("../elsewhere/x.json"))).isEqualTo("../elsewhere/x.json");
        assertThat(files.display(Path.of("a/b.json"))).isEqualTo("a/b.json");
    }
}
