package io.github.cutoverguard.docs;

import io.github.cutoverguard.engine.Breach;
import io.github.cutoverguard.engine.schema.MatchesSchema;
import io.github.cutoverguard.engine.schema.SchemaCatalog;
import io.github.cutoverguard.engine.testing.Docs;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #17: the formats reference documents every bundled schema with a minimal example that the schema accepts, links
 * the schema, and names each of its top-level properties; a schema without a documented example fails.
 */
class FormatsReferenceTest {

    private static final Path PAGE = Path.of("src/site/markdown/formats.md");
    private static final Pattern EXAMPLE = Pattern.compile("^```json ([a-z0-9.-]+)\\n(.*?)^```$", Pattern.MULTILINE | Pattern.DOTALL);
    /** Shared definitions only: the handoff schemas reference them, no document is of this kind. */
    private static final List<String> DEFINITIONS_ONLY = List.of("handoff-common.v1");

    private static Map<String, String> examples(String page) {
        Map<String, String> examples = new LinkedHashMap<>();
        Matcher m = EXAMPLE.matcher(page);
        while (m.find()) {
            assertThat(examples.put(m.group(1), m.group(2))).as("a second example of " + m.group(1)).isNull();
        }
        return examples;
    }

    private static List<String> schemas() throws Exception {
        List<String> names = new ArrayList<>();
        try (var files = Files.list(Path.of("schemas"))) {
            files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".schema.json")).sorted()
                    .forEach(n -> names.add(n.substring(0, n.length() - ".schema.json".length())));
        }
        return names;
    }

    @Test
    void everySchemaHasOneExampleThatItAccepts() throws Exception {
        String page = Files.readString(PAGE);
        Map<String, String> examples = examples(page);
        List<String> documented = new ArrayList<>(schemas());
        documented.removeAll(DEFINITIONS_ONLY);
        assertThat(examples.keySet()).as("schemas with an example").containsExactlyInAnyOrderElementsOf(documented);
        for (Map.Entry<String, String> example : examples.entrySet()) {
            List<Breach> breaches = MatchesSchema.check(Docs.json(example.getKey() + " example", example.getValue()),
                    SchemaCatalog.bundled(example.getKey()), example.getKey());
            assertThat(breaches).as("the example of " + example.getKey()).isEmpty();
        }
    }

    @Test
    void everySchemaIsLinkedAndEachOfItsPropertiesNamed() throws Exception {
        String page = Files.readString(PAGE);
        for (String schema : schemas()) {
            String link = "[`schemas/" + schema + ".schema.json`](../../../schemas/" + schema + ".schema.json)";
            assertThat(page).as(schema + " linked").contains(link);
            assertThat(PAGE.getParent().resolve("../../../schemas/" + schema + ".schema.json").normalize()).exists();
            if (DEFINITIONS_ONLY.contains(schema)) {
                continue;
            }
            JsonNode properties = new JsonMapper().readTree(Path.of("schemas", schema + ".schema.json").toFile()).path("properties");
            String section = section(page, schema);
            for (String property : properties.propertyNames()) {
                assertThat(section).as(schema + " documents " + property).contains("`" + property + "`");
            }
        }
    }

    @Test
    void theExamplesUseATeamOfTheirOwn() throws Exception {
        assertThat(Files.readString(PAGE)).doesNotContainIgnoringCase("memorykernel").doesNotContain("pnpm")
                .doesNotContainPattern("service\\.v[0-9]");
    }

    /** The {@code ## } section holding the schema's link. */
    private static String section(String page, String schema) {
        int link = page.indexOf("(../../../schemas/" + schema + ".schema.json)");
        int start = page.lastIndexOf("\n## ", link);
        int end = page.indexOf("\n## ", link);
        return page.substring(start, end < 0 ? page.length() : end);
    }
}
