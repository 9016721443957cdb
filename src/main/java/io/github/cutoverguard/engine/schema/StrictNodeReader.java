package io.github.cutoverguard.engine.schema;

import com.networknt.schema.InputFormat;
import com.networknt.schema.serialization.NodeReader;
import io.github.cutoverguard.engine.input.RawInput;
import io.github.cutoverguard.engine.input.InputLimits;
import io.github.cutoverguard.engine.json.JsonProblem;
import io.github.cutoverguard.engine.json.StrictJsonReader;
import tools.jackson.core.io.JsonStringEncoder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.StringNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * How networknt reads the schema documents it loads itself (bundled schemas, their {@code $ref}s,
 * the 2020-12 meta-schemas): with {@link StrictJsonReader}, so schemas get the inputs' strictness
 * (a duplicate key is an error) and networknt never builds its own {@code JsonMapper}, whose
 * databind deserializers cost about 350 classes and a few hundred milliseconds on a goal's first use.
 *
 * <p>Every string in a schema document is a {@link SchemaString}: networknt's {@code enum} keyword
 * formats each allowed value with {@code JsonNode.toString()} when it compiles, and databind's own
 * {@code toString()} builds an internal {@code JsonMapper} (about 400 classes) to do that.
 */
final class StrictNodeReader implements NodeReader {

    private static final JsonNodeFactory SCHEMA_NODES = new SchemaNodes();

    private final StrictJsonReader json = new StrictJsonReader(InputLimits.DEFAULT).withNodes(SCHEMA_NODES);
    private final StrictJsonReader yaml = StrictJsonReader.yaml(InputLimits.DEFAULT).withNodes(SCHEMA_NODES);

    @Override
    public JsonNode readTree(String content, InputFormat format) {
        return parse(content.getBytes(StandardCharsets.UTF_8), format);
    }

    @Override
    public JsonNode readTree(InputStream content, InputFormat format) {
        try (content) {
            return parse(content.readAllBytes(), format);
        } catch (IOException e) {
            throw new UncheckedIOException("a schema document cannot be read: " + e.getMessage(), e);
        }
    }

    private JsonNode parse(byte[] bytes, InputFormat format) {
        RawInput input = new RawInput("schema", Path.of("schema"), bytes, "");
        try {
            return (format == InputFormat.YAML ? yaml : json).parse(input).root();
        } catch (JsonProblem e) {
            throw new IllegalArgumentException("a schema document is not strict " + format + " at line "
                    + e.location().line() + ", column " + e.location().column() + ": " + e.getMessage(), e);
        }
    }

    /** Creates every string of a schema document as a {@link SchemaString}. */
    private static final class SchemaNodes extends JsonNodeFactory {

        private static final long serialVersionUID = 1L;

        @Override
        public StringNode stringNode(String text) {
            return text == null ? super.stringNode(null) : new SchemaString(text);
        }
    }

    /**
     * A string node (equal to the {@link StringNode} of the same value) whose {@code toString()}, its
     * quoted JSON text, is rendered by jackson-core's encoder instead of a databind mapper.
     */
    static final class SchemaString extends StringNode {

        private static final long serialVersionUID = 1L;

        SchemaString(String value) {
            super(value);
        }

        @Override
        public String toString() {
            StringBuilder text = new StringBuilder(_value.length() + 2).append('"');
            JsonStringEncoder.getInstance().quoteAsString(_value, text);
            return text.append('"').toString();
        }
    }
}
