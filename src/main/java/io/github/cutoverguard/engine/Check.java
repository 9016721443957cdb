package io.github.cutoverguard.engine;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * One check, the shape every check of every goal takes (as an Enforcer rule is one class with one name): what it
 * judges against (the baseline, a pattern, the pin a manifest must agree with) is given to its constructor, the input
 * it judges to {@link #check}, which returns every breach instead of stopping at the first. The class is named for
 * what it requires and states its rule as a constant ({@code RULE}, or the rule set its type states, as
 * {@code PinMatchesBaseline} does for its five pin fields); the goal that runs it lists it in its {@code RULES}.
 *
 * @param <I> the input the check judges
 */
public interface Check<I> {

    /** The rules the breaches of this check carry. */
    Set<Rule> rules();

    /** Every breach of {@code input}; empty when it holds. */
    List<Breach> check(I input);

    /** The rules of a goal's checks together, for the goal's {@code RULES}. */
    @SafeVarargs
    static Set<Rule> union(Set<Rule>... rules) {
        EnumSet<Rule> all = EnumSet.noneOf(Rule.class);
        Arrays.stream(rules).forEach(all::addAll);
        return Collections.unmodifiableSet(all);
    }
}
