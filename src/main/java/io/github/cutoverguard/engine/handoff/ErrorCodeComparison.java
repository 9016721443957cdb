package io.github.cutoverguard.engine.handoff;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * How {@code validate-handoff} compares a payload's error codes with the manifest's {@code error_code_enum}: the
 * consumer chooses it ({@code <errorCodeComparison>}, default {@link #EQUAL}), never the payload. A payload's
 * {@code validation_mode} must be {@code set_equality} or the configured mode's own name, and is then held to what it
 * states; any other is a breach.
 */
public enum ErrorCodeComparison {

    /** The payload lists exactly the manifest's codes ({@code validation_mode: set_equality}). */
    EQUAL("equal", "set_equality"),
    /** The payload may leave out manifest codes but adds none ({@code validation_mode: subset} or {@code set_equality}). */
    SUBSET("subset", "subset"),
    /** The payload lists every manifest code and may add codes ({@code validation_mode: superset} or {@code set_equality}). */
    SUPERSET("superset", "superset");

    private final String id;
    private final String validationMode;

    ErrorCodeComparison(String id, String validationMode) {
        this.id = id;
        this.validationMode = validationMode;
    }

    /** The name in the POM: {@code equal}, {@code subset} or {@code superset}. */
    public String id() {
        return id;
    }

    /** The payload's {@code validation_mode} that states this comparison: {@code set_equality}, {@code subset}, {@code superset}. */
    public String validationMode() {
        return validationMode;
    }

    /** Parses {@code equal}, {@code subset} or {@code superset} (any case); {@code null} or blank is {@link #EQUAL}. */
    public static ErrorCodeComparison parse(String value) {
        if (value == null || value.isBlank()) {
            return EQUAL;
        }
        String v = value.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(c -> c.id.equals(v)).findFirst().orElseThrow(() ->
                new IllegalArgumentException("errorCodeComparison must be 'equal', 'subset' or 'superset', was '" + value + "'"));
    }

    /** The comparison a payload's {@code validation_mode} states, if it is one. */
    public static Optional<ErrorCodeComparison> ofValidationMode(String mode) {
        return Arrays.stream(values()).filter(c -> c.validationMode.equals(mode)).findFirst();
    }

    /** Whether a consumer that configured this comparison accepts a payload stating {@code stated}. */
    public boolean accepts(ErrorCodeComparison stated) {
        return stated == EQUAL || stated == this;
    }

    /** Whether a manifest code the payload lacks is a breach. */
    boolean missingIsBreach() {
        return this != SUBSET;
    }

    /** Whether a payload code the manifest lacks is a breach. */
    boolean unexpectedIsBreach() {
        return this != SUPERSET;
    }
}
