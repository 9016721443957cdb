package io.github.cutoverguard.engine;

/** How serious a breach is: an {@link #ERROR} fails the build (unless warn-only), a {@link #WARNING} never does. */
public enum Severity {
    ERROR,
    WARNING
}
