package io.github.cutoverguard.engine;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Locale;
import java.util.Objects;

/**
 * One violated guardrail: which rule, where, what was expected, what was found and how to fix it. Its texts show what a
 * reader could not see escaped ({@link VisibleText#escape}: a zero-width space in a quoted value as
 * <code>&#92;u200b</code>), so that the message shows what is wrong.
 *
 * @param rule        the rule violated, e.g. {@link Rule#PIN_RELEASE_TAG}
 * @param severity    error or warning
 * @param file        the input file as the user configured it (relative to the project), or {@code null}
 * @param location    line and column in {@code file}, or {@link Location#UNKNOWN}
 * @param jsonPointer RFC 6901 pointer into a JSON input, or {@code null}
 * @param expected    the value the rule expects, or {@code null}
 * @param actual      the value found, or {@code null}
 * @param message     one sentence stating the breach
 * @param hint        how to fix it
 * @param details     optional multi-line detail shown under the breach line (e.g. a unified diff), or {@code null}
 * @param waived      the waiver that accepts this breach for a while, or {@code null}: a waived breach never fails
 * @param omitted     0 for a breach; for the entry that closes a list cut at {@link BreachLimit} ("… and 150 more"),
 *                    how many breaches of its rule in its file it stands for: counted, not listed
 */
public record Breach(
        Rule rule,
        Severity severity,
        String file,
        Location location,
        String jsonPointer,
        String expected,
        String actual,
        String message,
        String hint,
        String details,
        Waived waived,
        int omitted) {

    /**
     * A waiver that accepts a breach: who owns it, until when, why, and where it is written.
     *
     * @param owner   who answers for the waiver
     * @param expires the last day it applies ({@code YYYY-MM-DD}, UTC)
     * @param reason  why the breach is accepted
     * @param source  where the waiver is written, e.g. {@code config/cutover-waivers.json:7:5}
     */
    public record Waived(String owner, LocalDate expires, String reason, String source) {

        public Waived {
            Objects.requireNonNull(owner, "owner");
            Objects.requireNonNull(expires, "expires");
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(source, "source");
            owner = VisibleText.escape(owner);
            reason = VisibleText.escape(reason);
            source = VisibleText.escape(source);
        }

        /** {@code waived by billing-team until 2026-12-31 (config/cutover-waivers.json:7:5): the reason}. */
        public String describe() {
            return "waived by " + owner + " until " + expires + " (" + source + "): " + reason;
        }
    }

    /** A breach that is not waived. */
    public Breach(Rule rule, Severity severity, String file, Location location, String jsonPointer, String expected,
                  String actual, String message, String hint, String details) {
        this(rule, severity, file, location, jsonPointer, expected, actual, message, hint, details, null, 0);
    }

    public Breach {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        location = location == null ? Location.UNKNOWN : location;
        hint = hint == null ? rule.hint() : hint;
        // the one place values quoted from inputs are made visible: every message, value and hint of every check
        message = VisibleText.escape(message);
        expected = VisibleText.escape(expected);
        actual = VisibleText.escape(actual);
        hint = VisibleText.escape(hint);
        details = VisibleText.escapeKeepingLines(details);
        if (omitted < 0) {
            throw new IllegalArgumentException("omitted must not be negative, was " + omitted);
        }
    }

    /**
     * The entry that closes a list cut at {@code listed} breaches of {@code rule} in {@code file} (at one severity and
     * waiver): {@code … and 999,900 more}, standing for the {@code count} breaches not listed.
     */
    static Breach more(Rule rule, Severity severity, String file, Waived waived, int count, int listed) {
        String where = file == null ? "naming no file" : "in this file";
        return new Breach(rule, severity, file, Location.UNKNOWN, null, null, null,
                String.format(Locale.ROOT, "… and %,d more", count),
                "only the first " + listed + " breaches of " + rule.id() + " " + where + " are listed (maxBreachesPerRule): "
                        + "fix them and run again, or raise maxBreachesPerRule to list more",
                null, waived, count);
    }

    /** How many breaches this entry counts: 1, or for the entry that closes a cut list, the breaches it stands for. */
    public int count() {
        return omitted == 0 ? 1 : omitted;
    }

    /** How many breaches {@code breaches} count, the ones a cut list does not show included. */
    public static long count(Collection<Breach> breaches) {
        return breaches.stream().mapToLong(Breach::count).sum();
    }

    /** Starts an error-level breach of {@code rule} with the given message. */
    public static Builder error(Rule rule, String message) {
        return new Builder(rule, Severity.ERROR, message);
    }

    /** The stable ID of the rule violated, e.g. {@code PIN-RELEASE-TAG}. */
    public String ruleId() {
        return rule.id();
    }

    /** The same breach at another severity (used for warn-only runs and optional checks). */
    public Breach withSeverity(Severity newSeverity) {
        return new Breach(rule, newSeverity, file, location, jsonPointer, expected, actual, message, hint, details, waived,
                omitted);
    }

    /** The same breach, accepted by a waiver. */
    public Breach waivedBy(Waived waiver) {
        return new Breach(rule, severity, file, location, jsonPointer, expected, actual, message, hint, details,
                Objects.requireNonNull(waiver, "waiver"), omitted);
    }

    /** Whether this breach fails the build and the verdict: an error that no waiver accepts. */
    public boolean fails() {
        return severity == Severity.ERROR && waived == null;
    }

    /** Fluent construction of a {@link Breach}; only rule, severity and message are required. */
    public static final class Builder {
        private final Rule rule;
        private final Severity severity;
        private final String message;
        private String file;
        private Location location = Location.UNKNOWN;
        private String jsonPointer;
        private String expected;
        private String actual;
        private String hint;
        private String details;
        private int omitted;

        private Builder(Rule rule, Severity severity, String message) {
            this.rule = rule;
            this.severity = severity;
            this.message = message;
        }

        public Builder file(String value) {
            this.file = value;
            return this;
        }

        public Builder at(Location value) {
            this.location = value;
            return this;
        }

        public Builder pointer(String value) {
            this.jsonPointer = value;
            return this;
        }

        public Builder expected(String value) {
            this.expected = value;
            return this;
        }

        public Builder actual(String value) {
            this.actual = value;
            return this;
        }

        public Builder hint(String value) {
            this.hint = value;
            return this;
        }

        public Builder details(String value) {
            this.details = value;
            return this;
        }

        /** How many breaches not listed the entry stands for (a report read back: its {@code omitted} member). */
        public Builder omitted(int value) {
            this.omitted = value;
            return this;
        }

        public Breach build() {
            return new Breach(rule, severity, file, location, jsonPointer, expected, actual, message, hint, details, null,
                    omitted);
        }
    }
}
