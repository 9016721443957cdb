package io.github.cutoverguard.engine;

import java.util.Locale;

/** Whether the project is rehearsing a contract migration or performing the approved cutover. */
public enum Mode {
    REHEARSAL,
    CUTOVER;

    /** Parses {@code rehearsal} or {@code cutover} (any case). */
    public static Mode parse(String value) {
        String v = value == null ? "" : value.trim().toLowerCase(Locale.ROOT);
        return switch (v) {
            case "rehearsal" -> REHEARSAL;
            case "cutover" -> CUTOVER;
            default -> throw new IllegalArgumentException(
                    "mode must be 'rehearsal' or 'cutover', was '" + value + "'");
        };
    }

    /** The lower-case name used in POMs and reports. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
