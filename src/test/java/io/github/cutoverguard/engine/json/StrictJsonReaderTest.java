package io.github.cutoverguard.engine.json;

import io.github.cutoverguard.engine.input.InputLimits;
import io.github.cutoverguard.engine.Location;
import io.github.cutoverguard.engine.input.InputReader;
import io.github.cutoverguard.engine.input.RawInput;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StrictJsonReaderTest {

    private final StrictJsonReader reader = new StrictJsonReader(InputLimits.DEFAULT);

    private static RawInput input(byte[] bytes) {
        return new RawInput("pin.json", Path.of("pin.json"), bytes, InputReader.sha256Hex(bytes));
    }

    private static RawInput input(String text) {
        return input(text.getBytes(StandardCharsets.UTF_8));
    }

    private JsonProblem problem(RawInput input) {
        try {
            reader.parse(input);
        } catch (JsonProblem e) {
            return e;
        }
        throw new AssertionError("expected a JsonProblem");
    }

    @Test
    void recordsTheLineAndColumnOfEveryValue() throws Exception {
        JsonDocument doc = reader.parse(input("{\n  \"release_tag\": \"v0.3.2\",\n  \"codes\": [\"a\",\n    \"b\"]\n}\n"));
        assertThat(doc.locate("/release_tag")).isEqualTo(new Location(2, 18));
        assertThat(doc.locate("/codes/1")).isEqualTo(new Location(4, 5));
        assertThat(doc.locate("")).isEqualTo(new Location(1, 1));
        assertThat(doc.text("release_tag")).contains("v0.3.2");
    }

    @Test
    void onlyCanonicalArrayIndexesNameElements() throws Exception {
        StringBuilder json = new StringBuilder("{\"01\": \"member\",\n\"a\": [\n");
        for (int i = 0; i < 12; i++) {
            json.append(i == 0 ? "" : ",\n").append(i);
        }
        JsonDocument doc = reader.parse(input(json.append("\n]}").toString()));
        Location array = new Location(2, 6);
        assertThat(doc.locate("/a")).isEqualTo(array);
        assertThat(doc.locate("/a/0")).isEqualTo(new Location(3, 1));
        assertThat(doc.locate("/a/11")).isEqualTo(new Location(14, 1));
        for (String notAnIndex : new String[] {"011", "00", "+1", "-1", "1e0", " 1", "12", "2147483648", "99999999999", ""}) {
            assertThat(doc.locate("/a/" + notAnIndex)).as(notAnIndex).isEqualTo(array);
        }
        assertThat(doc.locate("/01")).isEqualTo(new Location(1, 8));
    }

    @Test
    void missingMemberIsLocatedAtItsNearestAncestor() throws Exception {
        JsonDocument doc = reader.parse(input("{\n  \"a\": {\n    \"b\": 1\n  }\n}"));
        assertThat(doc.locate("/a/missing")).isEqualTo(new Location(2, 8));
        assertThat(doc.locate("/nothing/here")).isEqualTo(new Location(1, 1));
    }

    @Test
    void pointerTokensAreEscaped() throws Exception {
        JsonDocument doc = reader.parse(input("{\"a/b\": {\"c~d\": true}}"));
        assertThat(doc.locate("/a~1b/c~0d")).isEqualTo(new Location(1, 17));
    }

    @Test
    void locatesEveryValueOfALargeDocumentAtItsOwnLine() throws Exception {
        StringBuilder json = new StringBuilder("{\"rows\": [\n");
        for (int row = 0; row < 2000; row++) {
            json.append("  {\"id\": ").append(row).append(", \"tags\": [\"t\"]}").append(row < 1999 ? ",\n" : "\n");
        }
        JsonDocument doc = reader.parse(input(json.append("]}").toString()));
        assertThat(doc.locate("/rows/0/id")).isEqualTo(new Location(2, 10));
        assertThat(doc.locate("/rows/1999/tags/0")).isEqualTo(new Location(2001, 25));
        assertThat(doc.locate("/rows/1234")).isEqualTo(new Location(1236, 3));
        assertThat(doc.locate("/rows/2000")).as("past the end: the array").isEqualTo(new Location(1, 10));
    }

    @Test
    void duplicateKeyFailsEvenWhenTheLastValueIsRight() {
        JsonProblem e = problem(input("{\n  \"release_tag\": \"v9.9.9\",\n  \"release_tag\": \"v0.3.2\"\n}"));
        assertThat(e.getMessage()).contains("Duplicate").contains("release_tag");
        assertThat(e.location().line()).isEqualTo(3);
        assertThat(e.hint()).contains("repeated key");
    }

    @Test
    void duplicateKeyInANestedObjectFails() {
        assertThat(problem(input("{\"a\": [{\"x\": 1, \"x\": 1}]}")).getMessage()).contains("Duplicate");
    }

    @Test
    void bytesBeyondTheSizeLimitAreAProblemNotAnException() {
        // found by fuzzing (StrictJsonReaderFuzzTest#json): the parser's own length check escaped as an exception
        StrictJsonReader small = new StrictJsonReader(InputLimits.DEFAULT.withMaxBytes(8));
        for (StrictJsonReader reader : new StrictJsonReader[] {small, StrictJsonReader.yaml(InputLimits.DEFAULT.withMaxBytes(8))}) {
            assertThatThrownBy(() -> reader.parse(input("{\"a\": 12345}")))
                    .isInstanceOfSatisfying(JsonProblem.class, e -> {
                        assertThat(e.getMessage()).isEqualTo("the input is 12 bytes, above the 8-byte input limit");
                        assertThat(e.location()).isEqualTo(new Location(1, 1));
                    });
        }
    }

    @Test
    void trailingContentFails() {
        JsonProblem e = problem(input("{\"a\": 1}\n{\"b\": 2}"));
        assertThat(e.getMessage()).contains("follows the end");
        assertThat(e.location()).isEqualTo(new Location(2, 1));
    }

    /** Issue #26 defect 17: JSON's limits are told in JSON's terms, never as a parser feature the user cannot set. */
    @Test
    void nonJsonNumbersAndCommentsAreNamedWithoutParserFeatures() {
        String[][] cases = {
                {"{\"reorder_level\": NaN}", "NaN is not a JSON number: JSON has no NaN or Infinity",
                        "write the number the field means as digits"},
                {"{\"reorder_level\": Infinity}", "Infinity is not a JSON number: JSON has no NaN or Infinity", null},
                {"{\"reorder_level\": -Infinity}", "-Infinity is not a JSON number: JSON has no NaN or Infinity", null},
                {"{\"reorder_level\": 12} // stock.v6", "a comment is not JSON: JSON has no comments",
                        "remove the comment; a note can go in a file beside this one"},
                {"{/* stock.v6 */ \"reorder_level\": 12}", "a comment is not JSON: JSON has no comments", null},
                {"# stock.v6\n{\"reorder_level\": 12}", "a comment is not JSON: JSON has no comments", null},
                {"{\"reorder_level\": +12}", "a number with a plus sign is not JSON: write it without the sign", null},
                {"{\"reorder_level\": 0x0c}", "a hexadecimal number is not JSON: write it in decimal", null},
        };
        for (String[] c : cases) {
            JsonProblem e = problem(input(c[0]));
            assertThat(e.getMessage()).as(c[0]).isEqualTo(c[1]);
            assertThat(e.getMessage() + e.hint()).as(c[0]).doesNotContainIgnoringCase("feature").doesNotContain("enabl")
                    .doesNotContain("`");
            if (c[2] != null) {
                assertThat(e.hint()).as(c[0]).isEqualTo(c[2]);
            }
        }
        assertThat(problem(input("{\"reorder_level\": NaN}")).location()).isEqualTo(new Location(1, 19));
        assertThat(problem(input("{\"reorder_level\": 12}\n// stock.v6")).location()).isEqualTo(new Location(2, 1));
    }

    @Test
    void syntaxErrorReportsItsPosition() {
        JsonProblem e = problem(input("{\n  \"a\": 1,\n  \"b\" 2\n}"));
        assertThat(e.location().line()).isEqualTo(3);
    }

    @Test
    void invalidUtf8Fails() {
        byte[] bytes = {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};
        JsonProblem e = problem(input(bytes));
        assertThat(e.getMessage()).containsIgnoringCase("UTF-8");
        assertThat(e.location().line()).isEqualTo(1);
    }

    @Test
    void byteOrderMarkFails() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '{', '}'};
        assertThat(problem(input(bom)).getMessage()).contains("byte-order mark");
    }

    @Test
    void utf16Fails() {
        assertThat(problem(input("{\"a\": 1}".getBytes(StandardCharsets.UTF_16LE))).getMessage()).contains("UTF-16");
        assertThat(problem(input("{\"a\": 1}".getBytes(StandardCharsets.UTF_16))).getMessage()).contains("UTF-16");
    }

    @Test
    void emptyAndBlankFilesFail() {
        assertThat(problem(input(new byte[0])).getMessage()).contains("empty");
        assertThat(problem(input("  \n ")).getMessage()).contains("no JSON value");
    }

    @Test
    void nestingBeyondTheLimitFailsWithoutStackOverflow() {
        String deep = "[".repeat(100_000) + "]".repeat(100_000);
        JsonProblem e = problem(input(deep));
        assertThat(e.getMessage()).containsIgnoringCase("depth");
        assertThat(e.location().line()).isEqualTo(1);
    }

    @Test
    void unescapedControlCharacterFails() {
        assertThat(problem(input("{\"a\": \"x\u0001y\"}")).location().line()).isEqualTo(1);
    }

    @Test
    void oversizedNumberFails() {
        assertThat(problem(input("{\"a\": " + "9".repeat(5000) + "}")).getMessage()).containsIgnoringCase("length");
    }

    @Test
    void numbersKeepTheirValue() throws Exception {
        JsonDocument doc = reader.parse(input("{\"i\": 2500, \"l\": 9000000000, \"b\": 123456789012345678901234567890, \"d\": 1.5}"));
        assertThat(doc.root().get("i").intValue()).isEqualTo(2500);
        assertThat(doc.root().get("l").longValue()).isEqualTo(9_000_000_000L);
        assertThat(doc.root().get("b").bigIntegerValue().toString()).isEqualTo("123456789012345678901234567890");
        assertThat(doc.root().get("d").decimalValue().toString()).isEqualTo("1.5");
        assertThat(doc.root().get("i").isIntegralNumber()).isTrue();
    }

    @Test
    void limitsMustBePositive() {
        assertThatThrownBy(() -> new InputLimits(0, 1, 1, 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
