package io.github.cutoverguard.engine;

import java.text.Normalizer;
import java.util.Locale;

/**
 * "Non-empty" as a reader sees it: text holds a visible character under Unicode, not only white space, control or
 * format characters (a zero-width space, a byte-order mark) or the blank letters that render as nothing (Hangul
 * fillers, the blank Braille pattern). Names compared for identity ({@link #identity}) are compared as a reader would
 * tell them apart.
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
}
