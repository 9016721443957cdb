package io.github.cutoverguard.engine;

import java.text.Normalizer;
import java.util.Locale;

/**
 * "Non-empty" as a reader sees it: text holds a visible character under Unicode, not only white space, control or
 * format characters (a zero-width space, a byte-order mark) or the blank letters that render as nothing (Hangul
 * fillers, the blank Braille pattern). Names compared for identity ({@link #identity}) are compared as a reader would
 * tell them apart. A value quoted into a message is shown with what a reader cannot see escaped ({@link #escape}).
 */
public final class VisibleText {

    private VisibleText() {
    }

    /** Whether {@code text} holds at least one visible character. */
    public static boolean hasVisible(String text) {
        return text != null && text.codePoints().anyMatch(VisibleText::visible);
    }

    /** Whether the code point renders as something a reader can see. */
    public static boolean visible(int codePoint) {
        if (Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)) {
            return false;
        }
        switch (Character.getType(codePoint)) {
            case Character.CONTROL, Character.FORMAT, Character.UNASSIGNED, Character.SURROGATE, Character.PRIVATE_USE,
                    Character.NON_SPACING_MARK, Character.ENCLOSING_MARK -> {
                return false;
            }
            default -> {
                // letters and symbols that render blank
                return codePoint != 0x115F && codePoint != 0x1160 && codePoint != 0x3164 && codePoint != 0xFFA0
                        && codePoint != 0x2800 && !(codePoint >= 0xFE00 && codePoint <= 0xFE0F)
                        && !(codePoint >= 0xE0100 && codePoint <= 0xE01EF);
            }
        }
    }

    /**
     * The text as a reader tells names apart: compatibility-normalised (NFKC), without invisible characters, white space
     * runs as one space, trimmed, case folded. Two approvers whose names are equal here are one person.
     */
    public static String identity(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        boolean space = false;
        for (int cp : Normalizer.normalize(text, Normalizer.Form.NFKC).codePoints().toArray()) {
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                space = out.length() > 0;
            } else if (visible(cp)) {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.appendCodePoint(cp);
            }
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }

    /**
     * {@code text} as messages quote it, on one line, with every character a reader could not see or tell apart
     * escaped: a line break, carriage return and tab as {@code \n}, {@code \r}, {@code \t}; other control characters (C0,
     * C1), format characters (zero-width spaces and joiners, bidirectional controls, a byte-order mark), spaces other
     * than the ASCII space (no-break, ideographic), line and paragraph separators, unassigned, surrogate and
     * private-use code points, variation selectors and the letters that render blank as <code>&#92;u200b</code> (UTF-16 units,
     * lowercase hex). Everything else, combining marks too, is kept as written; text without such characters is
     * returned unchanged, so escaping twice changes nothing.
     */
    public static String escape(String text) {
        return escape(text, false);
    }

    /** As {@link #escape}, but the line breaks of multi-line text (a diff) are kept. */
    public static String escapeKeepingLines(String text) {
        return escape(text, true);
    }

    private static String escape(String text, boolean keepLines) {
        if (text == null || text.codePoints().allMatch(cp -> cp == ' ' || cp == '\n' && keepLines || !hidden(cp))) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(cp -> {
            if (cp == ' ' || cp == '\n' && keepLines || !hidden(cp)) {
                out.appendCodePoint(cp);
            } else if (cp == '\n' || cp == '\r' || cp == '\t') {
                out.append(cp == '\n' ? "\\n" : cp == '\r' ? "\\r" : "\\t");
            } else {
                for (char unit : Character.toChars(cp)) {
                    out.append(String.format(Locale.ROOT, "\\u%04x", (int) unit));
                }
            }
        });
        return out.toString();
    }

    /** Whether the code point is shown escaped: invisible, but not a combining mark that renders on its letter. */
    private static boolean hidden(int codePoint) {
        int type = Character.getType(codePoint);
        boolean mark = type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK;
        boolean selector = codePoint >= 0xFE00 && codePoint <= 0xFE0F || codePoint >= 0xE0100 && codePoint <= 0xE01EF;
        return !visible(codePoint) && (!mark || selector);
    }
}
