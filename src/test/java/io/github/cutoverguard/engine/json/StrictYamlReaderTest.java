package io.github.cutoverguard.engine.json;

import io.github.cutoverguard.engine.input.InputLimits;
import io.github.cutoverguard.engine.Location;
import io.github.cutoverguard.engine.input.InputReader;
import io.github.cutoverguard.engine.input.RawInput;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** {@link StrictJsonReader#yaml}: YAML with the JSON reader's strictness and locations. */
class StrictYamlReaderTest {

    private final StrictJsonReader reader = StrictJsonReader.yaml(InputLimits.DEFAULT);

    private static RawInput input(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return new RawInput("openapi.yaml", Path.of("openapi.yaml"), bytes, InputReader.sha256Hex(bytes));
    }

    private JsonProblem problem(String text) {
        try {
            reader.parse(input(text));
        } catch (JsonProblem e) {
            return e;
        }
        throw new AssertionError("expected a JsonProblem");
    }

    @Test
    void buildsTheSameTreeWithTheLineAndColumnOfEveryValue() throws Exception {
        JsonDocument doc = reader.parse(input("openapi: 3.1.0\ninfo:\n  title: x\n  version: service.v3\n"
                + "tags: [a, b]\n\"200\": {n: 1, f: 1.5, t: true, z: null}\n"));
        assertThat(doc.text("openapi")).contains("3.1.0");
        assertThat(doc.locate("/info/version")).isEqualTo(new Location(4, 12));
        assertThat(doc.locate("/tags/1")).isEqualTo(new Location(5, 11));
        assertThat(doc.root().at("/200/n").intValue()).isEqualTo(1);
        assertThat(doc.root().at("/200/f").decimalValue().toString()).isEqualTo("1.5");
        assertThat(doc.root().at("/200/t").booleanValue()).isTrue();
        assertThat(doc.root().at("/200/z").isNull()).isTrue();
    }

    @Test
    void duplicateKeyFailsWithItsLineEvenWhenQuotedDifferently() {
        JsonProblem e = problem("responses:\n  \"500\":\n    description: a\n  500:\n    description: b\n");
        assertThat(e.getMessage()).contains("Duplicate").contains("500");
        assertThat(e.location().line()).isEqualTo(4);
        assertThat(e.hint()).contains("repeated key");
    }

    @Test
    void aliasIsRefusedInsteadOfBeingReadAsText() {
        JsonProblem e = problem("a: &shared {b: 1}\nc: *shared\n");
        assertThat(e.getMessage()).contains("alias *shared");
        assertThat(e.location()).isEqualTo(new Location(2, 4));
    }

    /** Issue #26 defect 18: a second document is named in YAML's terms, not as text after a closing bracket. */
    @Test
    void mergeKeyIsRefusedInsteadOfBeingKeptAsAMember() {
        JsonProblem e = problem("Envelope:\n  type: object\n  <<:\n    allOf:\n      - required: [legacy_error]\n");
        assertThat(e.getMessage()).isEqualTo("YAML merge key << is not supported: YAML 1.1 readers merge its mapping "
                + "into this one, this reader would keep a member named \"<<\"");
        assertThat(e.location()).isEqualTo(new Location(3, 3));
        assertThat(e.hint()).isEqualTo("write the merged members out in this mapping");
    }

    @Test
    void aSecondDocumentIsNamedInYamlsTerms() {
        for (String text : new String[] {"warehouse: stock.v6\n---\nwarehouse: stock.v5\n", "warehouse: stock.v6\n---\n"}) {
            JsonProblem e = problem(text);
            assertThat(e.getMessage()).as(text).isEqualTo("a second YAML document starts here, after a '---' document marker:"
                    + " the file must hold exactly one document");
            assertThat(e.location()).isEqualTo(new Location(3, 1));
            assertThat(e.hint()).isEqualTo("remove the '---' marker and what follows it, or move the second document to a "
                    + "file of its own").doesNotContain("bracket");
        }
    }

    @Test
    void syntaxErrorNamesTheProblemAndWhereSnakeYamlFoundIt() {
        JsonProblem e = problem("a: [1,\n");
        assertThat(e.getMessage()).contains("expected the node content").doesNotContain("\n").doesNotContain("^");
        assertThat(e.location().line()).isEqualTo(2);
        assertThat(e.hint()).contains("YAML syntax");
    }

    @Test
    void emptyAndCommentOnlyFilesFail() {
        assertThat(problem("# nothing\n").getMessage()).contains("no YAML value");
        assertThat(problem("").getMessage()).contains("empty");
    }

    @Test
    void nestingBeyondTheLimitFails() {
        String deep = "a: " + "[".repeat(500) + "]".repeat(500) + "\n";
        assertThat(problem(deep).getMessage()).containsIgnoringCase("depth");
    }

    @Test
    void documentsAboveSnakeYamlsOwnCodePointCapAreRead() throws Exception {
        StringBuilder big = new StringBuilder("items:\n");
        while (big.length() < 4 * 1024 * 1024) {
            big.append("  - description: a value long enough to grow the document quickly\n");
        }
        JsonDocument doc = reader.parse(input(big.toString()));
        assertThat(doc.root().get("items").size()).isGreaterThan(50_000);
    }

    /** A 12 MiB document whose member {@code key} is one unbroken 12 MiB token on one line, after an OpenAPI header. */
    private static String oneLongLine(String key, String open, String close) {
        StringBuilder text = new StringBuilder("openapi: 3.1.0\ninfo:\n  title: stock\n  version: stock.v6\n")
                .append(key).append(": ").append(open);
        while (text.length() < 12 * 1024 * 1024) {
            text.append("inventory-stock-level-");
        }
        return text.append(close).append("\npaths: {}\n").toString();
    }

    @Test
    void aLongLineIsReadInTimeLinearInItsLength() {
        // SnakeYAML's default 1 KiB buffer copied the whole look-ahead per buffer-full: 35 s for 8 MiB on one line,
        // about a minute for 12; read linearly it takes a second, so 20 s is generous on a loaded machine
        for (String[] shape : new String[][] {{"x-plain", "", ""}, {"x-quoted", "\"", "\""}}) {
            String text = oneLongLine(shape[0], shape[1], shape[2]);
            JsonDocument doc = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> reader.parse(input(text)),
                    shape[0]);
            assertThat(doc.root().get(shape[0]).asString()).hasSizeGreaterThan(12_000_000);
        }
    }

    @Test
    void aScalarAboveTheStringLimitIsAProblemNamingTheLimitAndWhereItIs() {
        StrictJsonReader small = StrictJsonReader.yaml(new InputLimits(1024 * 1024, 50, 4096, 100));
        String text = "openapi: 3.1.0\ninfo:\n  description: " + "restock".repeat(1000) + "\n";
        try {
            small.parse(input(text));
            throw new AssertionError("expected a JsonProblem");
        } catch (JsonProblem e) {
            assertThat(e.getMessage()).contains("7000").contains("4096");
            assertThat(e.location().line()).isEqualTo(3);
            assertThat(e.hint()).contains("safety limit");
        }
    }

    @Test
    void nonFiniteFloatsAndBinaryScalarsDoNotCrash() throws Exception {
        JsonDocument doc = reader.parse(input("a: .inf\nb: .nan\nc: !!binary aGVsbG8=\n"));
        assertThat(doc.root().get("a").doubleValue()).isInfinite();
        assertThat(doc.root().get("c").asString()).isEqualTo("aGVsbG8=");
    }

    @Test
    void jsonReaderMessagesAreUnchanged() {
        StrictJsonReader json = new StrictJsonReader(InputLimits.DEFAULT);
        try {
            json.parse(input("  \n"));
            throw new AssertionError("expected a JsonProblem");
        } catch (JsonProblem e) {
            assertThat(e.getMessage()).isEqualTo("the file holds no JSON value (only whitespace)");
        }
    }
}
