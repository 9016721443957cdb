package io.github.cutoverguard.engine.git;

import io.github.cutoverguard.engine.Rule;
import io.github.cutoverguard.engine.Breach;
import io.github.cutoverguard.engine.Location;
import org.eclipse.jgit.errors.RepositoryNotFoundException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

import java.io.File;
import java.io.IOException;
import java.util.List;
import java.util.Locale;

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

    private final File repository;
    private final String repositoryName;

    /**
     * @param repository     a work tree or bare repository of the producer
     * @param repositoryName how the repository is shown to the user
     */
    public TagResolvesToPinnedSha(File repository, String repositoryName) {
        this.repository = repository;
        this.repositoryName = repositoryName;
    }

    /**
     * @param tag       the pinned release tag
     * @param sha       the pinned commit SHA
     * @param pinFile   the pin's display name, where the breach is reported
     * @param shaAt     the location of the pin's commit SHA
     */
    public List<Breach> check(String tag, String sha, String pinFile, Location shaAt) {
        // The directory itself must be the clone (work tree or bare): never walk up to an enclosing
        // repository, which would be the consumer's own.
        FileRepositoryBuilder builder = new FileRepositoryBuilder().setMustExist(true);
        if (new File(repository, Constants.DOT_GIT).exists()) {
            builder.setWorkTree(repository);
        } else {
            builder.setGitDir(repository);
        }
        try (Repository repo = builder.build()) {
            Ref ref = repo.exactRef(Constants.R_TAGS + tag);
            if (ref == null) {
                return List.of(breach("tag " + tag + " does not exist in " + repositoryName, tag, null, pinFile, shaAt,
                        "fetch the producer's tags (git -C " + repositoryName + " fetch --tags) or correct release_tag"));
            }
            Ref peeled = repo.getRefDatabase().peel(ref);
            ObjectId target = peeled.getPeeledObjectId() != null ? peeled.getPeeledObjectId() : peeled.getObjectId();
            String resolved = target.name();
            String pinned = sha.toLowerCase(Locale.ROOT);
            if (resolved.equals(pinned)) {
                return List.of();
            }
            ObjectId pinnedId = ObjectId.isId(pinned) ? ObjectId.fromString(pinned) : null;
            if (pinnedId == null || !repo.getObjectDatabase().has(pinnedId)) {
                return List.of(breach("commit " + sha + " does not exist in " + repositoryName + " (tag " + tag
                                + " resolves to " + resolved + ")", sha, resolved, pinFile, shaAt,
                        "fetch the producer's history (git -C " + repositoryName + " fetch --tags), or correct commit_sha "
                                + "to the release's commit"));
            }
            try (RevWalk walk = new RevWalk(repo)) {
                RevCommit tagged = walk.parseCommit(target);
                if (walk.isMergedInto(walk.parseCommit(pinnedId), tagged)) {
                    return List.of();
                }
            }
            return List.of(breach("tag " + tag + " resolves to " + resolved + " in " + repositoryName
                            + ", which is not the pinned commit " + sha + " nor a descendant of it", sha, resolved,
                    pinFile, shaAt, "the tag moved off the pinned history: confirm the approved release with the "
                            + "producer and repin deliberately"));
        } catch (RepositoryNotFoundException | IllegalArgumentException e) {
            return List.of(breach(repositoryName + " is not a git repository", sha, null, pinFile, shaAt,
                    "point producerRepository at a local clone of the producer (git clone <producer-url>)"));
        } catch (IOException e) {
            return List.of(breach(repositoryName + " cannot be read: " + e.getMessage(), sha, null, pinFile, shaAt,
                    "check that producerRepository is a complete, readable clone"));
        }
    }

    private static Breach breach(String message, String expected, String actual, String pinFile, Location at, String hint) {
        return Breach.error(RULE, message).file(pinFile).at(at).expected(expected).actual(actual).hint(hint).build();
    }
}
