package io.github.cutoverguard.engine.guard;

import io.github.cutoverguard.engine.input.ProjectFiles;
import io.github.cutoverguard.engine.Location;
import io.github.cutoverguard.engine.json.StrictJsonReader;
import io.github.cutoverguard.engine.json.YamlSettings;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLParser;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;

/**
 * Every key and every scalar value of a YAML or JSON file as Jackson reads it (escapes such as
 * {@code "\x2e"} or {@code "\u002e"} resolved, comments skipped, every YAML document of the file),
 * each with the line:column the parser gives. An alias ({@code *name}) is not a value of its own: the
 * node it names is read where it is written. Not strict: duplicate keys are all read.
 */
final class TreeConfigFile {

    private final TokenStreamFactory factory;
    private final boolean yaml;
    private final long maxBytes;

    private TreeConfigFile(TokenStreamFactory factory, boolean yaml, long maxBytes) {
        this.factory = factory;
        this.yaml = yaml;
        this.maxBytes = maxBytes;
    }

    /** A reader of YAML with files up to {@code maxBytes}. */
    static TreeConfigFile yaml(long maxBytes) {
        return new TreeConfigFile(YAMLFactory.builder().streamReadConstraints(constraints(maxBytes)).build(), true, maxBytes);
    }

    /** A reader of JSON with files up to {@code maxBytes}. */
    static TreeConfigFile json(long maxBytes) {
        return new TreeConfigFile(JsonFactory.builder().streamReadConstraints(constraints(maxBytes)).build(), false,
                maxBytes);
    }

    private static StreamReadConstraints constraints(long maxBytes) {
        int length = (int) Math.min(Integer.MAX_VALUE, maxBytes);
        return StreamReadConstraints.builder().maxDocumentLength(maxBytes).maxStringLength(length)
                .maxNameLength(length).build();
    }

    /** The format's name, for messages. */
    String format() {
        return yaml ? "YAML" : "JSON";
    }

    /** Every key and scalar value of {@code source}, in document order. */
    List<ConfigScalar> read(ConfigSource source) throws RuntimeConfig.Unreadable {
        List<ConfigScalar> scalars = new ArrayList<>();
        Deque<Step> path = new ArrayDeque<>();
        // SnakeYAML's settings follow the file's length, so that a long line costs what many short ones do
        TokenStreamFactory reading = factory instanceof YAMLFactory yamlFactory
                ? YamlSettings.forInput(yamlFactory, maxBytes, source.text().length()) : factory;
        JsonParser parser = reading.createParser(ObjectReadContext.empty(), source.text());
        try (parser) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
                    path.pop();
                    continue;
                }
                if (token == JsonToken.PROPERTY_NAME) {
                    path.peek().name = parser.currentName();
                    scalars.add(scalar(source, parser, parser.currentName(), true, entry(path)));
                    continue;
                }
                Step parent = path.peek();
                if (parent != null && parent.name == null) {
                    parent.index++;
                }
                if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
                    path.push(new Step());
                } else if (!(parser instanceof YAMLParser alias && alias.isCurrentAlias()) && parser.getString() != null) {
                    scalars.add(scalar(source, parser, parser.getString(), false, entry(path)));
                }
            }
        } catch (JacksonException e) {
            throw new RuntimeConfig.Unreadable(StrictJsonReader.message(e, yaml), StrictJsonReader.where(e, parser));
        } catch (RuntimeException e) {
            // a parser failing otherwise than it documents: still a file the scan could not read, never a crash
            throw new RuntimeConfig.Unreadable(ProjectFiles.describe(e), StrictJsonReader.location(parser.currentLocation()));
        }
        return scalars;
    }

    /** One level of the path to the current value: a member name, or an element index. */
    private static final class Step {
        String name;
        int index = -1;
    }

    private static String entry(Deque<Step> path) {
        StringBuilder out = new StringBuilder();
        for (var steps = path.descendingIterator(); steps.hasNext(); ) {
            Step step = steps.next();
            if (step.name != null) {
                out.append(out.isEmpty() ? "" : ".").append(step.name);
            } else if (step.index >= 0) {
                out.append('[').append(step.index).append(']');
            }
        }
        return out.isEmpty() ? "(document)" : out.toString();
    }

    private ConfigScalar scalar(ConfigSource source, JsonParser parser, String read, boolean key, String entry) {
        Location start = StrictJsonReader.location(parser.currentTokenLocation());
        String line = source.line(start.line());
        int column = start.column();
        char first = column - 1 < line.length() ? line.charAt(column - 1) : ' ';
        int content = column + (first == '"' || first == '\'' ? 1 : 0);
        Location end = yaml ? StrictJsonReader.location(parser.currentLocation()) : jsonEnd(line, start);
        if (end.isKnown() && end.line() > start.line() && end.column() == 1) {
            end = new Location(end.line() - 1, source.line(end.line() - 1).length() + 1);
        }
        String written = source.span(start, end);
        int verbatim = ConfigSource.verbatim(line, Math.min(line.length(), content - 1), read);
        int[] blockLines = first == '|' ? lineStarts(read) : null;
        return new ConfigScalar(read, entry, key, written, from -> {
            if (from <= verbatim) {
                return new Location(start.line(), content + from);
            }
            Location inBlock = blockLines == null ? null : inLiteralBlock(source, start, read, blockLines, from);
            return inBlock == null ? start : inBlock;
        });
    }

    /** Where each line of {@code text} starts. */
    private static int[] lineStarts(String text) {
        int[] starts = new int[(int) text.chars().filter(c -> c == '\n').count() + 1];
        for (int i = 0, line = 1; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts[line++] = i + 1;
            }
        }
        return starts;
    }

    /** In a literal block scalar ({@code |}) each line of the value is a line of the file, after the indentation. */
    private static Location inLiteralBlock(ConfigSource source, Location start, String read, int[] lineStarts, int from) {
        int index = Arrays.binarySearch(lineStarts, from);
        int valueLine = index >= 0 ? index : -index - 2;
        int lineStart = lineStarts[valueLine];
        int lineEnd = valueLine + 1 < lineStarts.length ? lineStarts[valueLine + 1] - 1 : read.length();
        int number = start.line() + 1 + valueLine;
        String written = source.line(number);
        int length = lineEnd - lineStart;
        if (length == 0 || written.length() < length
                || !written.regionMatches(written.length() - length, read, lineStart, length)) {
            return null;
        }
        return new Location(number, written.length() - length + (from - lineStart) + 1);
    }

    /** Where a JSON token that starts at {@code start} ends: after a string's closing quote, or a literal's end. */
    private static Location jsonEnd(String line, Location start) {
        int i = start.column() - 1;
        if (i < line.length() && line.charAt(i) == '"') {
            for (i++; i < line.length() && line.charAt(i) != '"'; i++) {
                if (line.charAt(i) == '\\') {
                    i++;
                }
            }
            return new Location(start.line(), Math.min(line.length(), i + 1) + 1);
        }
        while (i < line.length() && ",:]} \t".indexOf(line.charAt(i)) < 0) {
            i++;
        }
        return new Location(start.line(), i + 1);
    }

}
