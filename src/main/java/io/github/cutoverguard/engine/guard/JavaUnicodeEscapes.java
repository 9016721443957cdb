package io.github.cutoverguard.engine.guard;

/**
 * A line of Java source as javac reads it (JLS 3.3): each Unicode escape {@code \}{@code uXXXX} (any
 * number of {@code u}) replaced by its character, unless its backslash is preceded by an odd number of
 * backslashes; the character an escape produces takes part in no further escape. Escapes never span
 * lines, so a line translates alone. Keeps, for each character read, where it is written.
 */
final class JavaUnicodeEscapes {

    private final String written;
    private final String read;
    private final int[] origins;

    private JavaUnicodeEscapes(String written, String read, int[] origins) {
        this.written = written;
        this.read = read;
        this.origins = origins;
    }

    /** The line {@code written} as javac reads it. */
    static JavaUnicodeEscapes translate(String written) {
        if (written.indexOf('\\') < 0) {
            return new JavaUnicodeEscapes(written, written, null);
        }
        StringBuilder read = new StringBuilder(written.length());
        int[] origins = new int[written.length() + 1];
        int backslashes = 0;
        int i = 0;
        while (i < written.length()) {
            char c = written.charAt(i);
            if (c == '\\' && backslashes % 2 == 0) {
                int hex = i + 1;
                while (hex < written.length() && written.charAt(hex) == 'u') {
                    hex++;
                }
                if (hex > i + 1 && hex + 4 <= written.length() && isHex(written, hex)) {
                    origins[read.length()] = i;
                    read.append((char) Integer.parseInt(written, hex, hex + 4, 16));
                    i = hex + 4;
                    backslashes = 0;
                    continue;
                }
            }
            backslashes = c == '\\' ? backslashes + 1 : 0;
            origins[read.length()] = i;
            read.append(c);
            i++;
        }
        origins[read.length()] = written.length();
        return new JavaUnicodeEscapes(written, read.toString(), origins);
    }

    /**
     * This line with the escape sequences of string and character literals also resolved ({@code \t},
     * {@code \s}, {@code \"}, {@code \\}, octal {@code \154} …, JLS 3.10.7), wherever they appear: a
     * superset of what javac reads in literals, since only literals hold backslashes in compiling code.
     */
    JavaUnicodeEscapes withStringEscapes() {
        if (read.indexOf('\\') < 0) {
            return this;
        }
        StringBuilder out = new StringBuilder(read.length());
        int[] composed = new int[read.length() + 1];
        int i = 0;
        while (i < read.length()) {
            char c = read.charAt(i);
            int next = i + 1;
            if (c == '\\' && next < read.length()) {
                char e = read.charAt(next);
                int octal = Character.digit(e, 8);
                if (octal >= 0) {
                    int limit = e <= '3' ? 3 : 2;
                    int end = next + 1;
                    while (end < read.length() && end - next < limit && Character.digit(read.charAt(end), 8) >= 0) {
                        octal = octal * 8 + Character.digit(read.charAt(end), 8);
                        end++;
                    }
                    c = (char) octal;
                    next = end;
                } else {
                    int simple = "btnfrs\"'\\".indexOf(e);
                    if (simple >= 0) {
                        c = "\b\t\n\f\r \"'\\".charAt(simple);
                        next = i + 2;
                    }
                }
            }
            composed[out.length()] = writtenIndex(i);
            out.append(c);
            i = next;
        }
        composed[out.length()] = written.length();
        return new JavaUnicodeEscapes(written, out.toString(), composed);
    }

    private static boolean isHex(String text, int from) {
        for (int i = from; i < from + 4; i++) {
            if (Character.digit(text.charAt(i), 16) < 0) {
                return false;
            }
        }
        return true;
    }

    /** The line as javac reads it. */
    String read() {
        return read;
    }

    /** The index in the written line of character {@code index} of {@link #read()} (its length: the line's). */
    int writtenIndex(int index) {
        return origins == null ? index : origins[index];
    }

    /** How the characters {@code from} (inclusive) to {@code to} (exclusive) of {@link #read()} are written. */
    String written(int from, int to) {
        return written.substring(writtenIndex(from), writtenIndex(to));
    }
}
