package io.github.cutoverguard.engine.alignment;

import io.github.cutoverguard.engine.Breach;
import io.github.cutoverguard.engine.Location;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ServiceVersionMatchesManifestTest {

    @Test
    void referenceInfoVersionMatchesTheManifest() {
        assertThat(new ServiceVersionMatchesManifest(AlignmentFixtures.manifest()).check(AlignmentFixtures.openApi())).isEmpty();
    }

    @Test
    void olderInfoVersionFailsAtItsLine() {
        List<Breach> breaches = new ServiceVersionMatchesManifest(AlignmentFixtures.manifest()).check(AlignmentFixtures.openApi("  version: service.v3", "  version: service.v2"));
        assertThat(breaches).singleElement().satisfies(b -> {
            assertThat(b.ruleId()).isEqualTo("ALIGN-SERVICE-VERSION");
            assertThat(b.file()).isEqualTo("openapi.yaml");
            assertThat(b.location()).isEqualTo(new Location(4, 12));
            assertThat(b.jsonPointer()).isEqualTo("/info/version");
            assertThat(b.message()).isEqualTo("info.version is \"service.v2\", contracts/producer-contract-manifest.json "
                    + "expects \"service.v3\"");
            assertThat(b.expected()).isEqualTo("service.v3");
            assertThat(b.actual()).isEqualTo("service.v2");
        });
    }

    @Test
    void missingInfoVersionFailsAtInfo() {
        List<Breach> breaches = new ServiceVersionMatchesManifest(AlignmentFixtures.manifest()).check(AlignmentFixtures.openApi("  version: service.v3\n", ""));
        assertThat(breaches).singleElement().satisfies(b -> {
            assertThat(b.message()).startsWith("info.version is missing");
            assertThat(b.location()).isEqualTo(new Location(2, 1)); // the info: key
        });
    }

    @Test
    void manifestWithoutServiceContractFailsAtTheManifest() {
        List<Breach> breaches = new ServiceVersionMatchesManifest(AlignmentFixtures.manifest("  \"expected_service_contract_version\": \"service.v3\",\n", "")).check(AlignmentFixtures.openApi());
        assertThat(breaches).singleElement().satisfies(b -> {
            assertThat(b.file()).isEqualTo("contracts/producer-contract-manifest.json");
            assertThat(b.message()).contains("has no expected_service_contract_version");
        });
    }
}
