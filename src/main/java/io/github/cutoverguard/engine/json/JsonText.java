package io.github.cutoverguard.engine.json;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.databind.JsonNode;

import java.io.StringWriter;
import java.util.Map;

/**
 * Renders a JSON tree as indented text with jackson-core's streaming generator alone.
 *
 * <p>An {@code ObjectMapper} writes the same text, but its first write builds databind's serializer
 * machinery: about 250 ms of class loading on a cold JVM, paid by every goal that writes a report
 * (docs/PERFORMANCE.md, "fixed cost"). The generator does the escaping and the number formatting;
 * this class only walks the tree. Thread-safe.
 */
public final class JsonText {

    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private JsonText() {
    }

    /** The tree with the default pretty printer ({@code "name" : value}, two-space indents). */
    public static String pretty(JsonNode tree) {
        return pretty(tree, new DefaultPrettyPrinter());
    }

    /** The tree with a copy of {@code printer} (pretty printers hold per-document state). */
    public static String pretty(JsonNode tree, DefaultPrettyPrinter printer) {
        PrettyPrinter instance = printer.createInstance();
        ObjectWriteContext context = new ObjectWriteContext.Base() {
            @Override
            public PrettyPrinter getPrettyPrinter() {
                return instance;
            }

            @Override
            public boolean hasPrettyPrinter() {
                return true;
            }
        };
        StringWriter out = new StringWriter();
        try (JsonGenerator generator = FACTORY.createGenerator(context, out)) {
            write(generator, tree);
        }
        return out.toString();
    }

    private static void write(JsonGenerator generator, JsonNode node) {
        switch (node.getNodeType()) {
            case OBJECT -> {
                generator.writeStartObject();
                for (Map.Entry<String, JsonNode> member : node.properties()) {
                    generator.writeName(member.getKey());
                    write(generator, member.getValue());
                }
                generator.writeEndObject();
            }
            case ARRAY -> {
                generator.writeStartArray();
                for (JsonNode element : node) {
                    write(generator, element);
                }
                generator.writeEndArray();
            }
            case STRING -> generator.writeString(node.stringValue());
            case BOOLEAN -> generator.writeBoolean(node.booleanValue());
            case NULL, MISSING -> generator.writeNull();
            case NUMBER -> writeNumber(generator, node);
            case BINARY -> generator.writeBinary(node.binaryValue());
            case POJO -> throw new IllegalArgumentException("a tree holding a Java object cannot be rendered: " + node);
        }
    }

    private static void writeNumber(JsonGenerator generator, JsonNode node) {
        switch (node.numberType()) {
            case INT -> generator.writeNumber(node.intValue());
            case LONG -> generator.writeNumber(node.longValue());
            case BIG_INTEGER -> generator.writeNumber(node.bigIntegerValue());
            case FLOAT -> generator.writeNumber(node.floatValue());
            case DOUBLE -> generator.writeNumber(node.doubleValue());
            case BIG_DECIMAL -> generator.writeNumber(node.decimalValue());
        }
    }
}
