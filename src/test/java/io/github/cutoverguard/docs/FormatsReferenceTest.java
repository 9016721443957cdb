package io.github.cutoverguard.docs;

import io.github.cutoverguard.engine.Breach;
import io.github.cutoverguard.engine.json.JsonDocument;
import io.github.cutoverguard.engine.schema.ManifestIsReleased;
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
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #17: the formats reference (an index, {@code formats.md}, and a page per format under {@code formats/})
 * documents every bundled schema with a minimal example that the schema accepts, links the schema where the site
 * publishes it, and names each of its top-level properties; a schema without a documented example fails.
 */
class FormatsReferenceTest {

    private static final Path INDEX = Path.of("src/site/markdown/formats.md");
    private static final Path PAGES = Path.of("src/site/markdown/formats");
    /** An example of a schema ({@code ```json <schema>}), or of one of its forms ({@code ```json <schema> <form>}). */
    private static final Pattern EXAMPLE = Pattern.compile("^```json ([a-z0-9.-]+)( [a-z-]+)?\\n(.*?)^```$",
            Pattern.MULTILINE | Pattern.DOTALL);
    private static final Pattern HEADING = Pattern.compile("^(#{1,6}) ", Pattern.MULTILINE);
    /** Shared definitions only: the handoff schemas reference them, no document is of this kind. */
    private static final List<String> DEFINITIONS_ONLY = List.of("handoff-common.v1");

    /** The index and every format page, with their text. */
    private static Map<Path, String> pages() throws Exception {
        Map<Path, String> pages = new LinkedHashMap<>();
        pages.put(INDEX, Files.readString(INDEX));
        try (Stream<Path> files = Files.list(PAGES)) {
            for (Path page : files.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
                pages.put(page, Files.readString(page));
            }
        }
        return pages;
    }

    private static Map<String, String> examples(Map<Path, String> pages) {
        Map<String, String> examples = new LinkedHashMap<>();
        for (String page : pages.values()) {
            Matcher m = EXAMPLE.matcher(page);
            while (m.find()) {
                String name = m.group(1) + (m.group(2) == null ? "" : m.group(2));
                assertThat(examples.put(name, m.group(3))).as("a second example of " + name).isNull();
            }
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
        Map<String, String> examples = examples(pages());
        List<String> documented = new ArrayList<>(schemas());
        documented.removeAll(DEFINITIONS_ONLY);
        assertThat(examples.keySet().stream().filter(name -> !name.contains(" ")))
                .as("schemas with an example").containsExactlyInAnyOrderElementsOf(documented);
        for (Map.Entry<String, String> example : examples.entrySet()) {
            String schema = example.getKey().split(" ")[0];
            List<Breach> breaches = new MatchesSchema(SchemaCatalog.bundled(schema), schema).check(Docs.json(example.getKey() + " example", example.getValue()));
            assertThat(breaches).as("the example of " + example.getKey()).isEmpty();
        }
    }

    /**
     * Issue #29: the producer manifest's page shows both forms, each accepted by the one schema; the prepared one lacks
     * exactly {@code commit_sha}, so the goals that need a release refuse it and the released one they accept.
     */
    @Test
    void theProducerManifestHasAReleasedAndAPreparedExample() throws Exception {
        Map<String, String> examples = examples(pages());
        JsonDocument released = Docs.json("released", examples.get(SchemaCatalog.PRODUCER_MANIFEST));
        JsonDocument prepared = Docs.json("prepared", examples.get(SchemaCatalog.PRODUCER_MANIFEST + " prepared"));
        assertThat(ManifestIsReleased.isPrepared(released)).isFalse();
        assertThat(ManifestIsReleased.isPrepared(prepared)).isTrue();
        assertThat(prepared.root().has("release_tag")).isTrue();
        assertThat(ManifestIsReleased.producerManifestOf("validate-handoff").check(prepared)).singleElement()
                .satisfies(b -> assertThat(b.jsonPointer()).isEqualTo("/commit_sha"));
        assertThat(ManifestIsReleased.producerManifestOf("validate-handoff").check(released)).isEmpty();
    }

    /**
     * A format page at {@code formats/<name>.html} links a schema as {@code ../schemas/<schema>.schema.json}: the site
     * build copies {@code schemas/} to the site's {@code schemas/} (see {@link SiteLinksTest}).
     */
    @Test
    void everySchemaIsLinkedAndEachOfItsPropertiesNamed() throws Exception {
        Map<Path, String> pages = pages();
        for (String schema : schemas()) {
            String target = "../schemas/" + schema + ".schema.json";
            String link = "[`schemas/" + schema + ".schema.json`](" + target + ")";
            List<Path> linking = pages.entrySet().stream().filter(p -> p.getKey().startsWith(PAGES))
                    .filter(p -> p.getValue().contains(link)).map(Map.Entry::getKey).toList();
            assertThat(linking).as(schema + " linked from a format page").isNotEmpty();
            assertThat(Path.of("schemas", schema + ".schema.json")).exists();
            if (DEFINITIONS_ONLY.contains(schema)) {
                continue;
            }
            String schemaLine = "Schema: " + link;
            List<Path> documenting = linking.stream().filter(p -> pages.get(p).contains(schemaLine)).toList();
            assertThat(documenting).as("one format page says " + schemaLine).hasSize(1);
            String page = pages.get(documenting.get(0));
            assertThat(page.indexOf(schemaLine)).as("one 'Schema:' line for " + schema).isEqualTo(page.lastIndexOf(schemaLine));
            JsonNode properties = new JsonMapper().readTree(Path.of("schemas", schema + ".schema.json").toFile()).path("properties");
            String section = section(page, page.indexOf(schemaLine));
            for (String property : properties.propertyNames()) {
                assertThat(section).as(schema + " documents " + property).contains("`" + property + "`");
            }
        }
    }

    @Test
    void theExamplesUseATeamOfTheirOwn() throws Exception {
        for (Map.Entry<Path, String> page : pages().entrySet()) {
            assertThat(page.getValue()).as(page.getKey().toString()).doesNotContainIgnoringCase("memorykernel")
                    .doesNotContain("pnpm").doesNotContainPattern("service\\.v[0-9]");
        }
    }

    /**
     * The part of {@code page} that documents the format whose schema line is at {@code at}: from the nearest heading
     * of level 1 or 2 before it up to the next heading of the same or a higher level (a page per format is one
     * section; the handoff page has one {@code ##} section per kind).
     */
    private static String section(String page, int at) {
        int start = 0;
        int level = 1;
        Matcher heading = HEADING.matcher(page);
        while (heading.find() && heading.start() < at) {
            if (heading.group(1).length() <= 2 && !insideFence(page, heading.start())) {
                start = heading.start();
                level = heading.group(1).length();
            }
        }
        int end = page.length();
        heading = HEADING.matcher(page);
        while (heading.find()) {
            if (heading.start() > at && heading.group(1).length() <= level && !insideFence(page, heading.start())) {
                end = heading.start();
                break;
            }
        }
        return page.substring(start, end);
    }

    /** Whether {@code offset} lies inside a fenced code block (a {@code #} line there is no heading). */
    private static boolean insideFence(String page, int offset) {
        Matcher fence = Pattern.compile("^```", Pattern.MULTILINE).matcher(page.substring(0, offset));
        int fences = 0;
        while (fence.find()) {
            fences++;
        }
        return fences % 2 == 1;
    }
}
