package io.github.cutoverguard.engine.pin;

import io.github.cutoverguard.engine.Breach;
import io.github.cutoverguard.engine.Location;
import io.github.cutoverguard.engine.json.JsonDocument;
import io.github.cutoverguard.engine.testing.Docs;
import io.github.cutoverguard.engine.testing.Fixtures;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.regex.Pattern;

import static io.github.cutoverguard.engine.testing.Docs.REHEARSAL_BASELINE;
import static org.assertj.core.api.Assertions.assertThat;

class PinChecksTest {

    private static final Pattern TAGS = Pattern.compile(PinFormats.DEFAULT_RELEASE_TAG_PATTERN);

    @Test
    void aPinWithoutARepositoryMemberFailsWithPinFormatAtTheRoot() {
        List<Breach> breaches = new PinFormats(TAGS).check(Docs.rehearsalPin("\"memorykernel_repo\"", "\"memorykernel_url\""));
        assertThat(breaches).singleElement().satisfies(b -> {
            assertThat(b.ruleId()).isEqualTo("PIN-FORMAT");
            assertThat(b.jsonPointer()).isEmpty();
            assertThat(b.location().line()).isEqualTo(1);
            assertThat(b.message()).isEqualTo("the pin names no producer repository: no member ends in _repo");
            assertThat(b.hint()).isEqualTo("add the producer repository as \"<producer>_repo\", e.g. \"billing_repo\": \"https://github.com/org/billing\"");
        });
    }

    @Test
    void aPinWithTwoRepositoryMembersFailsWithPinFormatAtTheSecond() {
        JsonDocument pin = Docs.rehearsalPin("\"memorykernel_repo\"", "\"other_repo\": \"https://example.org/o\", \"memorykernel_repo\"");
        List<Breach> breaches = new PinFormats(TAGS).check(pin);
        assertThat(breaches).singleElement().satisfies(b -> {
            assertThat(b.ruleId()).isEqualTo("PIN-FORMAT");
            assertThat(b.jsonPointer()).isEqualTo("/memorykernel_repo");
            assertThat(b.message()).contains("2 producer repositories [other_repo, memorykernel_repo]");
            assertThat(b.actual()).isEqualTo("other_repo, memorykernel_repo");
        });
    }

    @Test
    void referencePinHasValidFormats() {
        assertThat(new PinFormats(TAGS).check(Docs.rehearsalPin())).isEmpty();
    }

    @Test
    void tagOutsideThePatternFailsWithPinFormat() {
        List<Breach> breaches = new PinFormats(TAGS).check(Docs.rehearsalPin("\"v0.3.2\"", "\"release-0.3.2\""));
        assertThat(breaches).singleElement().satisfies(b -> {
            assertThat(b.ruleId()).isEqualTo("PIN-FORMAT");
            assertThat(b.location()).isEqualTo(new Location(3, 18));
            assertThat(b.message()).contains("release-0.3.2");
        });
    }

    @Test
    void uppercaseOrShortShaFailsWithPinFormat() {
        assertThat(new PinFormats(TAGS).check(Docs.rehearsalPin("cf331449e1589581a5dcbb3adecd3e9ae4509277",
                "CF331449E1589581A5DCBB3ADECD3E9AE4509277"))).extracting(Breach::ruleId).containsExactly("PIN-FORMAT");
        assertThat(new PinFormats(TAGS).check(Docs.rehearsalPin("cf331449e1589581a5dcbb3adecd3e9ae4509277", "cf33144")))
                .extracting(Breach::jsonPointer).containsExactly("/commit_sha");
    }

    @Test
    void sixtyFourHexShaIsAccepted() {
        assertThat(new PinFormats(TAGS).check(Docs.rehearsalPin("cf331449e1589581a5dcbb3adecd3e9ae4509277",
                "a".repeat(64)))).isEmpty();
    }

    @Test
    void pinEqualToBaselinePasses() {
        assertThat(new PinMatchesBaseline(REHEARSAL_BASELINE).check(Docs.rehearsalPin())).isEmpty();
    }

    @Test
    void movedTagFailsWithPinReleaseTagAtItsLine() {
        List<Breach> breaches = new PinMatchesBaseline(REHEARSAL_BASELINE).check(Docs.rehearsalPin("\"v0.3.2\"", "\"v0.3.3\""));
        assertThat(breaches).singleElement().satisfies(b -> {
            assertThat(b.ruleId()).isEqualTo("PIN-RELEASE-TAG");
            assertThat(b.file()).isEqualTo("config/integration-pin.json");
            assertThat(b.location()).isEqualTo(new Location(3, 18));
            assertThat(b.message()).isEqualTo("release_tag is \"v0.3.3\", baseline is \"v0.3.2\"");
            assertThat(b.expected()).isEqualTo("v0.3.2");
            assertThat(b.actual()).isEqualTo("v0.3.3");
            assertThat(b.hint()).contains("repin only with a matching <baseline> change");
        });
    }

    @Test
    void eachPinFieldHasItsOwnRule() {
        assertThat(new PinMatchesBaseline(REHEARSAL_BASELINE).check(Docs.rehearsalPin(
                "cf331449e1589581a5dcbb3adecd3e9ae4509277", "0".repeat(40)))).extracting(Breach::ruleId)
                .containsExactly("PIN-COMMIT-SHA");
        assertThat(new PinMatchesBaseline(REHEARSAL_BASELINE).check(Docs.rehearsalPin("service.v2", "service.v1")))
                .extracting(Breach::ruleId).containsExactly("PIN-SERVICE-CONTRACT");
        assertThat(new PinMatchesBaseline(REHEARSAL_BASELINE).check(Docs.rehearsalPin("api.v1", "api.v2")))
                .extracting(Breach::ruleId).containsExactly("PIN-API-CONTRACT");
        assertThat(new PinMatchesBaseline(REHEARSAL_BASELINE).check(Docs.rehearsalPin("integration/v1", "integration/v2")))
                .extracting(Breach::ruleId).containsExactly("PIN-INTEGRATION-BASELINE");
    }

    @Test
    void pinOnTheTargetContractFailsWithPinTargetContract() {
        assertThat(new PinAvoidsTargetContract("service.v3").check(Docs.rehearsalPin())).isEmpty();
        List<Breach> breaches = new PinAvoidsTargetContract("service.v3").check(Docs.rehearsalPin("service.v2", "service.v3"));
        assertThat(breaches).singleElement().satisfies(b -> {
            assertThat(b.ruleId()).isEqualTo("PIN-TARGET-CONTRACT");
            assertThat(b.location().line()).isEqualTo(5);
            assertThat(b.message()).contains("service.v3").contains("rehearsal");
        });
    }

    @Test
    void mirroredManifestWithThePinnedHashPasses() {
        assertThat(new ManifestMatchesPinnedHash(Docs.rehearsalPin()).check(Docs.raw("m.json", Fixtures.referenceText(Docs.REHEARSAL_MANIFEST)))).isEmpty();
    }

    @Test
    void oneChangedByteFailsWithManifestHash() {
        String changed = Fixtures.referenceText(Docs.REHEARSAL_MANIFEST) + " ";
        List<Breach> breaches = new ManifestMatchesPinnedHash(Docs.rehearsalPin()).check(Docs.raw("m.json", changed));
        assertThat(breaches).singleElement().satisfies(b -> {
            assertThat(b.ruleId()).isEqualTo("MANIFEST-HASH");
            assertThat(b.expected()).isEqualTo("67408e0bcf7d9e88c27c9e54c996c32d23aa915eb572ede46dd5ee6e3728c6f6");
            assertThat(b.actual()).isEqualTo(Docs.raw("m.json", changed).sha256());
            assertThat(b.location().line()).isEqualTo(8);
            assertThat(b.hint()).startsWith("if m.json was edited, restore it byte-for-byte from the pinned release's "
                    + "manifest").contains("if it is the release's, ").contains(" is wrong: mvn cutover:repin records the "
                    + "release's hash").doesNotContain("update the pinned hash");
        });
    }

    @Test
    void manifestOfThePinnedReleaseIsAligned() {
        assertThat(new ManifestAlignsWithPin(Docs.rehearsalPin()).check(Docs.rehearsalManifest("{", "{"))).isEmpty();
    }

    @Test
    void manifestOfAnotherReleaseFailsWithManifestAlignmentPerField() {
        JsonDocument manifest = Docs.json("m.json", Fixtures.referenceText(Docs.POST_CUTOVER_MANIFEST));
        List<Breach> breaches = new ManifestAlignsWithPin(Docs.rehearsalPin()).check(manifest);
        assertThat(breaches).extracting(Breach::ruleId).containsOnly("MANIFEST-ALIGNMENT");
        assertThat(breaches).extracting(Breach::jsonPointer)
                .containsExactly("/release_tag", "/commit_sha", "/expected_service_contract_version");
        assertThat(breaches.get(0).location().line()).isEqualTo(3);
    }

    @Test
    void manifestIntegrationBaselineIsComparedWithThePinsExpectedOne() {
        assertThat(new ManifestAlignsWithPin(Docs.rehearsalPin()).check(Docs.rehearsalManifest("integration/v1", "integration/v2")))
                .extracting(Breach::jsonPointer).containsExactly("/integration_baseline");
    }

    @Test
    void errorCodesEqualToTheExpectedSetPass() {
        assertThat(new ErrorCodesMatchExpected(Docs.REFERENCE_CODES).check(Docs.rehearsalManifest("{", "{"))).isEmpty();
        assertThat(new ErrorCodesMatchExpected(List.of()).check(Docs.rehearsalManifest("{", "{"))).isEmpty();
    }

    @Test
    void missingAndUnexpectedCodesAreNamed() {
        JsonDocument manifest = Docs.rehearsalManifest("\"write_failed\"", "\"write_exploded\"");
        List<Breach> breaches = new ErrorCodesMatchExpected(Docs.REFERENCE_CODES).check(manifest);
        assertThat(breaches).extracting(Breach::ruleId).containsOnly("ERROR-CODES");
        assertThat(breaches).extracting(Breach::message).containsExactly(
                "error_code_enum lacks expected code(s) write_failed",
                "error_code_enum holds unexpected code(s) write_exploded");
    }

    @Test
    void duplicateCodeFailsEvenWithoutExpectedCodes() {
        JsonDocument manifest = Docs.rehearsalManifest("\"write_failed\"", "\"write_conflict\"");
        List<Breach> breaches = new ErrorCodesMatchExpected(List.of()).check(manifest);
        assertThat(breaches).singleElement().satisfies(b -> {
            assertThat(b.message()).isEqualTo("error_code_enum lists \"write_conflict\" twice");
            assertThat(b.jsonPointer()).isEqualTo("/error_code_enum/4");
            assertThat(b.location().line()).isEqualTo(13);
        });
    }
}
