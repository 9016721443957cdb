package io.github.cutoverguard.engine;

/**
 * The IDs of the checks that more than one goal runs, as reports and {@code requiredChecks} name them: reading the
 * pin and the producer manifest, the manifest against its schema and the pin, and the release in the producer's
 * history. A goal's own checks name their IDs in the goal's orchestrator.
 */
public final class CheckIds {

    /** Reading and parsing the integration pin. */
    public static final String PIN_READ = "pin.read";
    /** Reading and parsing the producer manifest. */
    public static final String MANIFEST_READ = "manifest.read";
    /** The producer manifest against {@code producer-contract-manifest.v1}. */
    public static final String MANIFEST_SCHEMA = "manifest.schema";
    /** The manifest's release against the pin's (or {@code <baseline>}'s, for {@code repin}). */
    public static final String MANIFEST_ALIGNMENT = "manifest.alignment";
    /** The mirrored manifest against the producer's at the release tag. */
    public static final String MANIFEST_SOURCE = "manifest.source";
    /** The release tag and commit in the producer's history. */
    public static final String GIT_TAG_SHA = "git.tag-sha";

    private CheckIds() {
    }
}
