package io.github.cutoverguard.engine.schema;

import com.networknt.schema.regex.RegularExpression;
import com.networknt.schema.regex.RegularExpressionFactory;

import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Compiles a schema's {@code pattern}s with the JDK's regex engine, read as ECMA-262 as JSON Schema requires
 * ({@link EcmaPattern}: {@code $} never matches before a final line break), and bounds each match in time:
 * a catastrophically backtracking pattern (e.g. {@code ^(a+)+$} on a long non-matching value) in a
 * user's schema ends with {@link PatternTooSlow} instead of hanging the build. The bound works by
 * handing the matcher a character sequence that checks the deadline as it is read.
 */
final class BoundedRegularExpressions implements RegularExpressionFactory {

    /** How long one {@code pattern} may take on one value. */
    static final long MATCH_BUDGET_NANOS = 2_000_000_000L;

    /** Thrown when a {@code pattern} exceeds its time budget on a value. */
    static final class PatternTooSlow extends RuntimeException {

        PatternTooSlow(String pattern) {
            super("the schema pattern " + pattern + " took longer than " + MATCH_BUDGET_NANOS / 1_000_000
                    + " ms on one value (catastrophic backtracking)", null, false, false);
        }
    }

    @Override
    public RegularExpression getRegularExpression(String regex) {
        Pattern pattern;
        try {
            pattern = Pattern.compile(EcmaPattern.toJava(regex));
        } catch (PatternSyntaxException e) {
            // named as the schema writes it, not as rewritten for the JDK
            throw new PatternSyntaxException(e.getDescription(), regex, -1);
        }
        return value -> pattern.matcher(new Deadline(value, System.nanoTime() + MATCH_BUDGET_NANOS, regex)).find();
    }

    /**
     * A character sequence that fails the match once its deadline has passed. The clock is read on
     * every 1,024th character read, not on each: a backtracking match reads characters millions of
     * times, an ordinary one a few dozen.
     */
    private static final class Deadline implements CharSequence {
        private static final int CHECK_EVERY = 1024;

        private final CharSequence text;
        private final long deadline;
        private final String regex;
        private int reads;

        Deadline(CharSequence text, long deadline, String regex) {
            this.text = text;
            this.deadline = deadline;
            this.regex = regex;
        }

        @Override
        public char charAt(int index) {
            if (++reads % CHECK_EVERY == 0 && System.nanoTime() > deadline) {
                throw new PatternTooSlow(regex);
            }
            return text.charAt(index);
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return new Deadline(text.subSequence(start, end), deadline, regex);
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }
}
