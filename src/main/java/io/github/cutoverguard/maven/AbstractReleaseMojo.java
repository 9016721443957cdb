package io.github.cutoverguard.maven;

import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;

/**
 * A goal that reads the producer's release beside the pin: {@code check-pin} checks the manifest mirror and the
 * compatibility matrix against it, {@code repin} writes them from it.
 */
public abstract class AbstractReleaseMojo extends AbstractPinMojo {

    /**
     * The Markdown compatibility matrix. {@code check-pin}: when set, it must carry the baseline tag and SHA lines, an
     * approved-pairs table row with tag and SHA side by side, and the three contract versions. {@code repin}: the matrix
     * to update (or create); default: not written.
     */
    @Parameter(property = "cutover.compatibilityMatrixFile")
    protected File compatibilityMatrixFile;

    /**
     * A local git clone of the producer; nothing is fetched. {@code check-pin}: when set, the pinned tag must resolve
     * (annotated tags peeled) to the pinned commit SHA or a descendant of it, and to the commit the pin records in
     * {@code release_tag_commit_sha} (a tag moved after the pin fails; a pin without the record gets one warning naming
     * the {@code repin} command that adds it). {@code repin} (required): the release is read from it.
     */
    @Parameter(property = "cutover.producerRepository")
    protected File producerRepository;

    /**
     * The manifest's path inside {@code producerRepository} (forward slashes), e.g.
     * {@code contracts/producer-contract-manifest.json}. {@code @{tag}} and {@code @{serviceContract}} name the release
     * being read, so the path need not change per release: {@code releases/@{tag}/producer-contract-manifest.json}
     * (write {@code @{…}}: Maven replaces or keeps {@code ${…}} itself, so {@code ${…}} is a configuration error).
     * Default: the manifest found by what it is, among the JSON files in the tree at the tag (no link followed, at most
     * 10,000 files and 256 MiB read): the {@code producer-contract-manifest.v1} manifest whose {@code release_tag} is
     * the tag; of byte-identical copies (the parity layout's mirrors) the shallowest path, then the shortest, then the
     * first by name; copies that differ are a {@code MANIFEST-SOURCE} breach naming them. With
     * {@code producerRepository}, {@code check-pin} requires the mirror to be byte-identical to it
     * ({@code MANIFEST-SOURCE}) and {@code repin} copies it.
     */
    @Parameter(property = "cutover.producerManifestPath")
    protected String producerManifestPath;

    protected AbstractReleaseMojo(BuildOutcome.Conclusion conclusion, BaselineUse baselineUse) {
        super(conclusion, baselineUse);
    }
}
