package io.github.cutoverguard.engine;

/**
 * A 1-based line and column in an input file; {@link #UNKNOWN} when the position is not known
 * (a missing file, a value that is absent).
 */
public record Location(int line, int column) {

    /** No position: reported as the file alone. */
    public static final Location UNKNOWN = new Location(0, 0);

    /** The start of a line, for line-oriented inputs such as Markdown. */
    public static Location ofLine(int line) {
        return new Location(line, 1);
    }

    /** {@code file:line:column}, or {@code file} alone when the position is not known. */
    public String in(String file) {
        return isKnown() ? file + ":" + line + ":" + column : file;
    }

    /** Whether this location points somewhere. */
    public boolean isKnown() {
        return line > 0;
    }
}
