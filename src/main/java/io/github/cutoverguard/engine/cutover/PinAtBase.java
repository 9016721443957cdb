package io.github.cutoverguard.engine.cutover;

/**
 * The integration pin's release as the base ref has it, for the approval's {@code previous_baseline}: the release tag
 * and commit SHA it names, or why the base has none to compare with (no such file at the base, an unreadable base).
 *
 * @param ref        the base ref, e.g. {@code origin/main}
 * @param releaseTag the pin's {@code release_tag} at the base, or {@code null}
 * @param commitSha  the pin's {@code commit_sha} at the base, or {@code null}
 * @param problem    why the base's pin cannot be compared, or {@code null} when it can
 * @param optional   whether an unreadable base is only a warning ({@code pinBaseRefOptional})
 */
public record PinAtBase(String ref, String releaseTag, String commitSha, String problem, boolean optional) {

    /** The pin at {@code ref} names this release. */
    public static PinAtBase found(String ref, String releaseTag, String commitSha) {
        return new PinAtBase(ref, releaseTag, commitSha, null, false);
    }

    /** The pin at {@code ref} cannot be compared: {@code problem} says why. */
    public static PinAtBase unavailable(String ref, String problem, boolean optional) {
        return new PinAtBase(ref, null, null, problem, optional);
    }
}
