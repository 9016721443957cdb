package io.github.cutoverguard.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.cutoverguard.engine.Location;
import io.github.cutoverguard.engine.json.JsonDocument;
import io.github.cutoverguard.engine.input.InputLimits;
import io.github.cutoverguard.engine.json.JsonProblem;
import io.github.cutoverguard.engine.json.StrictJsonReader;
import org.junit.jupiter.api.Timeout;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.Iterator;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fuzzes {@link StrictJsonReader}, for JSON and for YAML, with the default limits and with tight ones.
 * Every input is either accepted, and then its tree round-trips (written out and read again, it is the
 * same tree) with every value located inside the input, or refused with a {@link JsonProblem} that
 * carries a line:column inside the input and a one-line message; nothing else may escape.
 */
class StrictJsonReaderFuzzTest {

    /** Small enough that fuzzed inputs of a few hundred bytes reach every limit. */
    static final InputLimits TIGHT = new InputLimits(2048, 8, 64, 24);

    private static final StrictJsonReader JSON = new StrictJsonReader(InputLimits.DEFAULT);
    private static final StrictJsonReader JSON_TIGHT = new StrictJsonReader(TIGHT);
    private static final StrictJsonReader YAML = StrictJsonReader.yaml(InputLimits.DEFAULT);
    private static final StrictJsonReader YAML_TIGHT = StrictJsonReader.yaml(TIGHT);

    /** Writes lone surrogates and control characters as escapes, so that any accepted string can be written back. */
    private static final JsonMapper JSON_OUT = JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();
    private static final YAMLMapper YAML_OUT = YAMLMapper.builder().build();

    /**
     * JSON has one kind of number: {@code 5e0} read back as written ({@code 5}) is the same number, though the
     * tree node type (decimal, int) differs. Other nodes compare as usual.
     */
    private static final Comparator<JsonNode> SAME_NUMBERS = (a, b) -> {
        if (a.isNumber() && b.isNumber()) {
            boolean finite = !(a.isFloatingPointNumber() && !a.isBigDecimal() && !Double.isFinite(a.doubleValue()))
                    && !(b.isFloatingPointNumber() && !b.isBigDecimal() && !Double.isFinite(b.doubleValue()));
            return finite ? a.decimalValue().compareTo(b.decimalValue()) : Double.compare(a.doubleValue(), b.doubleValue());
        }
        return a.equals(b) ? 0 : 1;
    };

    @FuzzTest
    @Timeout(value = 10, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void json(byte[] data) {
        check(JSON, data, "input.json", false);
        check(JSON_TIGHT, data, "input.json", false);
    }

    @FuzzTest
    @Timeout(value = 10, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void yaml(byte[] data) {
        check(YAML, data, "openapi.yaml", true);
        check(YAML_TIGHT, data, "openapi.yaml", true);
    }

    private static void check(StrictJsonReader reader, byte[] data, String name, boolean yaml) {
        JsonDocument document;
        try {
            document = reader.parse(FuzzSupport.raw(name, data));
        } catch (JsonProblem problem) {
            FuzzSupport.assertInside(problem.location(), data, "the problem \"" + problem.getMessage() + "\"");
            assertThat(problem.location().isKnown()).as("a refusal carries a location: %s", problem.getMessage()).isTrue();
            assertThat(problem.getMessage()).isNotBlank().doesNotContain("\n", "\r");
            assertThat(problem.hint()).isNotBlank();
            return;
        }
        JsonNode root = document.root();
        assertLocated(document, root, "", data);
        // written back out (as JSON; YAML also as YAML, which keeps .inf and .nan) and read again: the same tree
        byte[] json = JSON_OUT.writeValueAsBytes(root);
        if (!yaml || finite(root)) {
            JsonDocument again = reparse(JSON, json, "again.json");
            assertThat(root.equals(SAME_NUMBERS, again.root()))
                    .as("JSON round trip of %s", new String(json, StandardCharsets.UTF_8)).isTrue();
        }
        if (yaml) {
            byte[] text = YAML_OUT.writeValueAsBytes(root);
            JsonDocument again = reparse(YAML, text, "again.yaml");
            assertThat(root.equals(SAME_NUMBERS, again.root()))
                    .as("YAML round trip of %s", new String(text, StandardCharsets.UTF_8)).isTrue();
        }
    }

    private static JsonDocument reparse(StrictJsonReader reader, byte[] bytes, String name) {
        try {
            return reader.parse(FuzzSupport.raw(name, bytes));
        } catch (JsonProblem e) {
            throw new AssertionError("the written-back tree is refused at " + e.location() + ": " + e.getMessage()
                    + "\n" + new String(bytes, StandardCharsets.UTF_8), e);
        }
    }

    /** Every value of the tree has a location inside the input. */
    private static void assertLocated(JsonDocument document, JsonNode node, String pointer, byte[] data) {
        Location at = document.locate(pointer);
        assertThat(at.isKnown()).as("value at '%s' is located", pointer).isTrue();
        FuzzSupport.assertInside(at, data, "value at '" + pointer + "'");
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> member : node.properties()) {
                assertLocated(document, member.getValue(), pointer + "/" + JsonDocument.escape(member.getKey()), data);
            }
        } else if (node.isArray()) {
            int i = 0;
            for (Iterator<JsonNode> it = node.values().iterator(); it.hasNext(); i++) {
                assertLocated(document, it.next(), pointer + "/" + i, data);
            }
        }
    }

    private static boolean finite(JsonNode node) {
        if (node.isNumber() && node.isFloatingPointNumber() && !node.isBigDecimal()) {
            return Double.isFinite(node.doubleValue());
        }
        for (JsonNode child : node.values()) {
            if (!finite(child)) {
                return false;
            }
        }
        return true;
    }
}
