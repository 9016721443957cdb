package io.github.cutoverguard.engine.schema;

import io.github.cutoverguard.engine.Breach;
import io.github.cutoverguard.engine.Check;
import io.github.cutoverguard.engine.Rule;
import io.github.cutoverguard.engine.json.JsonDocument;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Raises {@link #RULE} at {@code /commit_sha} when a goal that needs a released producer manifest is given a prepared
 * one. {@code producer-contract-manifest.v1} has two forms: a released manifest names its release's
 * {@code commit_sha}; a prepared manifest (the next release while it is being prepared: its coming
 * {@code release_tag}, and no {@code commit_sha}, since that commit does not exist yet) is the same object without it.
 * Only {@code check-alignment} accepts the prepared form; {@code check-pin} (the mirror), the handoff goals
 * ({@code producerManifestFile}) and every reader of a release tag ({@code check-pin}, {@code repin},
 * {@code rollback}: a tag whose manifest has no {@code commit_sha} is not a release) refuse it with this breach, and
 * their checks that need the commit are skipped because of it (one cause, one breach).
 */
public final class ManifestIsReleased implements Check<JsonDocument> {

    public static final Rule RULE = MatchesSchema.RULE;
    /** The member only a released manifest has. */
    public static final String COMMIT_SHA = "commit_sha";
    /** The fix for a goal reading {@code producerManifestFile} (the handoff goals). */
    public static final String PRODUCER_MANIFEST_FIX = "set <producerManifestFile> to the released manifest (the active "
            + "runtime baseline's); the prepared one goes in <preparedManifestFile>, which check-alignment reads";

    private final String needs;
    private final String fix;

    /**
     * @param needs who needs a released manifest and why, e.g. {@code validate-handoff needs the released manifest}
     * @param fix   the hint: where the released manifest goes instead
     */
    public ManifestIsReleased(String needs, String fix) {
        this.needs = needs;
        this.fix = fix;
    }

    /** For {@code goal}, which reads the released manifest from {@code producerManifestFile}. */
    public static ManifestIsReleased producerManifestOf(String goal) {
        return new ManifestIsReleased(goal + " needs the released manifest (the active runtime baseline) in "
                + "<producerManifestFile>", PRODUCER_MANIFEST_FIX);
    }

    /**
     * What a goal that needs a released manifest reports in its manifest-schema check: {@code manifest}'s breaches of
     * {@code producer-contract-manifest.v1}, and this check's one breach when it is a prepared manifest.
     */
    public List<Breach> withSchema(JsonDocument manifest) {
        List<Breach> breaches = new ArrayList<>(MatchesSchema.bundled(SchemaCatalog.PRODUCER_MANIFEST).check(manifest));
        breaches.addAll(check(manifest));
        return breaches;
    }

    /** Whether {@code manifest} is a prepared manifest: an object without {@code commit_sha}. */
    public static boolean isPrepared(JsonDocument manifest) {
        return manifest.root().isObject() && !manifest.root().has(COMMIT_SHA);
    }

    /** Why a check that needs the release's commit was skipped for a prepared manifest. */
    public static String skippedBecausePrepared(String manifest) {
        return manifest + " is a prepared manifest (no commit_sha, " + RULE.id() + "): it names no released commit";
    }

    @Override
    public Set<Rule> rules() {
        return Set.of(RULE);
    }

    @Override
    public List<Breach> check(JsonDocument manifest) {
        if (!isPrepared(manifest)) {
            return List.of();
        }
        String tag = manifest.text("release_tag").map(t -> "release_tag \"" + t + "\", ").orElse("");
        return List.of(manifest.breachAt(RULE, "/" + COMMIT_SHA, manifest.displayName() + " is a prepared manifest ("
                        + tag + "no commit_sha): " + needs)
                .expected("commit_sha of the released commit").actual("none (a prepared manifest)")
                .hint(fix).build());
    }
}
