package io.github.cutoverguard.engine.report;

import java.nio.file.Path;

/**
 * What a verdict's reports say beside the verdict itself: what it judged, the plugin's version (SARIF's tool) and
 * where CI systems place a breach's file.
 *
 * @param subject       the project and the source judged ({@link VerdictSubject#UNNAMED} when unknown)
 * @param pluginVersion the plugin's version; {@code unknown} when {@code null}
 * @param locations     where a report places each breach's file
 */
public record ReportContext(VerdictSubject subject, String pluginVersion, ReportLocations locations) {

    public ReportContext {
        pluginVersion = pluginVersion == null ? "unknown" : pluginVersion;
    }

    /** Reports of an unnamed verdict, paths relative to {@code basedir} (reports rendered outside a build). */
    public static ReportContext within(Path basedir) {
        return new ReportContext(VerdictSubject.UNNAMED, null, ReportLocations.within(basedir));
    }
}
