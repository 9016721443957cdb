package io.github.cutoverguard.engine.input;

import io.github.cutoverguard.engine.Breach;
import io.github.cutoverguard.engine.Rule;

/**
 * The one translation of an input that cannot be read into a breach, for every goal: too large is
 * {@code JSON-PARSE} (the documented {@code maxInputBytes} rule); absent, not a regular file,
 * unreadable, a symbolic link (never followed) or outside the project is {@code FILE-MISSING}. The rule and the kind of fix are
 * decided here; only the wording differs with how the input came to be read ({@link Wording}).
 */
public final class UnreadableInput {

    /** Raised for an input that is absent, not a regular file, unreadable, a symbolic link or outside the project. */
    public static final Rule FILE_MISSING = Rule.FILE_MISSING;
    /** Raised for an input above the size limit (and, elsewhere, for one that is not strict JSON). */
    public static final Rule JSON_PARSE = Rule.JSON_PARSE;

    /**
     * How the breaches for one way of reading inputs are worded; {@code %s} in a hint is the file.
     *
     * @param subject        put before the problem's message, e.g. {@code "canonical "}
     * @param consequence    appended to the problem's message, e.g. {@code "; it was not scanned"}
     * @param tooLargeHint   the fix for an input above the size limit
     * @param notAFileHint   the fix for a path that is not a regular file
     * @param unreadableHint the fix for a file the build user cannot read
     * @param linkHint       the fix for a symbolic link that is not followed
     */
    public record Wording(String subject, String consequence, String tooLargeHint, String notAFileHint,
                          String unreadableHint, String linkHint) {

        /** This wording with {@code subject} before each message. */
        public Wording withSubject(String subject) {
            return new Wording(subject, consequence, tooLargeHint, notAFileHint, unreadableHint, linkHint);
        }

        /** This wording with {@code consequence} after each message. */
        public Wording withConsequence(String consequence) {
            return new Wording(subject, consequence, tooLargeHint, notAFileHint, unreadableHint, linkHint);
        }
    }

    /** A file the plugin configuration names (a manifest, a pin, a handoff, a document …). */
    public static final Wording CONFIGURED = new Wording("", "",
            "inputs this large are refused; check that the configured path names the intended file",
            "point the plugin configuration at a file, not a directory",
            "make %s readable by the build user",
            "replace the link with the file itself, committed inside the project, or point the plugin configuration "
                    + "at such a file");

    /** A file a guard scan selected by its globs: it was not scanned, and it may be excluded from the scan. */
    public static final Wording SCANNED = new Wording("", "; it was not scanned",
            "raise maxInputBytes (-Dcutover.maxInputBytes) or exclude the file from the scan",
            "point the plugin configuration at a file, not a directory",
            "make %s readable by the build user, or exclude it from the scan",
            "replace the link with the file itself, or exclude %s from the scan");

    /** A file of a contract pack, compared byte for byte with its mirrors. */
    public static final Wording CONTRACT_PACK = new Wording("", "",
            "raise maxInputBytes (-Dcutover.maxInputBytes) or exclude the file",
            "replace %s with a regular file or exclude it",
            "make %s readable by the build user",
            "replace the link with the file itself; the canonical pack is compared byte for byte");

    private UnreadableInput() {
    }

    /** The breach for {@code problem} with the input shown as {@code display}. */
    public static Breach breach(InputProblem problem, String display, Wording wording) {
        String hint = switch (problem.kind()) {
            case TOO_LARGE -> wording.tooLargeHint();
            case MISSING -> "create " + display + " or point the plugin configuration at the right path";
            case NOT_A_FILE -> wording.notAFileHint();
            case UNREADABLE -> wording.unreadableHint();
            case LINK_NOT_FOLLOWED -> wording.linkHint();
            case OUTSIDE_PROJECT -> "copy %s into the project's work tree and point the plugin configuration at the copy";
        };
        return Breach.error(problem.kind() == InputProblem.Kind.TOO_LARGE ? JSON_PARSE : FILE_MISSING,
                        wording.subject() + problem.getMessage() + wording.consequence())
                .file(display)
                .hint(hint.replace("%s", display))
                .build();
    }

    /** The breach for a path a {@link FileTree} walk did not follow, shown as {@code display}. */
    public static Breach breach(TreeEntry.Unfollowed entry, String display, Wording wording) {
        return breach(entry.problem(display), display, wording);
    }
}
