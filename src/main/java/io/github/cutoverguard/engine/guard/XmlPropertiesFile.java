package io.github.cutoverguard.engine.guard;

import io.github.cutoverguard.engine.Location;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * The keys and values of an XML properties document (root element {@code properties}, as
 * {@code Properties.storeToXML} writes it) as {@link Properties#loadFromXML} reads them: character
 * references ({@code &#46;}) and CDATA resolved, {@code <comment>} ignored. Other XML is not runtime
 * configuration that {@code java.util.Properties} reads: {@link #isPropertiesDocument} tells which.
 * The JDK's StAX parser (no DTD, no external entity) only says where each entry is written; where it
 * disagrees with what {@code loadFromXML} read, the entry is reported at the file alone.
 */
final class XmlPropertiesFile {

    private XmlPropertiesFile() {
    }

    /** A new StAX factory (a configured factory is mutable, so none is shared). */
    private static XMLInputFactory stax() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        return factory;
    }

    /** Whether {@code bytes} is an XML document whose root element is {@code properties}. */
    static boolean isPropertiesDocument(byte[] bytes) {
        try {
            XMLStreamReader reader = stax().createXMLStreamReader(new ByteArrayInputStream(bytes));
            try {
                while (reader.hasNext()) {
                    if (reader.next() == XMLStreamConstants.START_ELEMENT) {
                        return "properties".equals(reader.getLocalName());
                    }
                }
                return false;
            } finally {
                reader.close();
            }
        } catch (XMLStreamException | RuntimeException e) {
            return false;
        }
    }

    /** Every key and value of the document, in document order. */
    static List<ConfigScalar> read(byte[] bytes, ConfigSource source) throws RuntimeConfig.Unreadable {
        PropertiesFile.Recorder recorder = new PropertiesFile.Recorder();
        List<String[]> entries = recorder.entries;
        try {
            recorder.loadFromXML(new ByteArrayInputStream(bytes));
        } catch (IOException | RuntimeException e) {
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            throw new RuntimeConfig.Unreadable(message.replaceFirst("^[\\w.]+Exception; ", ""), Location.UNKNOWN);
        }
        List<Location[]> places = places(bytes, source, entries);
        List<ConfigScalar> scalars = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            String key = entries.get(i)[0];
            String value = entries.get(i)[1];
            Location keyAt = places == null ? Location.UNKNOWN : places.get(i)[0];
            Location valueAt = places == null ? Location.UNKNOWN : places.get(i)[1];
            scalars.add(scalar(source, key, key, true, keyAt, "\""));
            scalars.add(scalar(source, value, key, false, valueAt, "<"));
        }
        return scalars;
    }

    private static ConfigScalar scalar(ConfigSource source, String read, String key, boolean isKey, Location at,
                                       String ends) {
        String line = source.line(at.line());
        int from = Math.min(line.length(), Math.max(0, at.column() - 1));
        int end = line.indexOf(ends, from);
        String written = at.isKnown() ? line.substring(from, end < 0 ? line.length() : end) : read;
        int verbatim = at.isKnown() ? ConfigSource.verbatim(line, from, read) : -1;
        return new ConfigScalar(read, key, isKey, written,
                index -> index <= verbatim ? new Location(at.line(), at.column() + index) : at);
    }

    /** Where the {@code key} attribute's value is written in the start tag that ends before {@code value}. */
    private static Location keyAt(ConfigSource source, Location value) {
        String line = source.line(value.line());
        int attribute = line.lastIndexOf("key", Math.max(0, value.column() - 2));
        int quote = attribute < 0 ? -1 : indexOfQuote(line, attribute);
        return quote < 0 ? value : new Location(value.line(), quote + 2);
    }

    private static int indexOfQuote(String line, int from) {
        int single = line.indexOf('\'', from);
        int dual = line.indexOf('"', from);
        return single < 0 ? dual : dual < 0 ? single : Math.min(single, dual);
    }

    /**
     * Per entry, where its key and its value are written (StAX reports a start tag where it ends: the
     * value's first character); {@code null} when the entries StAX sees differ from {@code entries}.
     */
    private static List<Location[]> places(byte[] bytes, ConfigSource source, List<String[]> entries) {
        List<Location[]> places = new ArrayList<>();
        try {
            XMLStreamReader reader = stax().createXMLStreamReader(new ByteArrayInputStream(bytes));
            try {
                while (reader.hasNext()) {
                    if (reader.next() == XMLStreamConstants.START_ELEMENT && "entry".equals(reader.getLocalName())) {
                        int index = places.size();
                        String key = reader.getAttributeValue(null, "key");
                        if (index >= entries.size() || !entries.get(index)[0].equals(key)) {
                            return null;
                        }
                        Location value = new Location(reader.getLocation().getLineNumber(),
                                reader.getLocation().getColumnNumber());
                        places.add(new Location[] {keyAt(source, value), value});
                    }
                }
            } finally {
                reader.close();
            }
        } catch (XMLStreamException | RuntimeException e) {
            return null;
        }
        return places.size() == entries.size() ? places : null;
    }
}
