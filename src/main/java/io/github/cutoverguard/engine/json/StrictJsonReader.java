package io.github.cutoverguard.engine.json;

import io.github.cutoverguard.engine.input.InputLimits;
import io.github.cutoverguard.engine.Location;
import io.github.cutoverguard.engine.input.RawInput;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLParser;


/**
 * Parses JSON strictly with Jackson's streaming parser and builds the tree in the same pass,
 * recording the line:column of every value. Duplicate keys, trailing content, invalid UTF-8, a
 * byte-order mark or UTF-16/32 encoding, and input beyond {@link InputLimits} are {@link JsonProblem}s
 * with a location, never exceptions that escape.
 *
 * <p>{@link #yaml(InputLimits)} reads YAML (e.g. an OpenAPI description) with the same strictness
 * and the same tree and locations: duplicate keys, a second document (named as such), content beyond the limits are
 * problems with a line:column; an alias ({@code *name}) is refused rather than silently read as text, and
 * a merge key ({@code <<}, quoted or not) rather than kept as a member that YAML 1.1 readers would merge.
 * A member whose value is a mapping or a sequence is located at its key (the line that names it).
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class StrictJsonReader {

    private static final String DUPLICATE_HINT =
            "remove the repeated key: with duplicates, one value would silently win";
    private static final String ENCODING_HINT = "save the file as UTF-8 without a byte-order mark";

    private final TokenStreamFactory factory;
    private final InputLimits limits;
    private final String format;
    private final JsonNodeFactory nodes;

    public StrictJsonReader(InputLimits limits) {
        this(JsonFactory.builder()
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .streamReadConstraints(constraints(limits))
                .build(), limits, "JSON", JsonNodeFactory.instance);
    }

    private StrictJsonReader(TokenStreamFactory factory, InputLimits limits, String format, JsonNodeFactory nodes) {
        this.factory = factory;
        this.limits = limits;
        this.format = format;
        this.nodes = nodes;
    }

    /** This reader building its trees' nodes with {@code nodes} instead of Jackson's default factory. */
    public StrictJsonReader withNodes(JsonNodeFactory nodes) {
        return new StrictJsonReader(factory, limits, format, nodes);
    }

    /**
     * A reader for YAML with the JSON reader's strictness and limits (duplicate keys are problems,
     * not "last key wins"); the document is built into the same tree with the same locations.
     */
    public static StrictJsonReader yaml(InputLimits limits) {
        YAMLFactory yaml = YAMLFactory.builder()
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .streamReadConstraints(constraints(limits))
                .build();
        return new StrictJsonReader(yaml, limits, "YAML", JsonNodeFactory.instance);
    }

    private static StreamReadConstraints constraints(InputLimits limits) {
        return StreamReadConstraints.builder()
                .maxNestingDepth(limits.maxDepth())
                .maxDocumentLength(limits.maxBytes())
                .maxStringLength(limits.maxStringLength())
                .maxNameLength(limits.maxStringLength())
                .maxNumberLength(limits.maxNumberLength())
                .build();
    }

    public InputLimits limits() {
        return limits;
    }

    /** Parses the bytes of {@code input}. */
    public JsonDocument parse(RawInput input) throws JsonProblem {
        byte[] bytes = input.bytes();
        checkEncoding(bytes);
        if (bytes.length > limits.maxBytes()) {
            // Jackson checks the length when it creates the parser, before the try below could catch it
            throw new JsonProblem("the input is " + bytes.length + " bytes, above the " + limits.maxBytes()
                    + "-byte input limit", new Location(1, 1), "the input exceeds a safety limit; keep contract files small");
        }
        // SnakeYAML's settings follow the input's length, so that a long line costs what many short ones do
        TokenStreamFactory reading = factory instanceof YAMLFactory yaml
                ? YamlSettings.forInput(yaml, limits.maxBytes(), bytes.length) : factory;
        JsonParser parser = reading.createParser(ObjectReadContext.empty(), bytes);
        try (parser) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new JsonProblem("the file holds no " + format + " value (only whitespace)", new Location(1, 1),
                        "put the expected " + format + " object in the file");
            }
            TreeBuilder builder = new TreeBuilder(parser, nodes);
            JsonNode root = builder.readValue(LocationTable.root(), null, 0, null);
            JsonToken trailing = parser.nextToken();
            if (trailing != null && parser instanceof YAMLParser) {
                throw new JsonProblem("a second YAML document starts here, after a '---' document marker: the file must "
                        + "hold exactly one document", location(parser.currentTokenLocation()),
                        "remove the '---' marker and what follows it, or move the second document to a file of its own");
            }
            if (trailing != null) {
                throw new JsonProblem("content follows the end of the JSON value",
                        location(parser.currentTokenLocation()),
                        "remove everything after the end of the top-level value");
            }
            return new JsonDocument(input, root, builder.locations);
        } catch (StreamConstraintsException e) {
            throw new JsonProblem(firstLine(e.getOriginalMessage()), where(e, parser),
                    "the input exceeds a safety limit; keep contract files small and shallow");
        } catch (JacksonException e) {
            String message = message(e, "YAML".equals(format));
            boolean duplicate = message.startsWith("Duplicate");
            boolean utf8 = message.contains("UTF-8") || message.contains("UTF8");
            JsonSyntax syntax = "YAML".equals(format) ? null : JsonSyntax.of(firstLine(e.getOriginalMessage()));
            String hint = syntax == null ? null : syntax.hint();
            Location at = where(e, parser);
            if (syntax != null && at.isKnown() && at.column() > syntax.behind()) {
                at = new Location(at.line(), at.column() - syntax.behind());
            }
            throw new JsonProblem(message, at,
                    duplicate ? DUPLICATE_HINT : utf8 ? ENCODING_HINT : hint != null ? hint
                            : "fix the " + format + " syntax at this position");
        }
    }

    private static void checkEncoding(byte[] bytes) throws JsonProblem {
        Location start = new Location(1, 1);
        if (bytes.length == 0) {
            throw new JsonProblem("the file is empty", start, "put the expected JSON object in the file");
        }
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            throw new JsonProblem("the file starts with a UTF-8 byte-order mark", start, ENCODING_HINT);
        }
        boolean utf16Bom = bytes.length >= 2 && (((bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF)
                || ((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE));
        boolean zeroBytes = bytes.length >= 2 && (bytes[0] == 0 || bytes[1] == 0);
        if (utf16Bom || zeroBytes) {
            throw new JsonProblem("the file is UTF-16 or UTF-32 encoded, not UTF-8", start, ENCODING_HINT);
        }
    }

    /** Builds the tree and its location table from one parser. */
    private static final class TreeBuilder {
        private final JsonParser parser;
        private final JsonNodeFactory nodes;
        private final LocationTable locations = new LocationTable();

        TreeBuilder(JsonParser parser, JsonNodeFactory nodes) {
            this.parser = parser;
            this.nodes = nodes;
        }

        private Location here() {
            return location(parser.currentTokenLocation());
        }

        /**
         * Reads the value at the current token, member {@code name} (or element {@code index}) of the
         * value {@code parent}; {@code at} is where to locate it, or
         * {@code null} for its first token.
         */
        JsonNode readValue(int parent, String name, int index, Location at) throws JsonProblem {
            int id = locations.add(parent, name, index, at != null ? at : here());
            JsonToken token = parser.currentToken();
            if (parser instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
                throw new JsonProblem("YAML alias *" + parser.getString() + " is not supported (it would be read as text)",
                        here(), "write the value out instead of referring to an anchor");
            }
            switch (token) {
                case START_OBJECT: {
                    ObjectNode object = nodes.objectNode();
                    while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                        String member = parser.currentName();
                        // a YAML block mapping or sequence starts below its key: locate it at the key
                        Location key = parser instanceof YAMLParser ? here() : null;
                        if (key != null && member.equals("<<")) {
                            throw new JsonProblem("YAML merge key << is not supported: YAML 1.1 readers merge its "
                                    + "mapping into this one, this reader would keep a member named \"<<\"", key,
                                    "write the merged members out in this mapping");
                        }
                        JsonToken next = parser.nextToken();
                        Location block = key != null && (next == JsonToken.START_OBJECT || next == JsonToken.START_ARRAY) ? key : null;
                        object.set(member, readValue(id, member, 0, block));
                    }
                    return object;
                }
                case START_ARRAY: {
                    ArrayNode array = nodes.arrayNode();
                    int element = 0;
                    while (parser.nextToken() != JsonToken.END_ARRAY) {
                        array.add(readValue(id, null, element++, null));
                    }
                    return array;
                }
                case VALUE_STRING:
                    return nodes.stringNode(parser.getString());
                case VALUE_NUMBER_INT:
                    return switch (parser.getNumberType()) {
                        case INT -> nodes.numberNode(parser.getIntValue());
                        case LONG -> nodes.numberNode(parser.getLongValue());
                        default -> nodes.numberNode(parser.getBigIntegerValue());
                    };
                case VALUE_NUMBER_FLOAT:
                    if (parser instanceof YAMLParser && !Double.isFinite(parser.getDoubleValue())) {
                        return nodes.numberNode(parser.getDoubleValue()); // YAML's .inf and .nan have no decimal form
                    }
                    try {
                        return nodes.numberNode(parser.getDecimalValue());
                    } catch (NumberFormatException e) {
                        // e.g. 1e9999999999: its exponent is beyond what BigDecimal (and any reader) can hold
                        throw new JsonProblem("the number cannot be represented (" + firstLine(e.getMessage()) + ")",
                                here(), "write the number with an exponent in int range");
                    }
                case VALUE_TRUE:
                    return nodes.booleanNode(true);
                case VALUE_FALSE:
                    return nodes.booleanNode(false);
                case VALUE_NULL:
                    return nodes.nullNode();
                case VALUE_EMBEDDED_OBJECT:
                    // a YAML !!binary scalar: kept as its text
                    return nodes.stringNode(parser.getString());
                default:
                    throw new IllegalStateException("unexpected token " + token);
            }
        }
    }

    /** Where the problem {@code e} of {@code parser} is: SnakeYAML's mark, else Jackson's location, else the parser's. */
    public static Location where(JacksonException e, JsonParser parser) {
        if (e.getCause() instanceof MarkedYamlEngineException yaml && yaml.getProblemMark().isPresent()) {
            // SnakeYAML knows where the problem is; Jackson only where its parser stopped
            return new Location(yaml.getProblemMark().get().getLine() + 1, yaml.getProblemMark().get().getColumn() + 1);
        }
        Location reported = location(e.getLocation());
        return reported.isKnown() ? reported : location(parser.currentLocation());
    }

    /** A Jackson location as a line:column, or {@link Location#UNKNOWN}. */
    public static Location location(TokenStreamLocation location) {
        if (location == null || location.getLineNr() <= 0) {
            return Location.UNKNOWN;
        }
        return new Location(location.getLineNr(), Math.max(1, location.getColumnNr()));
    }

    /**
     * The message of {@code e}: for YAML without SnakeYAML's source excerpts, for JSON its first line in JSON's terms
     * ({@link JsonSyntax}: never a parser feature the user cannot set).
     */
    public static String message(JacksonException e, boolean yaml) {
        return yaml ? yamlMessage(e.getOriginalMessage()) : JsonSyntax.of(firstLine(e.getOriginalMessage())).message();
    }

    /** SnakeYAML's message without its source excerpts: "while parsing X; expected Y, but found Z". */
    private static String yamlMessage(String message) {
        if (message == null || message.isBlank()) {
            return "not valid YAML";
        }
        String text = String.join("; ", message.lines()
                .filter(l -> !l.isBlank() && !Character.isWhitespace(l.charAt(0)))
                .toList());
        return text.isEmpty() ? firstLine(message) : text;
    }

    private static String firstLine(String message) {
        if (message == null || message.isBlank()) {
            return "not valid JSON";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
