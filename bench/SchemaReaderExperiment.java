import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import com.networknt.schema.serialization.NodeReader;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Helper of bench/goal-profile.sh: an experiment, not the plugin's code. It measures, in a fresh
 * JVM, check-pin's first schema (registry, compile, validate the pin) and an evidence-shaped report
 * written through jackson-core's JsonGenerator (as the plugin's JsonText does), in three variants:
 *   as-is   networknt's default schema reader (BasicNodeReader, which builds a Jackson JsonMapper)
 *           and the bundled integration-pin.v1: what SchemaCatalog does today;
 *   no-not  the same, but integration-pin.v1 without its "not": {"propertyNames": {"not": ...}}
 *           clause (the "a member ends in _repo" rule), whose error message networknt formats
 *           with JsonNode.toString() (which builds another JsonMapper);
 *   lean    that schema and a NodeReader built on Jackson's streaming parser and JsonNodeFactory:
 *           no ObjectMapper at all.
 *
 *   java -cp CLASSES:CP SchemaReaderExperiment as-is|no-not|lean PIN_FILE NO_NOT_SCHEMA_FILE
 *
 * The registry is configured like SchemaCatalog's (draft 2020-12, JSON-pointer paths, format
 * assertions, errorMessage, the bundled $id prefix mapped to the plugin jar, nothing fetched),
 * except for the regular-expression factory (the JDK's, here). Prints one line: variant, registry +
 * compile ms, validate ms, report ms, classes loaded.
 */
public class SchemaReaderExperiment {

    private static final String PREFIX = "https://cutoverguard.github.io/schemas/";

    public static void main(String[] args) throws Exception {
        String variant = args[0];
        if (!variant.equals("as-is") && !variant.equals("no-not") && !variant.equals("lean")) {
            throw new IllegalArgumentException("as-is | no-not | lean");
        }
        boolean streaming = variant.equals("lean");
        byte[] pin = Files.readAllBytes(Path.of(args[1]));
        String noNot = Files.readString(Path.of(args[2]));
        long classes0 = ManagementFactory.getClassLoadingMXBean().getTotalLoadedClassCount();
        long t0 = System.nanoTime();
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12, builder -> {
            builder.schemaRegistryConfig(SchemaRegistryConfig.builder()
                            .pathType(PathType.JSON_POINTER)
                            .formatAssertionsEnabled(true)
                            .errorMessageKeyword("errorMessage")
                            .build())
                    .schemaLoader(loader -> loader
                            .fetchRemoteResources(false)
                            .schemaIdResolvers(ids -> ids.mapPrefix(PREFIX, "classpath:io/github/cutoverguard/schemas/")));
            if (streaming) {
                builder.nodeReader(new StreamingNodeReader());
            }
        });
        // the pin schema's text goes through the registry's node reader in every variant
        byte[] schemaText;
        if (variant.equals("as-is")) {
            try (InputStream in = SchemaReaderExperiment.class.getClassLoader()
                    .getResourceAsStream("io/github/cutoverguard/schemas/integration-pin.v1.schema.json")) {
                schemaText = in.readAllBytes();
            }
        } else {
            schemaText = noNot.getBytes(StandardCharsets.UTF_8);
        }
        Schema schema = registry.getSchema(SchemaLocation.of(PREFIX + "integration-pin.v1.schema.json"),
                new java.io.ByteArrayInputStream(schemaText), InputFormat.JSON);
        schema.initializeValidators();
        long t1 = System.nanoTime();
        JsonNode document = StreamingNodeReader.read(pin);
        int errors = schema.validate(document).size();
        long t2 = System.nanoTime();
        byte[] evidence = evidenceByGenerator();
        long t3 = System.nanoTime();
        if (errors != 0 || evidence.length < 100) {
            throw new IllegalStateException("unexpected: " + errors + " errors, " + evidence.length + " bytes");
        }
        System.out.printf("%s\t%.1f\t%.1f\t%.1f\t%d%n", variant, (t1 - t0) / 1e6, (t2 - t1) / 1e6, (t3 - t2) / 1e6,
                ManagementFactory.getClassLoadingMXBean().getTotalLoadedClassCount() - classes0);
    }

    /** A report shaped like check-pin.json, through jackson-core's JsonGenerator only. */
    private static byte[] evidenceByGenerator() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator generator = new JsonFactory().createGenerator(ObjectWriteContext.empty(), out, JsonEncoding.UTF8)) {
            generator.writeStartObject();
            generator.writeStringProperty("schema_version", "evidence.v1");
            generator.writeStringProperty("goal", "check-pin");
            generator.writeArrayPropertyStart("checks");
            for (int i = 0; i < 13; i++) {
                generator.writeStartObject();
                generator.writeStringProperty("id", "check." + i);
                generator.writeStringProperty("status", "pass");
                generator.writeArrayPropertyStart("breaches");
                generator.writeEndArray();
                generator.writeEndObject();
            }
            generator.writeEndArray();
            generator.writeEndObject();
        }
        out.write('\n');
        return out.toByteArray();
    }

    /** networknt's NodeReader over Jackson's streaming parser: JSON only, no ObjectMapper. */
    static final class StreamingNodeReader implements NodeReader {

        private static final JsonFactory FACTORY = JsonFactory.builder()
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

        static JsonNode read(byte[] bytes) {
            try (JsonParser parser = FACTORY.createParser(ObjectReadContext.empty(), bytes)) {
                parser.nextToken();
                return value(parser);
            }
        }

        @Override
        public JsonNode readTree(String content, InputFormat format) {
            return read(content.getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public JsonNode readTree(InputStream content, InputFormat format) {
            try (content) {
                return read(content.readAllBytes());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        private static JsonNode value(JsonParser parser) {
            JsonNodeFactory nodes = JsonNodeFactory.instance;
            switch (parser.currentToken()) {
                case START_OBJECT: {
                    ObjectNode object = nodes.objectNode();
                    while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                        String name = parser.currentName();
                        parser.nextToken();
                        object.set(name, value(parser));
                    }
                    return object;
                }
                case START_ARRAY: {
                    ArrayNode array = nodes.arrayNode();
                    while (parser.nextToken() != JsonToken.END_ARRAY) {
                        array.add(value(parser));
                    }
                    return array;
                }
                case VALUE_STRING:
                    return nodes.stringNode(parser.getString());
                case VALUE_NUMBER_INT:
                    return nodes.numberNode(parser.getLongValue());
                case VALUE_NUMBER_FLOAT:
                    return nodes.numberNode(parser.getDecimalValue());
                case VALUE_TRUE:
                    return nodes.booleanNode(true);
                case VALUE_FALSE:
                    return nodes.booleanNode(false);
                default:
                    return nodes.nullNode();
            }
        }
    }
}
