package io.github.cutoverguard.engine.json;

import tools.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Numbers read from a tree by their value, never by their syntax, and never with an exception:
 * {@code 14}, {@code 14.0} and {@code 1.4e1} are all 14 (DESIGN §7 "Meaning, not syntax").
 */
public final class JsonNumbers {

    private JsonNumbers() {
    }

    /**
     * The integer {@code node} holds, when it is a number whose value is an integer in {@code int}
     * range; empty for anything else ({@code null}, not a number, a fraction, {@code 1e400},
     * {@code .nan}), which the schema reports.
     */
    public static Optional<Integer> intValue(JsonNode node) {
        if (node == null || !node.isNumber()) {
            return Optional.empty();
        }
        if (node.isIntegralNumber()) {
            return node.canConvertToInt() ? Optional.of(node.intValue()) : Optional.empty();
        }
        if (node.isDouble() || node.isFloat()) {
            double value = node.doubleValue();
            return Double.isFinite(value) && value == Math.rint(value) && Math.abs(value) <= Integer.MAX_VALUE
                    ? Optional.of((int) value) : Optional.empty();
        }
        BigDecimal value = node.decimalValue();
        try {
            // exact: throws rather than rounds a fraction or wraps a value beyond int (cheap even for 1e999999999)
            return Optional.of(value.intValueExact());
        } catch (ArithmeticException e) {
            return Optional.empty();
        }
    }
}
