package io.github.cutoverguard.engine.git;

import io.github.cutoverguard.engine.Breach;
import io.github.cutoverguard.engine.Location;
import org.eclipse.jgit.errors.RepositoryNotFoundException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

import java.io.File;
import java.io.IOException;
import java.util.List;
import java.util.Locale;

/**
 * Raises {@value #RULE} when, in a local clone of the producer, the release tag is absent or does
 * not resolve (annotated tags peeled) to the pinned commit SHA. Read-only: nothing is fetched or
 * written.
 */
public final class TagResolvesToPinnedSha {

    public static final String RULE = "GIT-TAG-SHA";

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
            if (!resolved.equals(sha.toLowerCase(Locale.ROOT))) {
                return List.of(breach("tag " + tag + " resolves to " + resolved + " in " + repositoryName
                                + ", the pin says " + sha, sha, resolved, pinFile, shaAt,
                        "the tag moved: confirm the approved release with the producer and repin deliberately"));
            }
            return List.of();
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
