package io.github.cutoverguard.engine.guard;

import io.github.cutoverguard.engine.Breach;
import io.github.cutoverguard.engine.input.InputProblem;
import io.github.cutoverguard.engine.input.JsonInputs;
import io.github.cutoverguard.engine.input.TreeEntry;

/**
 * Turns a scanned file that cannot be read into a breach, the way every goal does: too large is
 * {@code JSON-PARSE} (the documented {@code maxInputBytes} rule), anything else {@code FILE-MISSING}.
 */
final class GuardInputs {

    private GuardInputs() {
    }

    static Breach breachFor(InputProblem problem, String display) {
        return breachFor(problem, display, "; it was not scanned");
    }

    /** @param consequence appended to the problem's message, e.g. {@code "; it was not scanned"} */
    static Breach breachFor(InputProblem problem, String display, String consequence) {
        if (problem.kind() == InputProblem.Kind.TOO_LARGE) {
            return Breach.error(JsonInputs.JSON_PARSE, problem.getMessage() + consequence)
                    .file(display)
                    .hint("raise maxInputBytes (-Dcutover.maxInputBytes) or exclude the file from the scan")
                    .build();
        }
        return Breach.error(JsonInputs.FILE_MISSING, problem.getMessage() + consequence)
                .file(display)
                .hint(problem.kind() == InputProblem.Kind.MISSING
                        ? "create " + display + " or point the plugin configuration at the right path"
                        : problem.kind() == InputProblem.Kind.NOT_A_FILE
                        ? "point the plugin configuration at a file, not a directory"
                        : "make " + display + " readable by the build user, or exclude it from the scan")
                .build();
    }

    /** A selected path the scan could not read, or a link it did not follow. */
    static Breach unreadable(TreeEntry.Unfollowed entry) {
        String display = entry.relativePath().isEmpty() ? "." : entry.relativePath();
        return entry.reason() == TreeEntry.Reason.UNREADABLE ? unreadable(display)
                : breachFor(new InputProblem(InputProblem.Kind.UNREADABLE, display + " " + entry.detail()), display);
    }

    static Breach unreadable(String display) {
        return Breach.error(JsonInputs.FILE_MISSING, display + " cannot be read; it was not scanned")
                .file(display)
                .hint("make " + display + " readable by the build user, or exclude it from the scan")
                .build();
    }
}
