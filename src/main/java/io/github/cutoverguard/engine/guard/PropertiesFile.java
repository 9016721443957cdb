package io.github.cutoverguard.engine.guard;

import io.github.cutoverguard.engine.Location;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * The keys and values of a {@code .properties} file as {@code java.util.Properties} reads them:
 * escapes ({@code \u002e}, {@code \:}), {@code \} line continuations, the {@code =}, {@code :} and
 * whitespace separators, {@code #}/{@code !} comment lines. {@link Properties#load} reads them (each
 * entry in the order of the file, duplicates included); the file's logical lines, split here as
 * Properties splits them, only say where each entry is written, and are checked against what
 * Properties read: where they disagree, the entry is reported at the file alone.
 */
final class PropertiesFile {

    private PropertiesFile() {
    }

    /** Every key and value of {@code source}, in file order. */
    static List<ConfigScalar> read(ConfigSource source) throws RuntimeConfig.Unreadable {
        List<LogicalLine> logical = LogicalLine.split(source);
        List<String[]> entries;
        try {
            entries = load(source.text());
        } catch (IllegalArgumentException e) {
            throw new RuntimeConfig.Unreadable(e.getMessage(), firstUnreadable(logical));
        }
        boolean located = logical.size() == entries.size();
        List<ConfigScalar> scalars = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            String key = entries.get(i)[0];
            String value = entries.get(i)[1];
            LogicalLine line = located ? logical.get(i) : null;
            if (line != null && !line.reads(key, value)) {
                line = null;
            }
            scalars.add(scalar(source, key, key, true, line, 0, line == null ? 0 : line.keyEnd()));
            scalars.add(scalar(source, value, key, false, line, line == null ? 0 : line.valueStart(),
                    line == null ? 0 : line.text().length()));
        }
        return scalars;
    }

    private static ConfigScalar scalar(ConfigSource source, String read, String key, boolean isKey, LogicalLine line,
                                       int from, int to) {
        if (line == null) {
            return new ConfigScalar(read, key, isKey, read, at -> Location.UNKNOWN);
        }
        int verbatim = ConfigSource.verbatim(line.text().substring(0, to), from, read);
        String written = source.span(line.at(from), to > from ? line.after(to - 1) : line.at(from));
        return new ConfigScalar(read, key, isKey, written, at -> at <= verbatim ? line.at(from + at) : line.at(from));
    }

    /** The entries {@code text} holds, as {@code [key, value]} in the order Properties reads them. */
    private static List<String[]> load(String text) {
        Recorder recorder = new Recorder();
        try {
            recorder.load(new StringReader(text));
        } catch (IOException e) {
            throw new UncheckedIOException("a StringReader does not fail", e);
        }
        return recorder.entries;
    }

    /** {@code Properties} that keep every entry it loads, in order, as {@code [key, value]} (duplicates included). */
    @SuppressWarnings("serial")
    static final class Recorder extends Properties {
        final transient List<String[]> entries = new ArrayList<>();

        @Override
        public synchronized Object put(Object key, Object value) {
            entries.add(new String[] {(String) key, (String) value});
            return super.put(key, value);
        }
    }

    private static Location firstUnreadable(List<LogicalLine> lines) {
        for (LogicalLine line : lines) {
            try {
                load(line.text());
            } catch (IllegalArgumentException e) {
                return line.at(0);
            }
        }
        return Location.UNKNOWN;
    }

    /**
     * One logical line as {@code Properties}' line reader builds it: leading blanks dropped, a line
     * ending in an odd number of backslashes continued by the next one (whose leading blanks are
     * dropped too), with where each character is written.
     */
    private record LogicalLine(String text, int[] lines, int[] columns) {

        static List<LogicalLine> split(ConfigSource source) {
            List<LogicalLine> result = new ArrayList<>();
            StringBuilder text = null;
            IntBuffer lines = null;
            IntBuffer columns = null;
            for (int number = 1; number <= source.lines().size(); number++) {
                String line = source.lines().get(number - 1);
                int start = 0;
                while (start < line.length() && isBlank(line.charAt(start))) {
                    start++;
                }
                if (text == null) {
                    if (start == line.length() || line.charAt(start) == '#' || line.charAt(start) == '!') {
                        continue;
                    }
                    text = new StringBuilder();
                    lines = new IntBuffer();
                    columns = new IntBuffer();
                }
                int trailing = 0;
                for (int i = line.length() - 1; i >= start && line.charAt(i) == '\\'; i--) {
                    trailing++;
                }
                boolean continued = trailing % 2 == 1;
                int end = continued ? line.length() - 1 : line.length();
                for (int i = start; i < end; i++) {
                    text.append(line.charAt(i));
                    lines.add(number);
                    columns.add(i + 1);
                }
                if (!continued || number == source.lines().size()) {
                    // the position after the last character, for an empty value at the end
                    lines.add(number);
                    columns.add(end + 1);
                    result.add(new LogicalLine(text.toString(), lines.toArray(), columns.toArray()));
                    text = null;
                }
            }
            return result;
        }

        private static boolean isBlank(char c) {
            return c == ' ' || c == '\t' || c == '\f';
        }

        /** Where character {@code index} of the text is written (the text's length: just after its end). */
        Location at(int index) {
            int i = Math.min(index, lines.length - 1);
            return new Location(lines[i], columns[i]);
        }

        /** Just after character {@code index}. */
        Location after(int index) {
            Location at = at(index);
            return new Location(at.line(), at.column() + 1);
        }

        /** Where the key ends, as {@code Properties.load} finds it: at the first unescaped separator. */
        int keyEnd() {
            boolean escaped = false;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (!escaped && (c == '=' || c == ':' || isBlank(c))) {
                    return i;
                }
                escaped = c == '\\' && !escaped;
            }
            return text.length();
        }

        /** Where the value starts: after the key, blanks, at most one {@code =} or {@code :}, blanks. */
        int valueStart() {
            int i = keyEnd();
            boolean separator = false;
            while (i < text.length()) {
                char c = text.charAt(i);
                if (isBlank(c)) {
                    i++;
                } else if (!separator && (c == '=' || c == ':')) {
                    separator = true;
                    i++;
                } else {
                    break;
                }
            }
            return i;
        }

        /**
         * Whether {@code Properties} reads this line alone as {@code key} and {@code value}. A line without a backslash
         * holds no escape and no continuation (and, split at LF, CRLF and CR, no line break): Properties splits it where
         * {@link #keyEnd} and {@link #valueStart} do, so it is compared without loading it (a million entries cost one
         * load, not a million).
         */
        boolean reads(String key, String value) {
            if (text.indexOf('\\') < 0) {
                return key.equals(text.substring(0, keyEnd())) && value.equals(text.substring(valueStart()));
            }
            try {
                List<String[]> alone = load(text);
                return alone.size() == 1 && alone.get(0)[0].equals(key) && alone.get(0)[1].equals(value);
            } catch (IllegalArgumentException e) {
                return false;
            }
        }
    }

    /** A growable int array. */
    private static final class IntBuffer {
        private int[] values = new int[64];
        private int size;

        void add(int value) {
            if (size == values.length) {
                values = java.util.Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        int[] toArray() {
            return java.util.Arrays.copyOf(values, size);
        }
    }
}
