package io.github.cutoverguard.engine.pin;

import io.github.cutoverguard.engine.Breach;
import io.github.cutoverguard.engine.Check;
import io.github.cutoverguard.engine.Rule;
import io.github.cutoverguard.engine.git.ProducerRepository;
import io.github.cutoverguard.engine.input.InputReader;
import io.github.cutoverguard.engine.input.RawInput;
import io.github.cutoverguard.engine.io.LineEndings;
import io.github.cutoverguard.engine.io.UnifiedDiff;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Raises {@link #RULE} unless the mirrored manifest is byte-identical to the producer's manifest in the tree at the
 * release tag: {@code producerManifestPath} when configured, else the single {@value ProducerRepository#MANIFEST_NAME}
 * there. A difference only in line endings is named as such, with the fix; any other comes with a unified diff.
 */
public final class MirrorMatchesProducerManifest implements Check<RawInput> {

    public static final Rule RULE = Rule.MANIFEST_SOURCE;

    private final AtTag atTag;
    private final String producerName;
    private final String tag;

    /** Compares a mirror with {@code atTag}, the manifest {@link #find} read from {@code producerName} at {@code tag}. */
    public MirrorMatchesProducerManifest(AtTag atTag, String producerName, String tag) {
        this.atTag = atTag;
        this.producerName = producerName;
        this.tag = tag;
    }

    @Override
    public Set<Rule> rules() {
        return Set.of(RULE);
    }

    /** What was found at the tag: the manifest, or the breach saying why there is none. */
    public sealed interface Lookup permits AtTag, NotAtTag {
    }

    /** The producer's manifest at a tag: where it is and its bytes. */
    public record AtTag(String path, byte[] bytes) implements Lookup {
    }

    /** No single manifest at the tag. */
    public record NotAtTag(Breach breach) implements Lookup {
    }

    /**
     * Finds the manifest in the tree at {@code commit}.
     *
     * @param manifestPath the configured path inside the producer repository, or {@code null} to look for the single
     *                     {@value ProducerRepository#MANIFEST_NAME}
     */
    public static Lookup find(ProducerRepository producer, String tag, String commit, String manifestPath)
            throws ProducerRepository.Unusable {
        if (manifestPath != null) {
            Optional<byte[]> bytes = producer.fileAt(commit, manifestPath);
            return bytes.<Lookup>map(b -> new AtTag(manifestPath, b)).orElseGet(() -> new NotAtTag(Breach.error(RULE,
                            producer.name() + " has no " + manifestPath + " at tag " + tag)
                    .expected(manifestPath).actual("no such file")
                    .hint("set producerManifestPath to the manifest's path inside the producer repository").build()));
        }
        List<String> found = producer.find(commit, ProducerRepository.MANIFEST_NAME);
        if (found.size() == 1) {
            return new AtTag(found.get(0), producer.fileAt(commit, found.get(0)).orElseThrow());
        }
        return new NotAtTag(Breach.error(RULE, producer.name() + (found.isEmpty() ? " has no " + ProducerRepository.MANIFEST_NAME
                        : " has " + found.size() + " files named " + ProducerRepository.MANIFEST_NAME + " (" + String.join(", ",
                        found) + ")") + " at tag " + tag)
                .expected("one " + ProducerRepository.MANIFEST_NAME).actual(found.isEmpty() ? "none" : String.join(", ", found))
                .hint("set producerManifestPath to the manifest's path inside the producer repository").build());
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
