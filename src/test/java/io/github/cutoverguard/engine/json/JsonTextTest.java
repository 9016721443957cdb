package io.github.cutoverguard.engine.json;

import org.junit.jupiter.api.Test;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.math.BigInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JsonTextTest {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** Every node type, escapes, empty containers and nesting. */
    private static ObjectNode sample() {
        ObjectNode root = NODES.objectNode();
        root.put("text", "quote \" backslash \\ newline \n tab \t control \u0001 unicode é ✓ \uD83D\uDE00");
        root.put("int", -7);
        root.put("long", 1L << 40);
        root.put("big_integer", new BigInteger("123456789012345678901234567890"));
        root.put("decimal", new BigDecimal("1.50"));
        root.put("exponent", new BigDecimal("1E+3"));
        root.put("double", 0.1d);
        root.put("float", 2.5f);
        root.put("true", true);
        root.put("false", false);
        root.putNull("null");
        root.putObject("empty_object");
        root.putArray("empty_array");
        root.put("binary", new byte[] {0, 1, 2, (byte) 255});
        root.putArray("mixed").add(1).add("two").addNull().addObject().set("deep", NODES.arrayNode().add(NODES.arrayNode()));
        return root;
    }

    @Test
    void defaultPrettyPrinterWritesWhatAnIndentingMapperWrites() {
        JsonMapper mapper = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

        assertThat(JsonText.pretty(sample())).isEqualTo(mapper.writeValueAsString(sample()));
    }

    @Test
    void aCustomPrinterWritesWhatAMapperWithThatPrinterWrites() {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectNameValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator(""))
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        JsonMapper mapper = JsonMapper.builder().defaultPrettyPrinter(printer)
                .enable(SerializationFeature.INDENT_OUTPUT).build();

        String once = JsonText.pretty(sample(), printer);

        assertThat(once).isEqualTo(mapper.writeValueAsString(sample()));
        assertThat(JsonText.pretty(sample(), printer)).as("the printer's state is not carried over").isEqualTo(once);
        assertThat(once).contains("\"empty_object\": {}").contains("\n  \"int\": -7,");
    }

    @Test
    void scalarsAtTheTopLevel() {
        assertThat(JsonText.pretty(NODES.stringNode("a\"b"))).isEqualTo("\"a\\\"b\"");
        assertThat(JsonText.pretty(NODES.numberNode(42))).isEqualTo("42");
        assertThat(JsonText.pretty(NODES.nullNode())).isEqualTo("null");
    }

    @Test
    void aTreeHoldingAJavaObjectIsRefused() {
        JsonNode pojo = NODES.objectNode().putPOJO("object", new Object());

        assertThatThrownBy(() -> JsonText.pretty(pojo)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Java object");
    }
}
