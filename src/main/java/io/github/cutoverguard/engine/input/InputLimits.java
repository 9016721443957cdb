package io.github.cutoverguard.engine.input;

/**
 * Bounds on JSON input so that hostile files give a breach instead of exhausting memory or stack.
 *
 * @param maxBytes        largest file accepted
 * @param maxDepth        deepest nesting of objects and arrays
 * @param maxStringLength longest string value or key
 * @param maxNumberLength longest number literal
 */
public record InputLimits(long maxBytes, int maxDepth, int maxStringLength, int maxNumberLength) {

    /** 128 MiB, depth 200, 16 MiB strings, 1,000-digit numbers. */
    public static final InputLimits DEFAULT = new InputLimits(128L * 1024 * 1024, 200, 16 * 1024 * 1024, 1000);

    public InputLimits {
        if (maxBytes <= 0 || maxDepth <= 0 || maxStringLength <= 0 || maxNumberLength <= 0) {
            throw new IllegalArgumentException("JSON limits must be positive");
        }
    }

    /** The same limits with another size bound. */
    public InputLimits withMaxBytes(long value) {
        return new InputLimits(value, maxDepth, maxStringLength, maxNumberLength);
    }
}
