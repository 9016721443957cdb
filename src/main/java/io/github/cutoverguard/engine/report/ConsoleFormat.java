package io.github.cutoverguard.engine.report;

import io.github.cutoverguard.engine.Breach;
import io.github.cutoverguard.engine.VisibleText;
import io.github.cutoverguard.engine.CheckStatus;
import io.github.cutoverguard.engine.GoalResult;
import io.github.cutoverguard.engine.Severity;

/**
 * Renders breaches for the build log: one line each with file, line:column, rule ID, message and
 * hint; and GitHub Actions workflow-command annotations.
 */
public final class ConsoleFormat {

    private ConsoleFormat() {
    }

    /** {@code config/pin.json:3:18 PIN-RELEASE-TAG release_tag is "v7.4.1", baseline is "v7.4.0" (hint)}. */
    public static String line(Breach breach) {
        StringBuilder out = new StringBuilder();
        if (breach.file() != null) {
            // a file name may hold what a console line cannot (a line break): shown escaped, like values
            out.append(VisibleText.escape(breach.location().in(breach.file()))).append(' ');
        }
        // a breach's message and hint hold no line break: it is shown escaped (Breach, VisibleText.escape)
        out.append(breach.ruleId()).append(' ').append(breach.message());
        if (!breach.hint().isBlank()) {
            out.append(" (").append(breach.hint()).append(')');
        }
        return out.toString();
    }

    /**
     * A GitHub Actions {@code ::error}/{@code ::warning} annotation for the breach, its file relative to the repository
     * root (a breach without a file, or with one outside the repository, at the module's {@code pom.xml}), so that
     * GitHub places it on the diff.
     */
    public static String githubAnnotation(Breach breach, ReportLocations locations) {
        StringBuilder out = new StringBuilder(breach.waived() != null ? "::notice "
                : breach.severity() == Severity.ERROR ? "::error " : "::warning ");
        out.append("file=").append(escapeProperty(locations.fileOf(breach)));
        if (locations.placedInItsFile(breach) && breach.location().isKnown()) {
            out.append(",line=").append(breach.location().line())
                    .append(",col=").append(breach.location().column());
        }
        out.append(",title=").append(escapeProperty(breach.ruleId()));
        String text = locations.textOf(breach) + (breach.waived() == null ? "" : ", " + breach.waived().describe());
        return out.append("::").append(escapeData(text)).toString();
    }

    /**
     * The closing summary line of a goal, e.g. {@code check-pin: FAIL (8 passed, 3 failed, 1 skipped; 4 breaches)}, or
     * {@code check-pin: PASS (11 passed, 0 failed, 1 skipped; 1 breach, 1 waived)}.
     */
    public static String summary(GoalResult result) {
        long failed = result.checks().stream().filter(c -> c.status() == CheckStatus.FAIL).count();
        long skipped = result.checks().stream().filter(c -> c.status() == CheckStatus.SKIPPED).count();
        long passed = result.checks().size() - failed - skipped;
        long breaches = result.breachCount();
        long waived = Breach.count(result.breaches().stream().filter(b -> b.waived() != null).toList());
        String status = EvidenceReport.status(result).toUpperCase(java.util.Locale.ROOT);
        return result.goal() + ": " + status + " (" + passed + " passed, " + failed + " failed, " + skipped
                + " skipped; " + breaches + (breaches == 1 ? " breach" : " breaches")
                + (waived == 0 ? ")" : ", " + waived + " waived)");
    }

    /** A waived breach for the build log: {@code Waived: <line> — waived by <owner> until <date> (<where>): <reason>}. */
    public static String waivedLine(Breach breach) {
        return "Waived: " + line(breach) + " — " + breach.waived().describe();
    }

    private static String escapeData(String text) {
        return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    private static String escapeProperty(String text) {
        return escapeData(text).replace(":", "%3A").replace(",", "%2C");
    }
}
