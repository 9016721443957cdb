package io.github.cutoverguard.engine.matrix;

import io.github.cutoverguard.engine.Check;
import io.github.cutoverguard.engine.Rule;
import io.github.cutoverguard.engine.Baseline;
import io.github.cutoverguard.engine.Breach;
import io.github.cutoverguard.engine.Location;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Raises {@link #RULE} when the compatibility matrix lacks the baseline lines
 * ({@code - <Name> release tag: `TAG`}, {@code - <Name> commit SHA: `SHA`}) with the baseline
 * values, or does not mention each of the baseline's contract versions.
 */
public final class MatrixCarriesBaseline implements Check<CompatibilityMatrix> {

    public static final Rule RULE = Rule.MATRIX_BASELINE;

    private final Baseline baseline;

    public MatrixCarriesBaseline(Baseline baseline) {
        this.baseline = baseline;
    }

    @Override
    public Set<Rule> rules() {
        return Set.of(RULE);
    }

    @Override
    public List<Breach> check(CompatibilityMatrix matrix) {
        List<Breach> breaches = new ArrayList<>();
        checkLine(matrix, "release tag", baseline.releaseTag(), breaches);
        checkLine(matrix, "commit sha", baseline.commitSha(), breaches);
        for (String version : new String[] {baseline.serviceContract(), baseline.apiContract(), baseline.integrationBaseline()}) {
            if (version != null && !matrix.mentions(version)) {
                breaches.add(Breach.error(RULE, matrix.displayName() + " never mentions baseline contract version \""
                                + version + "\"")
                        .file(matrix.displayName()).expected(version)
                        .hint("name " + version + " in the matrix (the approved-pairs row lists the contract versions)")
                        .build());
            }
        }
        return breaches;
    }

    private static void checkLine(CompatibilityMatrix matrix, String kind, String expected, List<Breach> breaches) {
        if (expected == null) {
            return;
        }
        List<CompatibilityMatrix.BaselineLine> lines = matrix.baselineLines(kind);
        String label = kind.equals("commit sha") ? "commit SHA" : kind;
        if (lines.isEmpty()) {
            breaches.add(Breach.error(RULE, matrix.displayName() + " has no '- <Name> " + label + ": `" + expected
                            + "`' line")
                    .file(matrix.displayName()).expected(expected)
                    .hint("add the line '- <Name> " + label + ": `" + expected + "`' to the baseline section")
                    .build());
            return;
        }
        if (lines.stream().noneMatch(l -> l.value().equals(expected))) {
            CompatibilityMatrix.BaselineLine first = lines.get(0);
            breaches.add(Breach.error(RULE, first.product() + " " + label + " is \"" + first.value()
                            + "\", baseline is \"" + expected + "\"")
                    .file(matrix.displayName()).at(Location.ofLine(first.line()))
                    .expected(expected).actual(first.value()).build());
        }
    }
}
