package io.github.cutoverguard.engine.schema;

/**
 * A JSON Schema {@code pattern} (ECMA-262, with the {@code u} flag JSON Schema recommends) rewritten for
 * {@link java.util.regex.Pattern} so that it matches what it matches under ECMA-262. Where the two read the same
 * syntax differently, the ECMA-262 reading is kept:
 * <ul>
 *   <li>{@code $} is the end of the value, never "before a final line break" as in Java ({@code ^[a-z]+$} does not
 *       match {@code "legacy_error\n"});</li>
 *   <li>{@code \s} and {@code \S} use ECMA-262's white space (no-break, ideographic and the other Unicode spaces, the
 *       byte-order mark, line terminators), not Java's ASCII set;</li>
 *   <li>{@code .} excludes exactly ECMA-262's line terminators; {@code \v} is the vertical tab, {@code \0} the NUL
 *       character, <code>&#92;u{…}</code> a code point and {@code \b} in a class the backspace;</li>
 *   <li>a character class ends at its first unescaped {@code ]}: {@code [} and {@code &} in it are literal, {@code []}
 *       matches nothing and {@code [^]} any character.</li>
 * </ul>
 * Everything else is passed on as written (the two agree on it); a construct that only Java has keeps Java's reading.
 */
final class EcmaPattern {

    /** ECMA-262's WhiteSpace and LineTerminator code points, as the body of a Java character class. */
    private static final String WHITE_SPACE =
            "\\t\\n\\x0B\\f\\r \\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff";
    /** {@code .}: any code point but ECMA-262's line terminators. */
    private static final String ANY_BUT_LINE_TERMINATOR = "[^\\n\\r\\u2028\\u2029]";

    private final String source;
    private final StringBuilder out;
    private int at;

    private EcmaPattern(String source) {
        this.source = source;
        this.out = new StringBuilder(source.length() + 16);
    }

    /** {@code pattern} as a {@link java.util.regex.Pattern} source with ECMA-262's meaning. */
    static String toJava(String pattern) {
        EcmaPattern translation = new EcmaPattern(pattern);
        translation.translate();
        return translation.out.toString();
    }

    private void translate() {
        while (at < source.length()) {
            char c = source.charAt(at++);
            switch (c) {
                case '\\' -> escape(false);
                case '[' -> characterClass();
                case '$' -> out.append("\\z");
                case '.' -> out.append(ANY_BUT_LINE_TERMINATOR);
                default -> out.append(c);
            }
        }
    }

    /** A class up to its first unescaped {@code ]}, as ECMA-262 reads it. */
    private void characterClass() {
        boolean negated = at < source.length() && source.charAt(at) == '^';
        if (negated) {
            at++;
        }
        if (at < source.length() && source.charAt(at) == ']') {
            at++;
            out.append(negated ? "[\\s\\S]" : "(?!)");
            return;
        }
        out.append(negated ? "[^" : "[");
        while (at < source.length()) {
            char c = source.charAt(at++);
            switch (c) {
                case ']' -> {
                    out.append(']');
                    return;
                }
                case '\\' -> escape(true);
                case '[', '&' -> out.append('\\').append(c);
                default -> out.append(c);
            }
        }
        // unclosed: Java reports it as ECMA-262 would (a syntax error)
    }

    /** The escape after a backslash; {@code inClass} where a class body is being written. */
    private void escape(boolean inClass) {
        if (at >= source.length()) {
            out.append('\\');
            return;
        }
        char c = source.charAt(at++);
        switch (c) {
            case 's' -> out.append(inClass ? WHITE_SPACE : "[" + WHITE_SPACE + "]");
            case 'S' -> out.append("[^").append(WHITE_SPACE).append(']');
            case 'v' -> out.append("\\x0B");
            case 'b' -> out.append(inClass ? "\\x08" : "\\b");
            case '0' -> out.append(at < source.length() && Character.isDigit(source.charAt(at)) ? "\\0" : "\\x00");
            case 'u' -> codePoint();
            default -> out.append('\\').append(c);
        }
    }

    /** <code>&#92;u{1F600}</code> as Java's {@code \x{1F600}}; <code>&#92;uXXXX</code> as written. */
    private void codePoint() {
        if (at < source.length() && source.charAt(at) == '{') {
            int close = source.indexOf('}', at);
            if (close > 0) {
                out.append("\\x{").append(source, at + 1, close).append('}');
                at = close + 1;
                return;
            }
        }
        out.append("\\u");
    }
}
