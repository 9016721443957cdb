package io.github.cutoverguard.engine.schema;

import com.networknt.schema.InputFormat;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.StringNode;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StrictNodeReaderTest {

    @Test
    void everyStringOfASchemaDocumentIsASchemaString() {
        JsonNode schema = new StrictNodeReader().readTree(
                "{\"type\": \"string\", \"enum\": [\"a\", \"b\"], \"properties\": {\"x\": {\"const\": \"c\"}}, \"minLength\": 1}",
                InputFormat.JSON);
        assertThat(schema.get("type")).isInstanceOf(StrictNodeReader.SchemaString.class);
        assertThat(schema.get("enum").get(0)).isInstanceOf(StrictNodeReader.SchemaString.class);
        assertThat(schema.get("enum").get(1)).isInstanceOf(StrictNodeReader.SchemaString.class);
        assertThat(schema.at("/properties/x/const")).isInstanceOf(StrictNodeReader.SchemaString.class);
        assertThat(schema.get("minLength").isInt()).isTrue();
        assertThat(schema.propertyNames()).containsExactly("type", "enum", "properties", "minLength");
    }

    @Test
    void yamlAndStreamsAreReadTheSameWay() {
        JsonNode schema = new StrictNodeReader().readTree(
                new ByteArrayInputStream("enum:\n  - a\n".getBytes(StandardCharsets.UTF_8)), InputFormat.YAML);
        assertThat(schema.get("enum").get(0)).isInstanceOf(StrictNodeReader.SchemaString.class);
        assertThat(schema.get("enum").get(0).stringValue()).isEqualTo("a");
    }

    @Test
    void aDuplicateKeyInASchemaIsRefused() {
        assertThatThrownBy(() -> new StrictNodeReader().readTree("{\"type\": \"string\", \"type\": \"object\"}", InputFormat.JSON))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("line 1");
    }

    @Test
    void aSchemaStringEqualsAndRendersLikeDatabindsStringNode() {
        for (String value : List.of("", "plain", "quote \" and backslash \\", "tab\tnewline\n", "\u0001\u001f",
                "ünïcödé €", "emoji \uD83D\uDE00", "</script>")) {
            StringNode databind = StringNode.valueOf(value);
            StrictNodeReader.SchemaString ours = new StrictNodeReader.SchemaString(value);
            assertThat(ours.toString()).as(value).isEqualTo(databind.toString());
            assertThat(ours).isEqualTo(databind);
            assertThat(databind).isEqualTo(ours);
            assertThat(ours.hashCode()).isEqualTo(databind.hashCode());
        }
    }

    /**
     * Compiling the handoff schemas, whose {@code enum}s networknt formats with {@code toString()},
     * loads no databind {@code JsonMapper}: checked by class-load logging in a fresh JVM.
     */
    @Test
    void compilingTheHandoffSchemasBuildsNoJsonMapper() throws Exception {
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xlog:class+load=info", "-cp", System.getProperty("java.class.path"),
                CompileBundledSchemas.class.getName(), "rehearsal-handoff.v1", "release-handoff-candidate.v1")
                .redirectErrorStream(true).start();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(child.exitValue()).as(output).isZero();
        assertThat(output).contains("compiled rehearsal-handoff.v1").contains("com.networknt.schema.keyword.EnumValidator");
        assertThat(output).doesNotContain("tools.jackson.databind.json.JsonMapper ");
    }

    /** The child JVM of {@link #compilingTheHandoffSchemasBuildsNoJsonMapper}: compiles the named bundled schemas. */
    static final class CompileBundledSchemas {
        public static void main(String[] names) {
            for (String name : names) {
                SchemaCatalog.bundled(name);
                System.out.println("compiled " + name);
            }
        }
    }
}
