package io.github.cutoverguard.engine;

/** The outcome of one check in a goal's evidence report. */
public enum CheckStatus {
    PASS,
    FAIL,
    SKIPPED;

    /** The lower-case name written to reports. */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
