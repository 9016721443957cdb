package io.github.cutoverguard.engine.guard;

import io.github.cutoverguard.engine.Location;
import io.github.cutoverguard.engine.input.RawInput;

import java.nio.charset.Charset;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.List;

/**
 * The text of a runtime configuration file as its runtime decodes it, split into lines (LF, CRLF and
 * CR, as {@code java.util.Properties}, YAML and JSON parsers count them). A byte-order mark decides
 * the encoding (UTF-8, UTF-16 big or little endian) and is not part of the text.
 *
 * @param text    the decoded text, without a byte-order mark
 * @param lines   its lines
 * @param charset the encoding it was decoded with
 */
record ConfigSource(String text, List<String> lines, Charset charset) {

    /**
     * Decodes {@code input} with the encoding its byte-order mark names, else as UTF-8, replacing malformed
     * bytes (for text whose positions, not its exact characters, matter).
     */
    static ConfigSource decodeLeniently(RawInput input) {
        try {
            return decode(input, StandardCharsets.UTF_8, CodingErrorAction.REPLACE);
        } catch (CharacterCodingException e) {
            throw new IllegalStateException("a replacing decoder does not fail", e);
        }
    }

    /** Decodes {@code input} with the encoding its byte-order mark names, else with {@code otherwise}. */
    static ConfigSource decode(RawInput input, Charset otherwise) throws CharacterCodingException {
        return decode(input, otherwise, CodingErrorAction.REPORT);
    }

    private static ConfigSource decode(RawInput input, Charset otherwise, CodingErrorAction malformed)
            throws CharacterCodingException {
        byte[] bytes = input.bytes();
        Charset charset = otherwise;
        int skip = 0;
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            charset = StandardCharsets.UTF_8;
            skip = 3;
        } else if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            charset = StandardCharsets.UTF_16BE;
            skip = 2;
        } else if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            charset = StandardCharsets.UTF_16LE;
            skip = 2;
        }
        String text = charset.newDecoder()
                .onMalformedInput(malformed)
                .onUnmappableCharacter(malformed)
                .decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip))
                .toString();
        return new ConfigSource(text, RawInput.lines(text), charset);
    }

    /**
     * How many characters {@code read} and {@code written} from {@code from} on have in common: a part of
     * {@code read} that ends within them is written as it is read.
     */
    static int verbatim(String written, int from, String read) {
        int n = 0;
        while (from + n < written.length() && n < read.length() && written.charAt(from + n) == read.charAt(n)) {
            n++;
        }
        return n;
    }

    /** Line {@code number} (1-based), or the empty string past the end. */
    String line(int number) {
        return number >= 1 && number <= lines.size() ? lines.get(number - 1) : "";
    }

    /** Whether {@code text} is written verbatim at {@code at}. */
    boolean writtenAt(Location at, String part) {
        return at.isKnown() && at.column() >= 1 && line(at.line()).startsWith(part, at.column() - 1);
    }

    /**
     * The source from {@code start} (inclusive) to {@code end} (exclusive; a column past a line's end
     * means the whole line): one line as it is, several lines stripped, joined by {@code " ⏎ "} and
     * followed by {@code "on lines a-b"}.
     */
    String span(Location start, Location end) {
        if (!start.isKnown()) {
            return "";
        }
        if (!end.isKnown() || end.line() <= start.line()) {
            String line = line(start.line());
            int from = Math.min(line.length(), start.column() - 1);
            int to = end.isKnown() && end.line() == start.line() ? Math.max(from, Math.min(line.length(), end.column() - 1))
                    : line.length();
            return line.substring(from, to);
        }
        StringBuilder out = new StringBuilder();
        for (int number = start.line(); number <= end.line(); number++) {
            String line = line(number);
            int from = number == start.line() ? Math.min(line.length(), start.column() - 1) : 0;
            int to = number == end.line() ? Math.max(from, Math.min(line.length(), end.column() - 1)) : line.length();
            if (number > start.line()) {
                out.append(" \u23ce ");
            }
            out.append(line.substring(from, to).strip());
        }
        return out + " on lines " + start.line() + "-" + end.line();
    }
}
