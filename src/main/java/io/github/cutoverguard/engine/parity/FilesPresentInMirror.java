package io.github.cutoverguard.engine.parity;

import io.github.cutoverguard.engine.Breach;
import io.github.cutoverguard.engine.Check;
import io.github.cutoverguard.engine.Rule;

import java.util.List;
import java.util.Set;

/** Raises {@link #RULE} for a canonical file that the mirror does not have. */
public final class FilesPresentInMirror implements Check<FileComparison> {

    public static final Rule RULE = Rule.PARITY_MISSING;

    @Override
    public Set<Rule> rules() {
        return Set.of(RULE);
    }

    @Override
    public List<Breach> check(FileComparison c) {
        if (!c.canonicalIsFile() || !c.mirrorAbsent()) {
            return List.of();
        }
        return List.of(Breach.error(RULE, "missing from mirror " + c.mirror() + ": canonical " + c.canonicalFile()
                        + " (sha256 " + c.canonicalSha256() + ") has no copy here")
                .file(c.mirrorFile()).expected(c.canonicalSha256())
                .hint("copy " + c.canonicalFile() + " into the mirror")
                .build());
    }
}
