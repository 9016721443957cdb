package io.github.cutoverguard.engine.json;

import io.github.cutoverguard.engine.Location;
import io.github.cutoverguard.engine.input.InputReader;
import io.github.cutoverguard.engine.input.RawInput;
import io.github.cutoverguard.engine.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * {@link YamlSections}: a document parsed in sections is the document parsed whole (same tree, same
 * location for every value), and whatever cannot be cut safely is left to the whole parse.
 */
class YamlSectionsTest {

    /** Always cut, into pieces of at most 256 bytes, on two threads. */
    private static final YamlSections.Settings ALWAYS = new YamlSections.Settings(0, 2, 256);
    private static final YamlSections.Settings NEVER = new YamlSections.Settings(Integer.MAX_VALUE, 1, 0);

    private static final String SECTIONS = """
            # a comment before everything
            openapi: 3.1.0
            info:
              title: x
              description: |
                text that looks like
                key: value
              version: service.v3
            # a comment between sections
            paths:
              /v1/a:
                get:
                  tags:
                  - first
                  - second
                  responses:
                    "200":
                      description: ok
              "/v1/b":
                post:
                  summary: >-
                    folded
                    text

                  responses:
                    500: {description: "error", content: {}}
            components:
              schemas:
                One:
                  type: object
                  required: [code]
                  properties:
                    code: {type: string, enum: [a, b, c]}
                Two:
                  type: array
                  items:
                    $ref: '#/components/schemas/One'
                Three:
                  type: string
                  pattern: "^x: y$"
            """;

    private static RawInput input(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return new RawInput("openapi.yaml", Path.of("openapi.yaml"), bytes, InputReader.sha256Hex(bytes));
    }

    private static Optional<StrictJsonReader.Tree> sections(String text, JsonLimits limits) {
        return sections(text, limits, ALWAYS);
    }

    private static Optional<StrictJsonReader.Tree> sections(String text, JsonLimits limits, YamlSections.Settings settings) {
        StrictJsonReader reader = StrictJsonReader.yaml(limits, settings);
        return new YamlSections(reader, settings).parse(text.getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> pointers(JsonNode node, String pointer, List<String> into) {
        into.add(pointer);
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> member : node.properties()) {
                pointers(member.getValue(), pointer + "/" + JsonDocument.escape(member.getKey()), into);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                pointers(node.get(i), pointer + "/" + i, into);
            }
        }
        return into;
    }

    /** Cuts {@code text}, asserts it was cut, and that the result equals the whole parse everywhere. */
    private static void assertCutAndSameAsWhole(String text) throws Exception {
        assertThat(sections(text, JsonLimits.DEFAULT)).as("the document is cut").isPresent();
        JsonDocument whole = StrictJsonReader.yaml(JsonLimits.DEFAULT, NEVER).parse(input(text));
        JsonDocument cut = StrictJsonReader.yaml(JsonLimits.DEFAULT, ALWAYS).parse(input(text));
        assertThat(cut.root()).isEqualTo(whole.root());
        List<String> pointers = pointers(whole.root(), "", new ArrayList<>());
        assertThat(pointers).hasSizeGreaterThan(10);
        for (String pointer : pointers) {
            assertThat(cut.locate(pointer)).as(pointer).isEqualTo(whole.locate(pointer));
        }
        // keys are kept in document order
        assertThat(cut.root().toString()).isEqualTo(whole.root().toString());
    }

    @Test
    void theReferenceOpenApiDocumentIsTheSameCutOrWhole() throws Exception {
        assertCutAndSameAsWhole(Fixtures.referenceText("producer/openapi.yaml"));
    }

    @Test
    void commentsBlockScalarsSequencesQuotedAndNumericKeysAreTheSameCutOrWhole() throws Exception {
        assertCutAndSameAsWhole(SECTIONS);
    }

    @Test
    void crlfLineEndsAreTheSameCutOrWhole() throws Exception {
        assertCutAndSameAsWhole(SECTIONS.replace("\n", "\r\n"));
        assertCutAndSameAsWhole(Fixtures.referenceText("producer/openapi.yaml").replace("\n", "\r\n"));
    }

    @Test
    void aDocumentAboveTheMinimumSizeIsParsedInSections() throws Exception {
        StringBuilder schemas = new StringBuilder("openapi: 3.1.0\ncomponents:\n  schemas:\n");
        for (int i = 0; schemas.length() < 200_000; i++) {
            schemas.append("    S").append(i).append(":\n      type: object\n      properties:\n")
                    .append("        code: {type: string, enum: [a, b]}\n        note:\n          type: string\n");
        }
        String text = schemas.toString();
        YamlSections.Settings from64k = new YamlSections.Settings(64 * 1024, 2, 0);
        StrictJsonReader reader = StrictJsonReader.yaml(JsonLimits.DEFAULT, from64k);
        assertThat(new YamlSections(reader, from64k).parse(text.getBytes(StandardCharsets.UTF_8))).isPresent();
        assertThat(new YamlSections(reader, from64k).parse(text.substring(0, 60_000).getBytes(StandardCharsets.UTF_8)))
                .as("below the minimum").isEmpty();
        JsonDocument doc = reader.parse(input(text));
        assertThat(doc.root().at("/components/schemas").size()).isGreaterThan(1000);
        assertThat(doc.root()).isEqualTo(StrictJsonReader.yaml(JsonLimits.DEFAULT, NEVER).parse(input(text)).root());
        assertThat(doc.locate("/components/schemas/S1000/properties/note/type"))
                .isEqualTo(new Location(3 + 1000 * 6 + 6, 17));
        assertThat(YamlSections.Settings.DEFAULT.minimumBytes()).isEqualTo(1 << 20);
    }

    /** Layouts that must not be cut: the whole parse decides. */
    @ParameterizedTest
    @ValueSource(strings = {
            "---\na: 1\nb:\n  c: 2\n",                          // document marker
            "%YAML 1.2\n---\na: 1\n",                            // directive
            "a: 1\nb:\n\tc: 2\n",                                // tab indentation
            "- a\n- b\n",                                         // a sequence at the top
            "\"a\": 1\nb: 2\n",                                  // a quoted top-level key
            "a: [1,\n2]\nb: 3\n",                                 // flow content at column 0
    })
    void layoutsThatCannotBeCutAreLeftToTheWholeParse(String text) {
        assertThat(sections(text, JsonLimits.DEFAULT)).isEmpty();
    }

    /** Problems that only show across pieces: the cut gives up, and the whole parse reports them. */
    @ParameterizedTest
    @ValueSource(strings = {
            "a:\n  x: 1\nb: 2\na: 3\n",                          // a key repeated in another piece
            "a:\n  x: &anchor 1\nb:\n  y: *anchor\n",            // an alias of an anchor in another piece
            "a:\n  x: {p: 1,\n  q: 2}\nb: 1\n",                  // a flow mapping continued at the entries' indentation
            "a:\n  x: \"one\n  y: two\"\nb: 1\n",               // a quoted scalar continued likewise
    })
    void problemsAcrossPiecesAreReportedByTheWholeParse(String text) {
        Optional<StrictJsonReader.Tree> cut = sections(text, JsonLimits.DEFAULT);
        JsonProblem whole = catchThrowableOfType(JsonProblem.class,
                () -> StrictJsonReader.yaml(JsonLimits.DEFAULT, NEVER).parse(input(text)));
        if (whole != null) {
            assertThat(cut).as("a document the whole parse refuses is never accepted in sections").isEmpty();
            JsonProblem viaDefault = catchThrowableOfType(JsonProblem.class,
                    () -> StrictJsonReader.yaml(JsonLimits.DEFAULT, ALWAYS).parse(input(text)));
            assertThat(viaDefault).isNotNull();
            assertThat(viaDefault.getMessage()).isEqualTo(whole.getMessage());
            assertThat(viaDefault.location()).isEqualTo(whole.location());
        } else {
            assertThat(cut).as("cut or not, the same tree").satisfiesAnyOf(
                    c -> assertThat(c).isEmpty(), c -> assertThat(c.get().root()).isEqualTo(wholeTree(text)));
        }
    }

    private static JsonNode wholeTree(String text) {
        try {
            return StrictJsonReader.yaml(JsonLimits.DEFAULT, NEVER).parse(input(text)).root();
        } catch (JsonProblem e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void depthIsCountedFromTheDocumentRootNotThePiece() {
        String text = "a: 1\nb:\n  c:\n    d:\n      e:\n        f: 1\n";
        YamlSections.Settings everyEntry = new YamlSections.Settings(0, 2, 1);
        JsonLimits shallow = new JsonLimits(JsonLimits.DEFAULT.maxBytes(), 4, 1000, 100);
        assertThat(sections(text, shallow, everyEntry)).isEmpty();
        assertThat(catchThrowableOfType(JsonProblem.class,
                () -> StrictJsonReader.yaml(shallow, everyEntry).parse(input(text)))).isNotNull();
        assertThat(sections(text, JsonLimits.DEFAULT, everyEntry)).isPresent()
                .hasValueSatisfying(tree -> assertThat(tree.depth()).isEqualTo(5));
    }
}
