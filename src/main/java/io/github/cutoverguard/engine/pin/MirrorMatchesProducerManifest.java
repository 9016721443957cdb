package io.github.cutoverguard.engine.pin;

import io.github.cutoverguard.engine.Breach;
import io.github.cutoverguard.engine.Check;
import io.github.cutoverguard.engine.Rule;
import io.github.cutoverguard.engine.git.ManifestAtTag;
import io.github.cutoverguard.engine.input.InputReader;
import io.github.cutoverguard.engine.input.RawInput;
import io.github.cutoverguard.engine.io.LineEndings;
import io.github.cutoverguard.engine.io.UnifiedDiff;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Raises {@link #RULE} unless the mirrored manifest is byte-identical to the producer's manifest in the tree at the
 * release tag, as {@link ManifestAtTag} finds it. A difference only in line endings is named as such, with the fix;
 * any other comes with a unified diff.
 */
public final class MirrorMatchesProducerManifest implements Check<RawInput> {

    public static final Rule RULE = Rule.MANIFEST_SOURCE;

    private final ManifestAtTag.Found atTag;
    private final String producerName;
    private final String tag;

    /** Compares a mirror with {@code atTag}, the manifest {@link ManifestAtTag} found in {@code producerName} at {@code tag}. */
    public MirrorMatchesProducerManifest(ManifestAtTag.Found atTag, String producerName, String tag) {
        this.atTag = atTag;
        this.producerName = producerName;
        this.tag = tag;
    }

    @Override
    public Set<Rule> rules() {
        return Set.of(RULE);
    }

    /** Compares the mirror with the producer's manifest at the tag. */
    @Override
    public List<Breach> check(RawInput mirror) {
        byte[] mirrored = mirror.bytes();
        if (Arrays.equals(mirrored, atTag.bytes())) {
            return List.of();
        }
        String source = producerName + ":" + atTag.path() + " at " + tag;
        Breach.Builder breach = Breach.error(RULE, mirror.displayName() + " is not byte-identical to " + source)
                .file(mirror.displayName())
                .expected("sha256 " + InputReader.sha256Hex(atTag.bytes()) + " (" + LineEndings.name(atTag.bytes()) + ")")
                .actual("sha256 " + mirror.sha256() + " (" + LineEndings.name(mirrored) + ")");
        if (LineEndings.onlyLineEndingsDiffer(mirrored, atTag.bytes())) {
            return List.of(breach.hint(LineEndings.fix(mirror.displayName())).build());
        }
        UnifiedDiff diff = UnifiedDiff.of(source, atTag.bytes(), mirror.displayName(), mirrored);
        return List.of(breach.hint("mirror the manifest byte-for-byte from the tagged release: mvn cutover:repin writes it")
                .details(diff.text()).build());
    }
}
