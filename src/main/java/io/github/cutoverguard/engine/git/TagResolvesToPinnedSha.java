package io.github.cutoverguard.engine.git;

import io.github.cutoverguard.engine.Rule;
import io.github.cutoverguard.engine.Breach;
import io.github.cutoverguard.engine.Location;

import java.util.List;
import java.util.Optional;

/**
 * Raises {@link #RULE} when, in a local clone of the producer, the release tag is absent, the pinned
 * commit is not in the producer's history, or the tag (annotated tags peeled) resolves to a commit that
 * is neither the pinned one nor a descendant of it (the tag moved off the pinned history). Producers that
 * keep their manifest in git tag the commit <em>after</em> the code commit the manifest names (a file
 * cannot name its own commit), so the pinned SHA may be the tag's commit or any ancestor of it.
 * Read-only: nothing is fetched or written.
 */
public final class TagResolvesToPinnedSha {

    public static final Rule RULE = Rule.GIT_TAG_SHA;

    private TagResolvesToPinnedSha() {
    }

    /**
     * @param producer  the producer's clone
     * @param tag       the pinned release tag
     * @param sha       the pinned commit SHA
     * @param pinFile   the pin's display name, where the breach is reported
     * @param shaAt     the location of the pin's commit SHA
     */
    public static List<Breach> check(ProducerRepository producer, String tag, String sha, String pinFile, Location shaAt) {
        String repositoryName = producer.name();
        try {
            Optional<String> tagged = producer.tagCommit(tag);
            if (tagged.isEmpty()) {
                return List.of(breach("tag " + tag + " does not exist in " + repositoryName, tag, null, pinFile, shaAt,
                        "fetch the producer's tags (git -C " + repositoryName + " fetch --tags) or correct release_tag"));
            }
            String resolved = tagged.get();
            if (resolved.equalsIgnoreCase(sha)) {
                return List.of();
            }
            if (!producer.hasCommit(sha)) {
                return List.of(breach("commit " + sha + " does not exist in " + repositoryName + " (tag " + tag
                                + " resolves to " + resolved + ")", sha, resolved, pinFile, shaAt,
                        "fetch the producer's history (git -C " + repositoryName + " fetch --tags), or correct commit_sha "
                                + "to the release's commit"));
            }
            if (producer.isAncestorOrSelf(sha, resolved)) {
                return List.of();
            }
            return List.of(breach("tag " + tag + " resolves to " + resolved + " in " + repositoryName
                            + ", which is not the pinned commit " + sha + " nor a descendant of it", sha, resolved,
                    pinFile, shaAt, "the tag moved off the pinned history: confirm the approved release with the "
                            + "producer and repin deliberately"));
        } catch (ProducerRepository.Unusable e) {
            return List.of(unusable(e, sha, pinFile, shaAt));
        }
    }

    /** The breach for a clone that cannot be opened or read. */
    public static Breach unusable(ProducerRepository.Unusable problem, String sha, String pinFile, Location shaAt) {
        return breach(problem.getMessage(), sha, null, pinFile, shaAt, problem.hint());
    }

    private static Breach breach(String message, String expected, String actual, String pinFile, Location at, String hint) {
        return Breach.error(RULE, message).file(pinFile).at(at).expected(expected).actual(actual).hint(hint).build();
    }
}
