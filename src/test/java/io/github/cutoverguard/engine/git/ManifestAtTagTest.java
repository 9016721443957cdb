package io.github.cutoverguard.engine.git;

import io.github.cutoverguard.engine.Baseline;
import io.github.cutoverguard.engine.Breach;
import io.github.cutoverguard.engine.Rule;
import io.github.cutoverguard.engine.input.InputLimits;
import io.github.cutoverguard.engine.testing.ProducerReleases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Finding an inventory-service producer's manifest at a release tag, by what it is or by a path naming the release. */
class ManifestAtTagTest {

    private static final String CANONICAL = "contracts/producer-contract-manifest.json";
    private static final String MIRROR = "mirrors/storefront/contracts/producer-contract-manifest.json";

    @TempDir
    Path root;
    private ProducerReleases producer;

    @BeforeEach
    void inventoryService() {
        producer = new ProducerReleases(root.resolve("inventory-service"));
    }

    @AfterEach
    void close() {
        producer.close();
    }

    private static String manifest(String tag, String contract) {
        return """
                {
                  "manifest_contract_version": "producer-contract-manifest.v1",
                  "release_tag": "%s",
                  "commit_sha": "@@CODE_SHA@@",
                  "expected_service_contract_version": "%s",
                  "expected_api_contract_version": "stock-api.v2",
                  "integration_baseline": "stock/v1",
                  "error_code_enum": ["sku_not_found"]
                }
                """.formatted(tag, contract);
    }

    private static Baseline release(String tag, String contract) {
        return new Baseline(tag, null, contract, "stock-api.v2", "stock/v1");
    }

    private ManifestAtTag.Lookup find(ProducerReleases.Release at, Baseline release, String path) {
        return find(at, release, path, ManifestAtTag.MAX_JSON_FILES, ManifestAtTag.MAX_SEARCH_BYTES);
    }

    private ManifestAtTag.Lookup find(ProducerReleases.Release at, Baseline release, String path, int maxFiles,
                                      long maxBytes) {
        try (ProducerRepository repo = ProducerRepository.open(producer.dir().toFile(), "inventory-service")) {
            return ManifestAtTag.find(repo, release, at.tagged(), ManifestAtTag.configuredPath(path), InputLimits.DEFAULT,
                    maxFiles, maxBytes);
        } catch (ProducerRepository.Unusable e) {
            throw new AssertionError(e);
        }
    }

    private static ManifestAtTag.Found found(ManifestAtTag.Lookup lookup) {
        assertThat(lookup).isInstanceOf(ManifestAtTag.Found.class);
        return (ManifestAtTag.Found) lookup;
    }

    private static Breach notFound(ManifestAtTag.Lookup lookup) {
        assertThat(lookup).isInstanceOf(ManifestAtTag.NotFound.class);
        Breach breach = ((ManifestAtTag.NotFound) lookup).breach();
        assertThat(breach.rule()).isSameAs(Rule.MANIFEST_SOURCE);
        return breach;
    }

    private static Map<String, String> files(String... pathsAndTexts) {
        Map<String, String> files = new LinkedHashMap<>();
        for (int i = 0; i < pathsAndTexts.length; i += 2) {
            files.put(pathsAndTexts[i], pathsAndTexts[i + 1]);
        }
        return files;
    }

    @Test
    void theManifestIsFoundByWhatItIsWhateverItsNameAndOtherJsonIsIgnored() {
        ProducerReleases.Release v5 = producer.release("v5.0.0", "code\n", files(
                "api/stock-manifest.json", manifest("v5.0.0", "stock.v5"),
                "api/openapi.json", "{\"openapi\": \"3.1.0\"}",
                "fixtures/broken.json", "{\"manifest_contract_version\": ",
                "fixtures/list.json", "[\"producer-contract-manifest.v1\"]",
                "fixtures/other-kind.json", "{\"manifest_contract_version\": \"something-else.v1\", \"release_tag\": \"v5.0.0\"}"));
        ManifestAtTag.Found found = found(find(v5, release("v5.0.0", "stock.v5"), null));
        assertThat(found.path()).isEqualTo("api/stock-manifest.json");
        assertThat(found.bytes()).isEqualTo(v5.manifest());
    }

    @Test
    void theParityLayoutGivesTheCanonicalManifestOverItsByteIdenticalMirrors() {
        String text = manifest("v5.0.0", "stock.v5");
        ProducerReleases.Release v5 = producer.release("v5.0.0", "code\n", files(MIRROR, text,
                "a/" + CANONICAL, text, CANONICAL, text));
        ManifestAtTag.Found found = found(find(v5, release("v5.0.0", "stock.v5"), null));
        assertThat(found.path()).isEqualTo(CANONICAL);
        assertThat(found.bytes()).isEqualTo(v5.manifest());
    }

    @Test
    void equallyDeepCopiesGiveTheShortestPathThenTheFirstByName() {
        String text = manifest("v5.0.0", "stock.v5");
        ProducerReleases.Release v5 = producer.release("v5.0.0", "code\n", files("mirror-b/m.json", text,
                "mirror-a/m.json", text, "canonical/manifest.json", text));
        assertThat(found(find(v5, release("v5.0.0", "stock.v5"), null)).path()).isEqualTo("mirror-a/m.json");
    }

    @Test
    void perReleaseDirectoriesGiveTheManifestNamingTheTag() {
        producer.release("v5.0.0", "code\n", "releases/v5.0.0/manifest.json", manifest("v5.0.0", "stock.v5"));
        ProducerReleases.Release v6 = producer.release("v6.0.0", "more\n", "releases/v6.0.0/manifest.json",
                manifest("v6.0.0", "stock.v6"));
        ManifestAtTag.Found found = found(find(v6, release("v6.0.0", "stock.v6"), null));
        assertThat(found.path()).isEqualTo("releases/v6.0.0/manifest.json");
        assertThat(found.bytes()).isEqualTo(v6.manifest());
    }

    @Test
    void aPathNamesTheReleaseThroughItsPlaceholders() {
        producer.release("v5.0.0", "code\n", "contracts/stock.v5/manifest.json", manifest("v5.0.0", "stock.v5"));
        ProducerReleases.Release v6 = producer.release("v6.0.0", "more\n", files(
                "contracts/stock.v6/manifest.json", manifest("v6.0.0", "stock.v6"),
                "releases/v6.0.0/copy.json", manifest("v6.0.0", "stock.v6")));
        Baseline stockV6 = release("v6.0.0", "stock.v6");
        assertThat(found(find(v6, stockV6, "contracts/@{serviceContract}/manifest.json")).path())
                .isEqualTo("contracts/stock.v6/manifest.json");
        assertThat(found(find(v6, stockV6, " releases\\@{tag}\\copy.json ")).path()).isEqualTo("releases/v6.0.0/copy.json");

        Breach missing = notFound(find(v6, stockV6, "releases/@{tag}/manifest.json"));
        assertThat(missing.message()).isEqualTo("inventory-service has no releases/v6.0.0/manifest.json "
                + "(producerManifestPath releases/@{tag}/manifest.json) at tag v6.0.0");
        assertThat(notFound(find(v6, stockV6, "contracts/manifest.json")).message())
                .isEqualTo("inventory-service has no contracts/manifest.json at tag v6.0.0");
        assertThat(notFound(find(v6, release("v6.0.0", null), "contracts/@{serviceContract}/manifest.json")).message())
                .isEqualTo("producerManifestPath contracts/@{serviceContract}/manifest.json names @{serviceContract}, "
                        + "and the release v6.0.0 names no service contract version");
    }

    @Test
    void copiesThatDifferAreNamedAndNoneIsChosen() {
        String text = manifest("v6.0.0", "stock.v6");
        ProducerReleases.Release v6 = producer.release("v6.0.0", "code\n", files(CANONICAL, text, MIRROR,
                text.replace("sku_not_found", "sku_missing"), "backup/m.json", text));
        Breach breach = notFound(find(v6, release("v6.0.0", "stock.v6"), null));
        assertThat(breach.message()).isEqualTo("inventory-service has 2 different manifests naming v6.0.0 at tag v6.0.0: "
                + "backup/m.json (release_tag v6.0.0) = contracts/producer-contract-manifest.json; "
                + MIRROR + " (release_tag v6.0.0)");
        assertThat(breach.hint()).startsWith("make the mirrors byte-identical copies of the canonical manifest, or set "
                + "producerManifestPath");
    }

    @Test
    void withoutAManifestNamingTheTagTheOneManifestIsGivenForItsReaderToReportTheOtherRelease() {
        ProducerReleases.Release v6 = producer.release("v6.0.0", "code\n", CANONICAL, manifest("v5.0.0", "stock.v5"));
        assertThat(found(find(v6, release("v6.0.0", "stock.v6"), null)).path()).isEqualTo(CANONICAL);

        ProducerReleases.Release v7 = producer.release("v7.0.0", "more\n", MIRROR, manifest("v6.0.0", "stock.v6"));
        assertThat(notFound(find(v7, release("v7.0.0", "stock.v7"), null)).message()).isEqualTo("inventory-service has 2 "
                + "different manifests (none naming v7.0.0) at tag v7.0.0: " + CANONICAL + " (release_tag v5.0.0); "
                + MIRROR + " (release_tag v6.0.0)");
    }

    @Test
    void noManifestSaysWhatWasLookedFor() {
        ProducerReleases.Release v5 = producer.release("v5.0.0", "code\n", "api/openapi.json", "{}");
        Breach breach = notFound(find(v5, release("v5.0.0", "stock.v5"), null));
        assertThat(breach.message()).isEqualTo("inventory-service has no producer-contract-manifest.v1 manifest at tag "
                + "v5.0.0 (looked for a JSON file whose manifest_contract_version is producer-contract-manifest.v1 and "
                + "whose release_tag is v5.0.0 among 1 JSON files)");
        assertThat(breach.hint()).isEqualTo("release the manifest with the tag, or set producerManifestPath to the "
                + "manifest's path inside the producer repository (@{tag} and @{serviceContract} name the release)");
    }

    @Test
    void theSearchIsBoundedInFilesAndBytes() {
        String text = manifest("v5.0.0", "stock.v5");
        ProducerReleases.Release v5 = producer.release("v5.0.0", "code\n", files(CANONICAL, text, "a.json", "{}",
                "b.json", "{}"));
        Baseline stockV5 = release("v5.0.0", "stock.v5");
        assertThat(found(find(v5, stockV5, null, 3, 10_000)).path()).isEqualTo(CANONICAL);
        assertThat(notFound(find(v5, stockV5, null, 2, 10_000)).message()).isEqualTo("the tree of inventory-service at "
                + "tag v5.0.0 holds more than 2 JSON files: the manifest is not searched for in it");
        int size = text.getBytes(StandardCharsets.UTF_8).length;
        assertThat(notFound(find(v5, stockV5, null, 3, size + 3)).message()).isEqualTo("the tree of inventory-service "
                + "at tag v5.0.0 holds more than " + String.format(java.util.Locale.ROOT, "%,d", size + 3)
                + " bytes of JSON: the manifest is not searched for in it");
    }

    @Test
    void aFileLargerThanTheInputLimitIsNotRead() {
        ProducerReleases.Release v5 = producer.release("v5.0.0", "code\n", files(CANONICAL, manifest("v5.0.0", "stock.v5"),
                "big.json", "{\"manifest_contract_version\": \"producer-contract-manifest.v1\", \"release_tag\": \"v5.0.0\", "
                        + "\"padding\": \"" + "x".repeat(2000) + "\"}"));
        try (ProducerRepository repo = ProducerRepository.open(producer.dir().toFile(), "inventory-service")) {
            ManifestAtTag.Lookup lookup = ManifestAtTag.find(repo, release("v5.0.0", "stock.v5"), v5.tagged(), null,
                    InputLimits.DEFAULT.withMaxBytes(1000));
            assertThat(found(lookup).path()).isEqualTo(CANONICAL);
        } catch (ProducerRepository.Unusable e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aConfiguredPathIsCheckedForItsPlaceholders() {
        assertThat(ManifestAtTag.configuredPath(null)).isNull();
        assertThat(ManifestAtTag.configuredPath("  ")).isNull();
        assertThat(ManifestAtTag.configuredPath(" contracts\\@{serviceContract}\\m.json")).isEqualTo(
                "contracts/@{serviceContract}/m.json");
        assertThatThrownBy(() -> ManifestAtTag.configuredPath("releases/${tag}/m.json"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("producerManifestPath 'releases/${tag}/m.json' holds a ${…} expression, which Maven replaces "
                        + "with a property of the same name (or keeps): name the release with @{tag} or "
                        + "@{serviceContract}, e.g. releases/@{tag}/producer-contract-manifest.json");
        assertThatThrownBy(() -> ManifestAtTag.configuredPath("releases/@{version}/m.json"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("producerManifestPath 'releases/@{version}/m.json' names an unknown placeholder @{version}: "
                        + "use @{tag} (the release tag) or @{serviceContract} (its service contract version)");
    }
}
