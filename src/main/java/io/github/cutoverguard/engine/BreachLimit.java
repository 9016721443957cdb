package io.github.cutoverguard.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * How many breaches of one rule in one file are listed (DESIGN §7, "Bounded"; {@code maxBreachesPerRule}): the first
 * ones, then one entry {@code … and 999,900 more} that stands for the rest ({@link Breach#omitted}). What is found is
 * counted in full, and a check fails as it would with every breach listed; the log and the reports grow with what is
 * listed, not with what is found. Breaches of one rule in one file at another severity, or accepted by another waiver,
 * are listed apart.
 *
 * @param perRuleAndFile how many breaches of one rule in one file are listed, at least 1
 */
public record BreachLimit(int perRuleAndFile) {

    /** The default of {@code maxBreachesPerRule}. */
    public static final int DEFAULT_PER_RULE_AND_FILE = 100;

    /** 100 breaches of one rule in one file. */
    public static final BreachLimit DEFAULT = new BreachLimit(DEFAULT_PER_RULE_AND_FILE);

    /** @throws IllegalArgumentException below 1 (a configuration error: a list must show what fails) */
    public BreachLimit {
        if (perRuleAndFile < 1) {
            throw new IllegalArgumentException("maxBreachesPerRule must be at least 1, was " + perRuleAndFile);
        }
    }

    /**
     * {@code breaches} as listed: the first of each rule and file in their order, each group's {@code … and N more} entry
     * where its first unlisted breach was. A list already cut is cut again the same way (its entries' counts added).
     */
    public List<Breach> cut(List<Breach> breaches) {
        Listing listing = listing();
        breaches.forEach(listing::add);
        return listing.breaches();
    }

    /** The check with its breaches {@linkplain #cut cut}; its status stays what every breach made it. */
    public CheckResult cut(CheckResult check) {
        return new CheckResult(check.id(), check.status(), check.detail(), cut(check.breaches()));
    }

    /** The result with every check's breaches {@linkplain #cut cut}. */
    public GoalResult cut(GoalResult result) {
        return result.with(result.inputs(), result.checks().stream().map(this::cut).toList(), result.acceptance());
    }

    /** A list that collects breaches up to this limit. */
    public Listing listing() {
        return new Listing(perRuleAndFile);
    }

    /**
     * Collects breaches as a limit lists them: a breach past the limit of its rule and file is only counted, and one
     * given by a {@link Supplier} is not even built then, so a check with a million hits builds a hundred breaches.
     */
    public static final class Listing {

        /** What one rule in one file shares: breaches of it are listed up to the limit, then counted. */
        private record Group(Rule rule, Severity severity, String file, Breach.Waived waived) {
        }

        /** How many breaches of a group are listed and how many counted, and whether its "… and N more" has its place. */
        private static final class Tally {
            int listed;
            int omitted;
            boolean placed;
        }

        private final int limit;
        /** Listed breaches, and {@code null} where a group's "… and N more" entry goes. */
        private final List<Breach> entries = new ArrayList<>();
        private final List<Group> moreAt = new ArrayList<>();
        private final Map<Group, Tally> tallies = new HashMap<>();

        private Listing(int limit) {
            this.limit = limit;
        }

        /** Adds {@code breach}: listed while its rule and file are under the limit, else counted. */
        public void add(Breach breach) {
            Tally tally = tally(new Group(breach.rule(), breach.severity(), breach.file(), breach.waived()));
            if (breach.omitted() == 0 && tally.listed < limit) {
                tally.listed++;
                entries.add(breach);
            } else {
                more(tally, breach.rule(), breach.severity(), breach.file(), breach.waived(), breach.count());
            }
        }

        /** Adds the error-level breach of {@code rule} in {@code file} that {@code breach} builds, built only if listed. */
        public void add(Rule rule, String file, Supplier<Breach> breach) {
            Tally tally = tally(new Group(rule, Severity.ERROR, file, null));
            if (tally.listed < limit) {
                add(breach.get());
            } else {
                more(tally, rule, Severity.ERROR, file, null, 1);
            }
        }

        private Tally tally(Group group) {
            return tallies.computeIfAbsent(group, g -> new Tally());
        }

        private void more(Tally tally, Rule rule, Severity severity, String file, Breach.Waived waived, int count) {
            if (!tally.placed) {
                tally.placed = true;
                entries.add(null);
                moreAt.add(new Group(rule, severity, file, waived));
            }
            tally.omitted = Math.addExact(tally.omitted, count);
        }

        /** The breaches listed, each cut group's {@code … and N more} entry in its place. */
        public List<Breach> breaches() {
            List<Breach> listed = new ArrayList<>(entries.size());
            int more = 0;
            for (Breach entry : entries) {
                if (entry != null) {
                    listed.add(entry);
                } else {
                    Group group = moreAt.get(more++);
                    Tally tally = tallies.get(group);
                    listed.add(Breach.more(group.rule(), group.severity(), group.file(), group.waived(), tally.omitted,
                            tally.listed));
                }
            }
            return listed;
        }
    }
}
