package io.github.cutoverguard.engine.parity;

import io.github.cutoverguard.engine.Rule;
import io.github.cutoverguard.engine.Breach;

import java.util.Optional;

/**
 * Raises {@link #RULE} when the mirror's copy of a canonical file has other bytes (a different
 * SHA-256), or is a symbolic link (or special file) that is not followed, e.g. one that leaves the
 * mirror.
 */
public final class FilesIdenticalInMirror {

    public static final Rule RULE = Rule.PARITY_DIFFERENT;

    private FilesIdenticalInMirror() {
    }

    static Optional<Breach> check(FileComparison c) {
        if (!c.canonicalIsFile()) {
            return Optional.empty();
        }
        String hint = "copy " + c.canonicalFile() + " over the mirror's copy";
        if (c.mirrorIsFile() && !c.mirrorSha256().equals(c.canonicalSha256())) {
            return Optional.of(Breach.error(RULE, "sha256 of " + c.mirrorFile() + " is " + c.mirrorSha256()
                            + ", canonical " + c.canonicalFile() + " is " + c.canonicalSha256())
                    .file(c.mirrorFile()).expected(c.canonicalSha256()).actual(c.mirrorSha256()).hint(hint).build());
        }
        if (c.mirrorNotFollowed()) {
            return Optional.of(Breach.error(RULE, c.mirrorFile() + " " + c.mirrorUnfollowed().detail()
                            + "; canonical " + c.canonicalFile() + " is a regular file (sha256 " + c.canonicalSha256() + ")")
                    .file(c.mirrorFile()).expected(c.canonicalSha256())
                    .hint("replace it with a copy of " + c.canonicalFile())
                    .build());
        }
        return Optional.empty();
    }
}
