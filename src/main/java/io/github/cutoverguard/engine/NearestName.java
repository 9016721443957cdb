package io.github.cutoverguard.engine;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** The "did you mean" of a misspelt name: the known name with the fewest single-character edits, case ignored. */
public final class NearestName {

    private NearestName() {
    }

    /** The known name nearest to {@code name}, or {@code null} when none is known. */
    public static String of(String name, Collection<String> known) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : known) {
            int distance = editDistance(name.toLowerCase(Locale.ROOT), candidate.toLowerCase(Locale.ROOT));
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return best;
    }

    /**
     * The known name nearest to {@code name} when at most {@code maxDistance} edits (case aside) away, e.g. {@code
     * duration_days} for {@code duration_day}: a misspelling rather than another name.
     */
    public static Optional<String> within(String name, Collection<String> known, int maxDistance) {
        String nearest = of(name, known);
        return nearest != null && !nearest.equals(name)
                && editDistance(name.toLowerCase(Locale.ROOT), nearest.toLowerCase(Locale.ROOT)) <= maxDistance
                ? Optional.of(nearest) : Optional.empty();
    }

    /** Levenshtein distance, two rows. */
    private static int editDistance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
