package io.github.cutoverguard.engine.guard;

import io.github.cutoverguard.engine.Location;
import io.github.cutoverguard.engine.input.RawInput;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One runtime configuration file read as its runtime reads it, chosen by its name:
 * <ul>
 *   <li>{@code .properties}: {@link PropertiesFile} ({@code java.util.Properties}). Without a byte-order
 *       mark it is read as ISO-8859-1 ({@code Properties.load(InputStream)}, Spring Boot) and, when its
 *       bytes are also valid UTF-8 with non-ASCII characters, as UTF-8 too ({@code @PropertySource(encoding
 *       = "UTF-8")}, resource bundles): both readings are checked;</li>
 *   <li>{@code .xml}: an XML properties document with {@link XmlPropertiesFile}
 *       ({@code Properties.loadFromXML}); any other XML is not read ({@link #xmlNotRead});</li>
 *   <li>{@code .yml}/{@code .yaml} and {@code .json}: {@link TreeConfigFile} (Jackson), UTF-8 unless a
 *       byte-order mark says UTF-16;</li>
 *   <li>anything else: each line as text (UTF-8 unless a byte-order mark says UTF-16, malformed bytes
 *       replaced).</li>
 * </ul>
 *
 * @param readings   the file as read, one reading per decoding its runtime may use (usually one)
 * @param xmlNotRead whether the file is XML but not a properties document (then {@code readings} is empty)
 */
record RuntimeConfig(List<Reading> readings, boolean xmlNotRead) {

    /**
     * The file decoded one way and what the runtime's parser reads in it.
     *
     * @param source  the decoded text
     * @param scalars every key and value (for a text file: every line)
     */
    record Reading(ConfigSource source, List<ConfigScalar> scalars) {
    }

    /** Why a runtime configuration file cannot be read as its runtime reads it, and where. */
    static final class Unreadable extends Exception {
        final Location location;

        Unreadable(String message, Location location) {
            super(message, null, false, false);
            this.location = location;
        }
    }

    /** Reads {@code input}, with files up to {@code maxBytes}. */
    static RuntimeConfig read(RawInput input, long maxBytes) throws Unreadable {
        String name = input.displayName().toLowerCase(Locale.ROOT);
        byte[] bytes = input.bytes();
        String reader = "text";
        try {
            if (name.endsWith(".properties")) {
                reader = "java.util.Properties";
                List<Reading> readings = new ArrayList<>();
                ConfigSource first = ConfigSource.decode(input, StandardCharsets.ISO_8859_1);
                readings.add(new Reading(first, PropertiesFile.read(first)));
                // a byte-order mark decides the encoding: without one, the first reading is ISO-8859-1
                if (first.charset().equals(StandardCharsets.ISO_8859_1) && !isAscii(bytes) && isUtf8(bytes)) {
                    ConfigSource utf8 = ConfigSource.decode(input, StandardCharsets.UTF_8);
                    readings.add(new Reading(utf8, PropertiesFile.read(utf8)));
                }
                return new RuntimeConfig(readings, false);
            }
            if (name.endsWith(".xml")) {
                if (!XmlPropertiesFile.isPropertiesDocument(bytes)) {
                    return new RuntimeConfig(List.of(), true);
                }
                reader = "Properties.loadFromXML";
                // loadFromXML decodes as the XML declaration says; the text here only locates the entries
                ConfigSource source = ConfigSource.decodeLeniently(input);
                return one(source, XmlPropertiesFile.read(bytes, source));
            }
            if (name.endsWith(".yml") || name.endsWith(".yaml") || name.endsWith(".json")) {
                TreeConfigFile tree = name.endsWith(".json") ? TreeConfigFile.json(maxBytes) : TreeConfigFile.yaml(maxBytes);
                reader = tree.format();
                ConfigSource source = ConfigSource.decode(input, StandardCharsets.UTF_8);
                return one(source, tree.read(source));
            }
        } catch (CharacterCodingException e) {
            throw new Unreadable("(" + reader + "): its bytes are not valid text in its encoding (UTF-8, or what a "
                    + "byte-order mark names)", Location.UNKNOWN);
        } catch (Unreadable e) {
            throw new Unreadable("(" + reader + "): " + e.getMessage(), e.location);
        }
        ConfigSource source = ConfigSource.decodeLeniently(input);
        List<ConfigScalar> lines = new ArrayList<>();
        for (int number = 1; number <= source.lines().size(); number++) {
            int line = number;
            String content = source.lines().get(number - 1);
            lines.add(new ConfigScalar(content, null, false, content, from -> new Location(line, from + 1)));
        }
        return one(source, lines);
    }

    private static RuntimeConfig one(ConfigSource source, List<ConfigScalar> scalars) {
        return new RuntimeConfig(List.of(new Reading(source, scalars)), false);
    }

    private static boolean isAscii(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean isUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
