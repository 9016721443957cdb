package io.github.cutoverguard.engine.report;

import io.github.cutoverguard.engine.git.WorkTreeSource;

/**
 * What a verdict judged, as its reports name it: the project (a module's artifactId, e.g. {@code invoices}, or for the
 * build's verdict the reactor's root, e.g. {@code billing-platform (build)}) and the source it read ({@code null}
 * outside a git work tree). In a reactor's job summary it tells the verdicts apart.
 *
 * @param project the project's name, {@code null} when unknown
 * @param source  the git work tree's commit, branch and state, {@code null} when unknown
 */
public record VerdictSubject(String project, WorkTreeSource source) {

    /** A verdict without a name (reports rendered outside a build). */
    public static final VerdictSubject UNNAMED = new VerdictSubject(null, null);

    /** How many hex digits of the commit a heading shows, as git's and GitHub's short form. */
    private static final int SHORT_COMMIT = 7;

    /** The project and the short commit, e.g. {@code invoices at 1a2b3c4}; empty when neither is known. */
    String title() {
        String commit = source == null || source.commit() == null ? null : source.commit().substring(0, SHORT_COMMIT);
        if (project == null) {
            return commit == null ? "" : "at " + commit;
        }
        return commit == null ? project : project + " at " + commit;
    }
}
