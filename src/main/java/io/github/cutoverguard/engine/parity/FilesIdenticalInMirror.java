package io.github.cutoverguard.engine.parity;

import io.github.cutoverguard.engine.Breach;
import io.github.cutoverguard.engine.Check;
import io.github.cutoverguard.engine.Location;
import io.github.cutoverguard.engine.Rule;
import io.github.cutoverguard.engine.io.LineEndings;
import io.github.cutoverguard.engine.io.UnifiedDiff;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * Raises {@link #RULE} when the mirror's copy of a canonical file has other bytes (a different
 * SHA-256), or is a symbolic link (or special file) that is not followed, e.g. one that leaves the
 * mirror. A text file's breach carries a unified diff (canonical against mirror; files up to {@link #DIFF_LIMIT} bytes),
 * or names a difference that is only line endings.
 */
public final class FilesIdenticalInMirror implements Check<FileComparison> {

    public static final Rule RULE = Rule.PARITY_DIFFERENT;

    /** Text files up to this size get a unified diff in the breach (the log stays short: the diff is cut, too). */
    static final long DIFF_LIMIT = 64 * 1024;

    private final Path canonicalRoot;
    private final Path mirrorRoot;

    /**
     * @param canonicalRoot the canonical directory, whose file is read for a diff when the contents differ
     * @param mirrorRoot    the mirror's directory, likewise
     */
    FilesIdenticalInMirror(Path canonicalRoot, Path mirrorRoot) {
        this.canonicalRoot = canonicalRoot;
        this.mirrorRoot = mirrorRoot;
    }

    @Override
    public Set<Rule> rules() {
        return Set.of(RULE);
    }

    @Override
    public List<Breach> check(FileComparison c) {
        Path canonicalPath = canonicalRoot.resolve(c.relativePath());
        Path mirrorPath = mirrorRoot.resolve(c.relativePath());
        if (!c.canonicalIsFile()) {
            return List.of();
        }
        String hint = "copy " + c.canonicalFile() + " over the mirror's copy";
        if (c.mirrorIsFile() && !c.mirrorSha256().equals(c.canonicalSha256())) {
            Breach.Builder breach = Breach.error(RULE, "sha256 of " + c.mirrorFile() + " is " + c.mirrorSha256()
                            + ", canonical " + c.canonicalFile() + " is " + c.canonicalSha256())
                    .file(c.mirrorFile()).expected(c.canonicalSha256()).actual(c.mirrorSha256()).hint(hint);
            byte[] canonical = smallText(canonicalPath);
            byte[] mirror = smallText(mirrorPath);
            if (canonical != null && mirror != null) {
                if (LineEndings.onlyLineEndingsDiffer(canonical, mirror)) {
                    breach.hint(LineEndings.fix(c.mirrorFile()));
                } else {
                    UnifiedDiff diff = UnifiedDiff.of(c.canonicalFile(), canonical, c.mirrorFile(), mirror);
                    breach.details(diff.text());
                    if (diff.firstLine() > 0) {
                        breach.at(Location.ofLine(diff.firstLine()));
                    }
                }
            }
            return List.of(breach.build());
        }
        if (c.mirrorNotFollowed()) {
            return List.of(Breach.error(RULE, c.mirrorFile() + " " + c.mirrorUnfollowed().detail()
                            + "; canonical " + c.canonicalFile() + " is a regular file (sha256 " + c.canonicalSha256() + ")")
                    .file(c.mirrorFile()).expected(c.canonicalSha256())
                    .hint("replace it with a copy of " + c.canonicalFile())
                    .build());
        }
        return List.of();
    }

    /** The bytes of a text file (no NUL byte) of at most {@link #DIFF_LIMIT} bytes, else {@code null}. */
    private static byte[] smallText(Path file) {
        try {
            if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) || Files.size(file) > DIFF_LIMIT) {
                return null;
            }
            byte[] bytes = Files.readAllBytes(file);
            for (byte b : bytes) {
                if (b == 0) {
                    return null;
                }
            }
            return bytes;
        } catch (IOException e) {
            return null;
        }
    }
}
