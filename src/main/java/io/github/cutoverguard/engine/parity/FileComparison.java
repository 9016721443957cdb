package io.github.cutoverguard.engine.parity;

import io.github.cutoverguard.engine.input.TreeEntry;

/**
 * One relative path as the canonical pack and one mirror have it; the input of every parity rule.
 * A side is a hashed regular file ({@code …Sha256} set), a path that was not read
 * ({@code …Unfollowed} set) or absent (both {@code null}).
 *
 * @param relativePath        the path relative to both roots
 * @param canonicalFile       the canonical file as shown to the user, e.g. {@code contracts/schemas/x.json}
 * @param mirrorFile          the mirror's file as shown to the user, e.g. {@code mirrors/a/schemas/x.json}
 * @param mirror              the mirror root as shown to the user
 * @param canonicalSha256     the canonical file's SHA-256, or {@code null}
 * @param canonicalUnfollowed why the canonical path was not read, or {@code null}
 * @param mirrorSha256        the mirror file's SHA-256, or {@code null}
 * @param mirrorUnfollowed    why the mirror path was not read, or {@code null}
 */
record FileComparison(
        String relativePath,
        String canonicalFile,
        String mirrorFile,
        String mirror,
        String canonicalSha256,
        TreeEntry.Unfollowed canonicalUnfollowed,
        String mirrorSha256,
        TreeEntry.Unfollowed mirrorUnfollowed) {

    static FileComparison of(String relativePath, ContractPack canonical, ContractPack mirror) {
        return new FileComparison(relativePath, canonical.display(relativePath), mirror.display(relativePath),
                mirror.display(), canonical.sha256().get(relativePath), canonical.unfollowed().get(relativePath),
                mirror.sha256().get(relativePath), mirror.unfollowed().get(relativePath));
    }

    boolean canonicalIsFile() {
        return canonicalSha256 != null;
    }

    boolean canonicalAbsent() {
        return canonicalSha256 == null && canonicalUnfollowed == null;
    }

    boolean mirrorIsFile() {
        return mirrorSha256 != null;
    }

    boolean mirrorAbsent() {
        return mirrorSha256 == null && mirrorUnfollowed == null;
    }

    /** The mirror path was not read for a reason other than read permission (a link, a special file). */
    boolean mirrorNotFollowed() {
        return mirrorUnfollowed != null && mirrorUnfollowed.reason() != TreeEntry.Reason.UNREADABLE;
    }
}
