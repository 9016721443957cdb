package io.github.cutoverguard.engine.parity;

import io.github.cutoverguard.engine.Rule;
import io.github.cutoverguard.engine.Breach;

import java.util.Optional;

/** Raises {@link #RULE} for a canonical file that the mirror does not have. */
public final class FilesPresentInMirror {

    public static final Rule RULE = Rule.PARITY_MISSING;

    private FilesPresentInMirror() {
    }

    static Optional<Breach> check(FileComparison c) {
        if (!c.canonicalIsFile() || !c.mirrorAbsent()) {
            return Optional.empty();
        }
        return Optional.of(Breach.error(RULE, "missing from mirror " + c.mirror() + ": canonical " + c.canonicalFile()
                        + " (sha256 " + c.canonicalSha256() + ") has no copy here")
                .file(c.mirrorFile()).expected(c.canonicalSha256())
                .hint("copy " + c.canonicalFile() + " into the mirror")
                .build());
    }
}
