package io.github.cutoverguard.engine;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * How an actual set of names differs from the expected one, both in first-seen order: what is
 * missing and what is unexpected. Used wherever codes must be set-equal.
 */
public record SetComparison(Set<String> missing, Set<String> unexpected) {

    public static SetComparison of(Collection<String> expected, Collection<String> actual) {
        Set<String> missing = new LinkedHashSet<>(expected);
        missing.removeAll(Set.copyOf(actual));
        Set<String> unexpected = new LinkedHashSet<>(actual);
        unexpected.removeAll(Set.copyOf(expected));
        return new SetComparison(missing, unexpected);
    }

    /** Whether the two sets are equal. */
    public boolean equal() {
        return missing.isEmpty() && unexpected.isEmpty();
    }
}
