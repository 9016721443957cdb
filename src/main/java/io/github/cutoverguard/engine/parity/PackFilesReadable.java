package io.github.cutoverguard.engine.parity;

import io.github.cutoverguard.engine.input.TreeEntry;
import io.github.cutoverguard.engine.Rule;
import io.github.cutoverguard.engine.Breach;
import io.github.cutoverguard.engine.Severity;
import io.github.cutoverguard.engine.input.UnreadableInput;
import io.github.cutoverguard.engine.input.InsideProject;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Raises {@link #RULE} when the parity comparison cannot read what it must: the canonical
 * directory or a mirror is absent or not a directory, a selected file cannot be read, or a
 * canonical path cannot be trusted (a symbolic link, never followed, or a special file), or a root
 * lies outside the project's work tree or is reached through a link, or a mirror is the canonical directory itself. An
 * absent mirror is only a warning with
 * {@code allowMissingMirrors}.
 */
public final class PackFilesReadable {

    public static final Rule RULE = Rule.FILE_MISSING;

    /** How a canonical file that was not read is worded: "canonical contracts/x.json is a symbolic link …". */
    private static final UnreadableInput.Wording CANONICAL = UnreadableInput.CONTRACT_PACK.withSubject("canonical ");

    private PackFilesReadable() {
    }

    /** A breach when the canonical directory lies outside the project, is reached through a link, is absent or not a directory. */
    static Optional<Breach> canonicalDirectory(InsideProject inside, Path resolved, String display) {
        Optional<InsideProject.Refusal> refused = inside.refusal(resolved);
        if (refused.isPresent()) {
            return Optional.of(UnreadableInput.breach(refused.get().problem("canonical directory " + display), display,
                    CANONICAL.withSubject("")));
        }
        if (!Files.exists(resolved)) {
            return Optional.of(Breach.error(RULE, "canonical directory " + display + " does not exist")
                    .file(display)
                    .hint("create the canonical contract pack or point <canonicalDirectory> at it").build());
        }
        if (!Files.isDirectory(resolved)) {
            return Optional.of(Breach.error(RULE, "canonical directory " + display + " is not a directory")
                    .file(display).hint("point <canonicalDirectory> at the directory of the contract pack").build());
        }
        return Optional.empty();
    }

    /**
     * A breach when a mirror lies outside the project or is reached through a link, is absent (a warning if
     * {@code allowMissing}) or is not a directory.
     */
    static Optional<Breach> mirrorDirectory(InsideProject inside, Path resolved, String display, boolean allowMissing,
                                            Path canonical, String canonicalDisplay) {
        Optional<InsideProject.Refusal> refused = inside.refusal(resolved);
        if (refused.isPresent()) {
            return Optional.of(UnreadableInput.breach(refused.get().problem("mirror " + display), display,
                    UnreadableInput.CONTRACT_PACK));
        }
        if (sameDirectory(resolved, canonical)) {
            return Optional.of(Breach.error(RULE, "mirror " + display + " is the canonical directory " + canonicalDisplay
                            + " itself: a directory compared with itself proves nothing")
                    .file(display)
                    .hint("point the <mirror> at the copy of the pack, not at the canonical directory").build());
        }
        if (!Files.exists(resolved, LinkOption.NOFOLLOW_LINKS)) {
            Breach missing = Breach.error(RULE, "mirror " + display + " does not exist"
                            + (allowMissing ? "; it is skipped (allowMissingMirrors=true)" : ""))
                    .file(display)
                    .hint(allowMissing ? "create the mirror by copying the canonical directory, or drop it from <mirrors>"
                            : "create the mirror by copying the canonical directory, correct <mirrors>, or set "
                                    + "allowMissingMirrors=true to accept absent mirrors")
                    .build();
            return Optional.of(allowMissing ? missing.withSeverity(Severity.WARNING) : missing);
        }
        if (!Files.isDirectory(resolved)) {
            return Optional.of(Breach.error(RULE, "mirror " + display + " is not a directory")
                    .file(display).hint("point each <mirror> at a directory holding a copy of the canonical pack").build());
        }
        return Optional.empty();
    }

    /** Whether {@code mirror} is {@code canonical} by any path (both normalized; or the file system says so). */
    private static boolean sameDirectory(Path mirror, Path canonical) {
        if (mirror.equals(canonical)) {
            return true;
        }
        try {
            return Files.isDirectory(mirror) && Files.isSameFile(mirror, canonical);
        } catch (java.io.IOException e) {
            return false; // the reader reports what cannot be read
        }
    }

    /** One breach per canonical path that was not read, in path order. */
    static List<Breach> canonicalEntries(ContractPack canonical) {
        List<Breach> breaches = new ArrayList<>();
        for (TreeEntry.Unfollowed entry : canonical.unfollowed().values()) {
            breaches.add(UnreadableInput.breach(entry, canonical.display(entry.relativePath()), CANONICAL));
        }
        return breaches;
    }

    /** A breach when the mirror's path exists but cannot be read. */
    static Optional<Breach> mirrorEntry(FileComparison c) {
        if (c.mirrorUnfollowed() == null || c.mirrorUnfollowed().reason() != TreeEntry.Reason.UNREADABLE) {
            return Optional.empty();
        }
        return Optional.of(UnreadableInput.breach(c.mirrorUnfollowed(), c.mirrorFile(), UnreadableInput.CONTRACT_PACK));
    }
}
