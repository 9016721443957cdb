package io.github.cutoverguard.engine.alignment;

import io.github.cutoverguard.engine.Breach;
import io.github.cutoverguard.engine.Location;
import io.github.cutoverguard.engine.json.InputLoader;
import io.github.cutoverguard.engine.input.ProjectFiles;
import io.github.cutoverguard.engine.json.JsonDocument;
import io.github.cutoverguard.engine.input.InputLimits;
import io.github.cutoverguard.engine.testing.Docs;
import io.github.cutoverguard.engine.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link OpenApiReader}: YAML or JSON by name, else by the first non-blank byte; strict either way. */
class OpenApiReaderTest {

    @TempDir
    Path project;

    private InputLoader.Loaded<JsonDocument> read(String name, String text) {
        Fixtures.write(project, name, text);
        return OpenApiReader.read(new InputLoader(new ProjectFiles(project), InputLimits.DEFAULT), Path.of(name),
                InputLimits.DEFAULT);
    }

    @Test
    void theExtensionDecidesWhenThereIsOne() {
        assertThat(OpenApiReader.isYaml(Docs.raw("openapi.yaml", "{\"openapi\": \"3.1.0\"}"))).isTrue();
        assertThat(OpenApiReader.isYaml(Docs.raw("api/OPENAPI.YML", "{}"))).isTrue();
        assertThat(OpenApiReader.isYaml(Docs.raw("openapi.json", "openapi: 3.1.0"))).isFalse();
        assertThat(OpenApiReader.isYaml(Docs.raw("openapi.JSON", "openapi: 3.1.0"))).isFalse();
    }

    @Test
    void withoutAKnownExtensionAnObjectBraceMeansJson() {
        assertThat(OpenApiReader.isYaml(Docs.raw("openapi", " \n\t{\"openapi\": \"3.1.0\"}"))).isFalse();
        assertThat(OpenApiReader.isYaml(Docs.raw("openapi.txt", "{}"))).isFalse();
        assertThat(OpenApiReader.isYaml(Docs.raw("openapi", "\n openapi: 3.1.0\n"))).isTrue();
        assertThat(OpenApiReader.isYaml(Docs.raw("openapi", "[1]"))).isTrue();
        assertThat(OpenApiReader.isYaml(Docs.raw("openapi", " \n "))).isTrue();
        assertThat(OpenApiReader.isYaml(Docs.raw("openapi", ""))).isTrue();
    }

    @Test
    void yamlIsParsedStrictlyAndAProblemIsAJsonParseBreachAtItsLine() {
        InputLoader.Loaded<JsonDocument> ok = read("openapi.yaml", "openapi: 3.1.0\ninfo: {title: x}\n");
        assertThat(ok.breaches()).isEmpty();
        assertThat(ok.value().orElseThrow().root().at("/info/title").asString()).isEqualTo("x");

        InputLoader.Loaded<JsonDocument> duplicate = read("openapi.yaml", "openapi: 3.1.0\nopenapi: 3.0.0\n");
        assertThat(duplicate.value()).isEmpty();
        assertThat(duplicate.breaches()).singleElement().satisfies(b -> {
            assertThat(b.ruleId()).isEqualTo("JSON-PARSE");
            assertThat(b.file()).isEqualTo("openapi.yaml");
            assertThat(b.location().line()).isEqualTo(2);
            assertThat(b.message()).startsWith("not strict YAML: ").contains("Duplicate");
            assertThat(b.hint()).contains("repeated key");
        });
    }

    @Test
    void jsonIsParsedAsStrictJson() {
        InputLoader.Loaded<JsonDocument> ok = read("openapi.json", "{\"openapi\": \"3.1.0\"}");
        assertThat(ok.value().orElseThrow().root().at("/openapi").asString()).isEqualTo("3.1.0");

        Breach trailingComma = read("openapi.json", "{\"openapi\": \"3.1.0\",}").breaches().get(0);
        assertThat(trailingComma.ruleId()).isEqualTo("JSON-PARSE");
        assertThat(trailingComma.message()).doesNotStartWith("not strict YAML");
        assertThat(trailingComma.location()).isNotEqualTo(Location.UNKNOWN);
    }

    @Test
    void aMissingFileIsFileMissing() {
        InputLoader.Loaded<JsonDocument> missing = OpenApiReader.read(new InputLoader(new ProjectFiles(project),
                InputLimits.DEFAULT), Path.of("openapi.yaml"), InputLimits.DEFAULT);
        assertThat(missing.value()).isEmpty();
        assertThat(missing.breaches()).extracting(Breach::ruleId).containsExactly("FILE-MISSING");
    }
}
