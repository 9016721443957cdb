package io.github.cutoverguard.engine.parity;

import io.github.cutoverguard.engine.Breach;
import io.github.cutoverguard.engine.Check;
import io.github.cutoverguard.engine.Rule;

import java.util.List;
import java.util.Set;

/**
 * Raises {@link #RULE} for a file in the mirror that the canonical pack does not have, and for a
 * symbolic link (or special file) in the mirror that is not followed where the canonical pack has no
 * regular file.
 */
public final class NoExtraFilesInMirror implements Check<FileComparison> {

    public static final Rule RULE = Rule.PARITY_EXTRA;

    @Override
    public Set<Rule> rules() {
        return Set.of(RULE);
    }

    @Override
    public List<Breach> check(FileComparison c) {
        if (c.mirrorIsFile() && c.canonicalAbsent()) {
            return List.of(Breach.error(RULE, "not in the canonical pack: there is no " + c.canonicalFile()
                            + " (this copy has sha256 " + c.mirrorSha256() + ")")
                    .file(c.mirrorFile()).actual(c.mirrorSha256())
                    .hint("remove the file from the mirror or add it to the canonical pack as " + c.canonicalFile())
                    .build());
        }
        if (c.mirrorNotFollowed() && !c.canonicalIsFile()) {
            return List.of(Breach.error(RULE, c.mirrorFile() + " " + c.mirrorUnfollowed().detail()
                            + (c.canonicalAbsent() ? "; there is no " + c.canonicalFile() + " in the canonical pack"
                                    : "; " + c.canonicalFile() + " is not a regular file either"))
                    .file(c.mirrorFile())
                    .hint("remove it from the mirror; mirrors hold plain copies of the canonical files")
                    .build());
        }
        return List.of();
    }
}
