package io.github.cutoverguard.engine.git;

import io.github.cutoverguard.engine.Baseline;
import io.github.cutoverguard.engine.Breach;
import io.github.cutoverguard.engine.Rule;
import io.github.cutoverguard.engine.input.InputLimits;
import io.github.cutoverguard.engine.input.InputReader;
import io.github.cutoverguard.engine.input.RawInput;
import io.github.cutoverguard.engine.json.JsonDocument;
import io.github.cutoverguard.engine.json.JsonProblem;
import io.github.cutoverguard.engine.json.StrictJsonReader;
import io.github.cutoverguard.engine.schema.ManifestIsReleased;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The producer's manifest in the tree at a release tag: the one place every reader of a release ({@code check-pin}'s
 * {@code MANIFEST-SOURCE}, {@code repin}, {@code rollback}) finds it.
 *
 * <p>With {@code producerManifestPath}, the file at that path, whose placeholders {@value #TAG} and
 * {@value #SERVICE_CONTRACT} name the release being read (so the path need not change per release). Without it, the
 * manifest is found by what it is: among the regular JSON files of the tree (never a symbolic link, never inside a
 * submodule), those that parse as a {@value #MANIFEST_VERSION} manifest and whose {@code release_tag} is the tag. One:
 * it. Several byte-identical ones (the parity layout keeps byte-identical mirrors of the canonical directory): the
 * canonical one, the shallowest path (fewest directories), then the shortest, then the first in name order; the bytes
 * are the same whichever is named. Several that differ: a breach naming them. None naming the tag: the one manifest of
 * the tree (all its copies byte-identical), whose other release the reader then reports, else a breach saying what was
 * looked for. The search reads at most {@value #MAX_JSON_FILES} JSON files and {@value #MAX_SEARCH_BYTES} bytes; a
 * larger tree is a breach asking for {@code producerManifestPath}.
 */
public final class ManifestAtTag {

    /** The {@code manifest_contract_version} a producer manifest declares. */
    public static final String MANIFEST_VERSION = "producer-contract-manifest.v1";
    /** The placeholder for the release tag in {@code producerManifestPath}. */
    public static final String TAG = "@{tag}";
    /** The placeholder for the release's service contract version in {@code producerManifestPath}. */
    public static final String SERVICE_CONTRACT = "@{serviceContract}";
    /** The most JSON files the search parses. */
    public static final int MAX_JSON_FILES = 10_000;
    /** The most bytes the search reads in all. */
    public static final long MAX_SEARCH_BYTES = 256L * 1024 * 1024;

    private static final Rule RULE = Rule.MANIFEST_SOURCE;
    private static final Pattern PLACEHOLDER = Pattern.compile("@\\{([^}]*)}");
    private static final String SET_PATH = "set producerManifestPath to the manifest's path inside the producer "
            + "repository (" + TAG + " and " + SERVICE_CONTRACT + " name the release)";

    private ManifestAtTag() {
    }

    /** What was found at the tag: the manifest, or the breach saying why there is none. */
    public sealed interface Lookup permits Found, NotFound {
    }

    /** The producer's manifest at a tag: its path in the producer repository and its bytes. */
    public record Found(String path, byte[] bytes) implements Lookup {
    }

    /** No manifest at the tag, or no single one: the {@code MANIFEST-SOURCE} breach that says why. */
    public record NotFound(Breach breach) implements Lookup {
    }

    /**
     * A configured {@code producerManifestPath} as the finder reads it: trimmed, with forward slashes; {@code null} when
     * blank (not configured).
     *
     * @throws IllegalArgumentException when it holds {@code ${…}} (Maven's own expressions: Maven keeps or replaces them
     *                                  as its properties say) or a placeholder other than {@value #TAG} and
     *                                  {@value #SERVICE_CONTRACT}
     */
    public static String configuredPath(String configured) {
        if (configured == null || configured.isBlank()) {
            return null;
        }
        String path = configured.trim().replace('\\', '/');
        if (path.contains("${")) {
            throw new IllegalArgumentException("producerManifestPath '" + path + "' holds a ${…} expression, which Maven "
                    + "replaces with a property of the same name (or keeps): name the release with " + TAG + " or "
                    + SERVICE_CONTRACT + ", e.g. releases/" + TAG + "/producer-contract-manifest.json");
        }
        Matcher m = PLACEHOLDER.matcher(path);
        while (m.find()) {
            if (!m.group().equals(TAG) && !m.group().equals(SERVICE_CONTRACT)) {
                throw new IllegalArgumentException("producerManifestPath '" + path + "' names an unknown placeholder "
                        + m.group() + ": use " + TAG + " (the release tag) or " + SERVICE_CONTRACT
                        + " (its service contract version)");
            }
        }
        return path;
    }

    /**
     * Finds the manifest of {@code release} in the tree at {@code commit} (the commit its tag resolves to).
     *
     * @param manifestPath the configured path ({@link #configuredPath}), or {@code null} to find it by what it is
     * @param limits       the bound on one file's size (a larger file is not read)
     */
    public static Lookup find(ProducerRepository producer, Baseline release, String commit, String manifestPath,
                              InputLimits limits) throws ProducerRepository.Unusable {
        return find(producer, release, commit, manifestPath, limits, MAX_JSON_FILES, MAX_SEARCH_BYTES);
    }

    /** {@link #find} with other bounds on the search: at most {@code maxFiles} JSON files, {@code maxBytes} in all. */
    static Lookup find(ProducerRepository producer, Baseline release, String commit, String manifestPath,
                       InputLimits limits, int maxFiles, long maxBytes) throws ProducerRepository.Unusable {
        return manifestPath == null ? search(producer, release.releaseTag(), commit, limits, maxFiles, maxBytes)
                : atPath(producer, release, commit, manifestPath);
    }

    private static Lookup atPath(ProducerRepository producer, Baseline release, String commit, String pattern)
            throws ProducerRepository.Unusable {
        String tag = release.releaseTag();
        if (pattern.contains(SERVICE_CONTRACT) && release.serviceContract() == null) {
            return new NotFound(Breach.error(RULE, "producerManifestPath " + pattern + " names " + SERVICE_CONTRACT
                            + ", and the release " + tag + " names no service contract version")
                    .expected(SERVICE_CONTRACT).actual("none").hint(SET_PATH).build());
        }
        String path = pattern.replace(TAG, tag).replace(SERVICE_CONTRACT,
                release.serviceContract() == null ? "" : release.serviceContract());
        Optional<byte[]> bytes = producer.fileAt(commit, path);
        if (bytes.isPresent()) {
            return new Found(path, bytes.get());
        }
        return new NotFound(Breach.error(RULE, producer.name() + " has no " + path
                        + (path.equals(pattern) ? "" : " (producerManifestPath " + pattern + ")") + " at tag " + tag)
                .expected(path).actual("no such file").hint(SET_PATH).build());
    }

    /** A manifest of the tree: where, its bytes and the release it names. */
    private record Candidate(String path, byte[] bytes, String releaseTag) {
    }

    private static Lookup search(ProducerRepository producer, String tag, String commit, InputLimits limits,
                                 int maxFiles, long maxBytes) throws ProducerRepository.Unusable {
        List<ProducerRepository.TreeFile> json = producer.files(commit,
                path -> path.toLowerCase(Locale.ROOT).endsWith(".json"), maxFiles);
        if (json.size() > maxFiles) {
            return tooLarge(producer, tag, "more than " + String.format(Locale.ROOT, "%,d", maxFiles) + " JSON files");
        }
        StrictJsonReader reader = new StrictJsonReader(limits);
        List<Candidate> manifests = new ArrayList<>();
        long read = 0;
        for (ProducerRepository.TreeFile file : json) {
            Optional<byte[]> bytes = producer.read(file, Math.min(limits.maxBytes(), maxBytes - read));
            if (bytes.isEmpty()) {
                if (maxBytes - read < limits.maxBytes()) {
                    return tooLarge(producer, tag, "more than " + String.format(Locale.ROOT, "%,d", maxBytes)
                            + " bytes of JSON");
                }
                continue;
            }
            read += bytes.get().length;
            manifest(reader, producer, file.path(), bytes.get()).ifPresent(manifests::add);
        }
        List<Candidate> naming = manifests.stream().filter(c -> tag.equals(c.releaseTag())).toList();
        List<Candidate> chosen = naming.isEmpty() ? manifests : naming;
        Map<String, List<Candidate>> byContent = new LinkedHashMap<>();
        chosen.forEach(c -> byContent.computeIfAbsent(InputReader.sha256Hex(c.bytes()), k -> new ArrayList<>()).add(c));
        if (byContent.size() == 1) {
            Candidate canonical = chosen.stream().min(Comparator.comparingInt((Candidate c) -> depth(c.path()))
                    .thenComparingInt(c -> c.path().length()).thenComparing(Candidate::path)).orElseThrow();
            return new Found(canonical.path(), canonical.bytes());
        }
        if (byContent.isEmpty()) {
            return new NotFound(Breach.error(RULE, producer.name() + " has no " + MANIFEST_VERSION + " manifest at tag "
                            + tag + " (looked for a JSON file whose manifest_contract_version is " + MANIFEST_VERSION
                            + " and whose release_tag is " + tag + " among " + json.size() + " JSON files)")
                    .expected(MANIFEST_VERSION + " manifest with release_tag " + tag).actual("none")
                    .hint("release the manifest with the tag, or " + SET_PATH).build());
        }
        List<String> groups = byContent.values().stream().map(ManifestAtTag::group).toList();
        return new NotFound(Breach.error(RULE, producer.name() + " has " + byContent.size() + " different manifests "
                        + (naming.isEmpty() ? "(none naming " + tag + ")" : "naming " + tag) + " at tag " + tag + ": "
                        + String.join("; ", groups))
                .expected("one manifest (mirrors byte-identical to it)").actual(byContent.size() + " different")
                .hint("make the mirrors byte-identical copies of the canonical manifest, or " + SET_PATH).build());
    }

    /**
     * The breach of a manifest at a tag that is a prepared one (no {@code commit_sha}): a tag whose manifest names no
     * commit is not a release ({@link ManifestIsReleased}); empty for a released manifest or one that does not parse
     * (whose bytes the reader then judges).
     */
    public static List<Breach> notARelease(Found atTag, String producerName, String tag, InputLimits limits) {
        try {
            JsonDocument document = new StrictJsonReader(limits).parse(new RawInput(producerName + ":" + atTag.path()
                    + "@" + tag, Path.of(atTag.path()), atTag.bytes(), InputReader.sha256Hex(atTag.bytes())));
            return releaseCheck().check(document);
        } catch (JsonProblem notJson) {
            return List.of();
        }
    }

    /** The check that a manifest read at a tag is a release's: it names its {@code commit_sha}. */
    public static ManifestIsReleased releaseCheck() {
        return new ManifestIsReleased("a tag whose manifest has no commit_sha is not a release",
                "release the manifest with its commit_sha (producers write it, then tag a later commit), or set "
                        + "producerManifestPath to the released manifest");
    }

    /** The file as a manifest, when it parses as JSON declaring {@value #MANIFEST_VERSION}. */
    private static Optional<Candidate> manifest(StrictJsonReader reader, ProducerRepository producer, String path,
                                                byte[] bytes) {
        try {
            JsonDocument document = reader.parse(new RawInput(producer.name() + ":" + path, Path.of(path), bytes,
                    InputReader.sha256Hex(bytes)));
            if (!document.root().isObject() || !document.text("manifest_contract_version")
                    .filter(MANIFEST_VERSION::equals).isPresent()) {
                return Optional.empty();
            }
            return Optional.of(new Candidate(path, bytes, document.text("release_tag").orElse(null)));
        } catch (JsonProblem notJson) {
            return Optional.empty();
        }
    }

    private static String group(List<Candidate> copies) {
        Candidate first = copies.get(0);
        String names = first.path() + (first.releaseTag() == null ? "" : " (release_tag " + first.releaseTag() + ")");
        return copies.size() == 1 ? names : names + " = " + String.join(" = ",
                copies.subList(1, copies.size()).stream().map(Candidate::path).toList());
    }

    private static int depth(String path) {
        return path.split("/").length;
    }

    private static NotFound tooLarge(ProducerRepository producer, String tag, String what) {
        return new NotFound(Breach.error(RULE, "the tree of " + producer.name() + " at tag " + tag + " holds " + what
                        + ": the manifest is not searched for in it")
                .expected("producerManifestPath").actual(what).hint(SET_PATH).build());
    }
}
