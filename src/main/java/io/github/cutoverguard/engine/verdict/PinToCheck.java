package io.github.cutoverguard.engine.verdict;

import io.github.cutoverguard.engine.guard.PinUnchangedSinceBase;
import io.github.cutoverguard.engine.input.ProjectFiles;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether the verdict has an integration pin to check (DESIGN §4, fail closed): a pin the POM names, one at the
 * default path, or one the base ref has (deleted since) is checked, and a missing one is then a breach; only a
 * project that never had a pin (a producer, say) skips the pin checks.
 */
public final class PinToCheck {

    private PinToCheck() {
    }

    /**
     * Why there is no pin to check, or {@code null} when there is one.
     *
     * @param named   whether the configuration names the pin file ({@code <pinFile>} or {@code -Dcutover.pinFile})
     * @param baseRef the guard's base ref, or {@code null} when the guard does not run
     */
    public static String whyNone(ProjectFiles files, Path pinFile, boolean named, String baseRef, long maxBytes) {
        if (named || Files.isRegularFile(files.resolve(pinFile))) {
            return null;
        }
        if (baseRef != null && PinUnchangedSinceBase.existedAtBase(files, pinFile, baseRef, maxBytes)) {
            return null;
        }
        return "no integration pin: <pinFile> is not configured and " + files.display(pinFile) + " does not exist"
                + (baseRef == null ? "" : ", nor did it at " + baseRef);
    }
}
