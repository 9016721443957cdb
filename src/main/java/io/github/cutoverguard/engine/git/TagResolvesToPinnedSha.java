package io.github.cutoverguard.engine.git;

import io.github.cutoverguard.engine.Breach;
import io.github.cutoverguard.engine.Check;
import io.github.cutoverguard.engine.Rule;
import io.github.cutoverguard.engine.Location;
import io.github.cutoverguard.engine.json.JsonDocument;
import io.github.cutoverguard.engine.Severity;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Raises {@link #RULE} when, in a local clone of the producer, the release tag is absent, the pinned
 * commit is not in the producer's history, or the tag (annotated tags peeled) resolves to a commit that
 * is neither the pinned one nor a descendant of it (the tag moved off the pinned history). Producers that
 * keep their manifest in git tag the commit <em>after</em> the code commit the manifest names (a file
 * cannot name its own commit), so the pinned SHA may be the tag's commit or any ancestor of it. A pin that records
 * the commit its tag resolved to ({@code release_tag_commit_sha}, written by {@code repin}) also fails when the tag was
 * moved after the pin, to a later commit that keeps the pinned SHA as an ancestor.
 * Read-only: nothing is fetched or written.
 */
public final class TagResolvesToPinnedSha implements Check<TagResolvesToPinnedSha.Pinned> {

    public static final Rule RULE = Rule.GIT_TAG_SHA;

    private final ProducerRepository producer;

    /** @param producer the producer's clone */
    public TagResolvesToPinnedSha(ProducerRepository producer) {
        this.producer = producer;
    }

    @Override
    public Set<Rule> rules() {
        return Set.of(RULE);
    }

    /**
     * The commit a pin records its tag resolved to when it was written, and where.
     *
     * @param member the pin member that records it ({@code release_tag_commit_sha})
     * @param commit the recorded commit, or {@code null} when the pin records none
     * @param at     the location of the recorded commit (else of the pin's commit SHA)
     */
    public record Recorded(String member, String commit, Location at) {
    }

    /**
     * A pinned release as the check judges it.
     *
     * @param tag      the pinned release tag
     * @param sha      the pinned commit SHA
     * @param recorded what a written pin records of the commit its tag resolved to, or {@code null} for a release about
     *                 to be pinned (as {@code repin} checks it before writing)
     * @param pinFile  the pin's display name, where the breach is reported
     * @param shaAt    the location of the pin's commit SHA
     */
    public record Pinned(String tag, String sha, Recorded recorded, String pinFile, Location shaAt) {
    }

    /**
     * Whether the release holds in the producer's history; for a written pin, which also records the commit its tag
     * resolved to, when the tag now resolves elsewhere it moved after the pin (an error naming both commits, even when
     * the pinned SHA is still an ancestor); a pin that records none gets a warning-level notice with the command that
     * records it.
     */
    @Override
    public List<Breach> check(Pinned pinned) {
        String tag = pinned.tag();
        String pinFile = pinned.pinFile();
        Recorded recorded = pinned.recorded();
        Held held = holds(producer, tag, pinned.sha(), pinFile, pinned.shaAt());
        if (!held.breaches().isEmpty() || recorded == null) {
            return held.breaches();
        }
        String repin = "mvn cutover:repin -Dcutover.producerRepository=" + producer.name();
        if (recorded.commit() == null) {
            return List.of(Breach.error(RULE, "the pin does not record the commit tag " + tag + " resolves to ("
                            + recorded.member() + "; it is " + held.resolved() + " in " + producer.name()
                            + "): a move of the tag after the pin would go unnoticed")
                    .file(pinFile).at(recorded.at()).pointer(JsonDocument.pointerOf(recorded.member()))
                    .expected(held.resolved()).actual(null)
                    .hint("record it: " + repin + " with the same <baseline> adds only " + recorded.member()
                            + " (in rehearsal mode too); commit the pin in its own reviewed change")
                    .build().withSeverity(Severity.WARNING));
        }
        if (recorded.commit().equalsIgnoreCase(held.resolved())) {
            return List.of();
        }
        return List.of(Breach.error(RULE, "tag " + tag + " resolves to " + held.resolved() + " in " + producer.name()
                        + ", but the pin recorded " + recorded.commit() + " (" + recorded.member()
                        + "): the tag was moved after the pin was written")
                .file(pinFile).at(recorded.at()).pointer(JsonDocument.pointerOf(recorded.member()))
                .expected(recorded.commit()).actual(held.resolved())
                .hint("ask the producer why " + tag + " moved; if the move is legitimate, record it in a reviewed change: "
                        + repin + " (it writes the new commit into " + recorded.member() + "); else the producer "
                        + "restores the tag")
                .build());
    }

    /** The commit the tag resolves to when the release holds, else the breaches saying why not. */
    private record Held(String resolved, List<Breach> breaches) {
    }

    private static Held holds(ProducerRepository producer, String tag, String sha, String pinFile, Location shaAt) {
        String repositoryName = producer.name();
        try {
            Optional<String> tagged = producer.tagCommit(tag);
            if (tagged.isEmpty()) {
                return failed(breach("tag " + tag + " does not exist in " + repositoryName, tag, null, pinFile, shaAt,
                        "fetch the producer's tags (git -C " + repositoryName + " fetch --tags) or correct release_tag"));
            }
            String resolved = tagged.get();
            if (resolved.equalsIgnoreCase(sha)) {
                return new Held(resolved, List.of());
            }
            if (!producer.hasCommit(sha)) {
                return failed(breach("commit " + sha + " does not exist in " + repositoryName + " (tag " + tag
                                + " resolves to " + resolved + ")", sha, resolved, pinFile, shaAt,
                        "fetch the producer's history (git -C " + repositoryName + " fetch --tags), or correct commit_sha "
                                + "to the release's commit"));
            }
            if (producer.isAncestorOrSelf(sha, resolved)) {
                return new Held(resolved, List.of());
            }
            return failed(breach("tag " + tag + " resolves to " + resolved + " in " + repositoryName
                            + ", which is not the pinned commit " + sha + " nor a descendant of it", sha, resolved,
                    pinFile, shaAt, "the tag moved off the pinned history: confirm the approved release with the "
                            + "producer and repin deliberately"));
        } catch (ProducerRepository.Unusable e) {
            return failed(unusable(e, sha, pinFile, shaAt));
        }
    }

    private static Held failed(Breach breach) {
        return new Held(null, List.of(breach));
    }

    /** The breach for a clone that cannot be opened or read. */
    public static Breach unusable(ProducerRepository.Unusable problem, String sha, String pinFile, Location shaAt) {
        return breach(problem.getMessage(), sha, null, pinFile, shaAt, problem.hint());
    }

    private static Breach breach(String message, String expected, String actual, String pinFile, Location at, String hint) {
        return Breach.error(RULE, message).file(pinFile).at(at).expected(expected).actual(actual).hint(hint).build();
    }
}
