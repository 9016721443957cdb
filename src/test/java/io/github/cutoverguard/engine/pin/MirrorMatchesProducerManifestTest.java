package io.github.cutoverguard.engine.pin;

import io.github.cutoverguard.engine.Baseline;
import io.github.cutoverguard.engine.Breach;
import io.github.cutoverguard.engine.CheckResult;
import io.github.cutoverguard.engine.GoalResult;
import io.github.cutoverguard.engine.Mode;
import io.github.cutoverguard.engine.RunContext;
import io.github.cutoverguard.engine.git.ManifestAtTag;
import io.github.cutoverguard.engine.git.ProducerRepository;
import io.github.cutoverguard.engine.input.InputLimits;
import io.github.cutoverguard.engine.input.InputReader;
import io.github.cutoverguard.engine.input.ProjectFiles;
import io.github.cutoverguard.engine.testing.Fixtures;
import io.github.cutoverguard.engine.testing.ProducerReleases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** MANIFEST-SOURCE, and MANIFEST-HASH naming line endings, for a billing producer. */
class MirrorMatchesProducerManifestTest {

    private static final String MANIFEST = """
            {
              "manifest_contract_version": "producer-contract-manifest.v1",
              "release_tag": "v8.1.0",
              "commit_sha": "@@CODE_SHA@@",
              "expected_service_contract_version": "billing.v8",
              "expected_api_contract_version": "billing-api.v2",
              "integration_baseline": "billing/v1",
              "error_code_enum": ["invoice_not_found"],
              "stability_window": {"minimum_sprint_days": 14}
            }
            """;

    @TempDir
    Path root;
    private ProducerReleases producer;
    private ProducerReleases.Release release;
    private Path consumer;

    @BeforeEach
    void billingRelease() {
        producer = new ProducerReleases(root.resolve("billing"));
        release = producer.release("v8.1.0", "code\n", "api/producer-contract-manifest.json", MANIFEST);
        consumer = root.resolve("consumer");
    }

    @AfterEach
    void close() {
        producer.close();
    }

    private GoalResult check(byte[] mirror, String pinnedHash, String manifestPath) {
        Fixtures.write(consumer, "config/producer-manifest.json", mirror);
        Fixtures.write(consumer, "config/integration-pin.json", """
                {
                  "billing_repo": "https://git.example.org/billing.git",
                  "release_tag": "v8.1.0",
                  "commit_sha": "%s",
                  "release_tag_commit_sha": "%s",
                  "expected_service_contract_version": "billing.v8",
                  "expected_api_contract_version": "billing-api.v2",
                  "expected_integration_baseline": "billing/v1",
                  "expected_producer_manifest_sha256": "%s",
                  "default_base_url": "http://127.0.0.1:8080",
                  "default_timeout_ms": 3000
                }
                """.formatted(release.code(), release.tagged(), pinnedHash));
        Baseline baseline = new Baseline("v8.1.0", release.code(), "billing.v8", "billing-api.v2", "billing/v1");
        return new CheckPinRequest(new RunContext(new ProjectFiles(consumer), Mode.REHEARSAL, baseline, "billing.v9", null,
                null, null), Path.of("config/integration-pin.json"), Path.of("config/producer-manifest.json"), null, List.of(),
                producer.dir(), null, manifestPath).run();
    }

    private static CheckResult source(GoalResult result) {
        return result.checks().stream().filter(c -> c.id().equals("manifest.source")).findFirst().orElseThrow();
    }

    @Test
    void aMirrorAsAtTheTagPasses() {
        GoalResult result = check(release.manifest(), InputReader.sha256Hex(release.manifest()), null);
        assertThat(result.breaches()).isEmpty();
        assertThat(source(result).detail()).isEqualTo("byte-identical to ../billing:api/producer-contract-manifest.json at v8.1.0");
    }

    @Test
    void aMirrorEditedSinceTheTagFailsWithADiffEvenWhenThePinWasUpdatedToo() {
        byte[] edited = new String(release.manifest()).replace("invoice_not_found", "invoice_missing").getBytes();
        GoalResult result = check(edited, InputReader.sha256Hex(edited), null);
        assertThat(result.failedRuleIds()).containsExactly("MANIFEST-SOURCE");
        Breach breach = result.errors().get(0);
        assertThat(breach.message()).startsWith("config/producer-manifest.json is not byte-identical to ")
                .endsWith(":api/producer-contract-manifest.json at v8.1.0");
        assertThat(breach.details()).contains("-  \"error_code_enum\": [\"invoice_not_found\"],",
                "+  \"error_code_enum\": [\"invoice_missing\"],");
    }

    @Test
    void aWrongPinnedHashBesideTheReleasesMirrorIsNamedAsThePinsFault() {
        GoalResult result = check(release.manifest(), "0".repeat(64), null);
        assertThat(result.failedRuleIds()).containsExactly("MANIFEST-HASH");
        assertThat(result.errors().get(0).hint()).isEqualTo("config/producer-manifest.json is ../billing:"
                + "api/producer-contract-manifest.json at v8.1.0, so config/integration-pin.json's "
                + "expected_producer_manifest_sha256 is what is wrong: mvn cutover:repin records the release's hash "
                + InputReader.sha256Hex(release.manifest()));
    }

    @Test
    void anEditedMirrorBesideTheReleasesHashIsNamedAsTheMirrorsFault() {
        byte[] edited = new String(release.manifest()).replace("invoice_not_found", "invoice_missing").getBytes();
        GoalResult result = check(edited, InputReader.sha256Hex(release.manifest()), null);
        assertThat(result.failedRuleIds()).containsExactly("MANIFEST-HASH", "MANIFEST-SOURCE");
        assertThat(result.errors().get(0).hint()).startsWith("config/producer-manifest.json was changed: it is not ")
                .contains("restore it from there (mvn cutover:repin rewrites it)")
                .endsWith("; the pinned hash is the release's").doesNotContain("update the pinned hash");
    }

    @Test
    void aCrlfMirrorIsNamedAsLineEndingsByBothRules() {
        byte[] crlf = new String(release.manifest()).replace("\n", "\r\n").getBytes();
        GoalResult result = check(crlf, InputReader.sha256Hex(release.manifest()), null);
        assertThat(result.failedRuleIds()).containsExactly("MANIFEST-HASH", "MANIFEST-SOURCE");
        Breach hash = result.errors().get(0);
        assertThat(hash.message()).endsWith(": the manifest has CRLF line endings, with LF it has the pinned hash");
        assertThat(hash.hint()).contains("add 'config/producer-manifest.json -text' to .gitattributes");
        Breach source = result.errors().get(1);
        assertThat(source.actual()).endsWith("(CRLF)");
        assertThat(source.expected()).endsWith("(LF)");
        assertThat(source.hint()).startsWith("only the line endings differ");
        assertThat(source.details()).isNull();
    }

    @Test
    void aConfiguredPathOrOneManifestIsRequiredAtTheTag() {
        GoalResult wrongPath = check(release.manifest(), InputReader.sha256Hex(release.manifest()), "contracts/manifest.json");
        assertThat(wrongPath.failedRuleIds()).containsExactly("MANIFEST-SOURCE");
        assertThat(wrongPath.errors().get(0).message()).endsWith(" has no contracts/manifest.json at tag v8.1.0");

        ProducerReleases.Release second = producer.release("v8.2.0", "more\n", "copy/producer-contract-manifest.json",
                MANIFEST);
        Baseline release = new Baseline("v8.2.0", second.code(), "billing.v8", "billing-api.v2", "billing/v1");
        try (ProducerRepository repo = ProducerRepository.open(producer.dir().toFile(), "billing")) {
            ManifestAtTag.Lookup two = ManifestAtTag.find(repo, release, second.tagged(), null, InputLimits.DEFAULT);
            assertThat(two).isInstanceOf(ManifestAtTag.NotFound.class);
            assertThat(((ManifestAtTag.NotFound) two).breach().message()).isEqualTo("billing has 2 different manifests "
                    + "(none naming v8.2.0) at tag v8.2.0: api/producer-contract-manifest.json (release_tag v8.1.0); "
                    + "copy/producer-contract-manifest.json (release_tag v8.1.0)");
            ManifestAtTag.Lookup chosen = ManifestAtTag.find(repo, release, second.tagged(),
                    "copy/producer-contract-manifest.json", InputLimits.DEFAULT);
            assertThat(((ManifestAtTag.Found) chosen).bytes()).isEqualTo(second.manifest());
        } catch (ProducerRepository.Unusable e) {
            throw new AssertionError(e);
        }
    }
}
