package io.github.cutoverguard.engine.guard;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The content part of each line of a runtime configuration file, with comments removed by file
 * type, so that a comment about the target contract is not reported. The content is always a
 * prefix of the line, so columns stay the line's own.
 *
 * <ul>
 *   <li>{@code .properties}: a line whose first non-blank character is {@code #} or {@code !} is a
 *       comment, unless it continues the previous line (which ended with an odd number of {@code \});</li>
 *   <li>{@code .yml}/{@code .yaml}: a line whose first non-blank character is {@code #}, and a
 *       trailing comment that starts with {@code #} after a blank outside quotes; lines of a block
 *       scalar ({@code |} or {@code >}) are content;</li>
 *   <li>anything else (JSON included): every line is content.</li>
 * </ul>
 * One instance reads one file, line by line, in order.
 */
abstract class ConfigComments {

    /** The content of the next line (a prefix of it; empty for a comment line). */
    abstract String content(String line);

    /** The filter for the file named {@code name}. */
    static ConfigComments forFile(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".properties")) {
            return new Properties();
        }
        if (lower.endsWith(".yml") || lower.endsWith(".yaml")) {
            return new Yaml();
        }
        return new ConfigComments() {
            @Override
            String content(String line) {
                return line;
            }
        };
    }

    /** Java properties: full-line {@code #}/{@code !} comments; continuation lines are never comments. */
    private static final class Properties extends ConfigComments {

        private boolean continued;

        @Override
        String content(String line) {
            String trimmed = line.stripLeading();
            if (!continued && (trimmed.startsWith("#") || trimmed.startsWith("!"))) {
                return "";
            }
            continued = !trimmed.isEmpty() && endsWithOddBackslashes(line);
            return line;
        }

        private static boolean endsWithOddBackslashes(String line) {
            int count = 0;
            for (int i = line.length() - 1; i >= 0 && line.charAt(i) == '\\'; i--) {
                count++;
            }
            return count % 2 == 1;
        }
    }

    /** YAML: full-line and trailing {@code #} comments, quotes and block scalars respected. */
    private static final class Yaml extends ConfigComments {

        private static final Pattern BLOCK_SCALAR_START = Pattern.compile("(?:^|[\\s:\\-?])[|>][-+0-9]*$");

        /** Indentation of the line that opened the current block scalar, or -1 outside one. */
        private int blockIndent = -1;

        @Override
        String content(String line) {
            int indent = indentation(line);
            if (blockIndent >= 0) {
                if (line.isBlank() || indent > blockIndent) {
                    return line;
                }
                blockIndent = -1;
            }
            if (line.stripLeading().startsWith("#")) {
                return "";
            }
            String content = line.substring(0, commentStart(line));
            if (BLOCK_SCALAR_START.matcher(content.stripTrailing()).find()) {
                blockIndent = indent;
            }
            return content;
        }

        private static int indentation(String line) {
            int i = 0;
            while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
                i++;
            }
            return i;
        }

        /** Where a trailing comment starts, or the line's length. */
        private static int commentStart(String line) {
            char quote = 0;
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (quote == '"') {
                    if (c == '\\') {
                        i++;
                    } else if (c == '"') {
                        quote = 0;
                    }
                } else if (quote == '\'') {
                    if (c == '\'') {
                        if (i + 1 < line.length() && line.charAt(i + 1) == '\'') {
                            i++;
                        } else {
                            quote = 0;
                        }
                    }
                } else if ((c == '"' || c == '\'') && opensScalar(line, i)) {
                    quote = c;
                } else if (c == '#' && (i == 0 || Character.isWhitespace(line.charAt(i - 1)))) {
                    return i;
                }
            }
            return line.length();
        }

        /** A quote opens a quoted scalar only where a scalar can start (not inside {@code it's}). */
        private static boolean opensScalar(String line, int at) {
            int i = at - 1;
            while (i >= 0 && Character.isWhitespace(line.charAt(i))) {
                i--;
            }
            return i < 0 || ":-[{,?".indexOf(line.charAt(i)) >= 0;
        }
    }
}
