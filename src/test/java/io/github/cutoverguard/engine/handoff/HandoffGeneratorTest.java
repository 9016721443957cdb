package io.github.cutoverguard.engine.handoff;

import io.github.cutoverguard.engine.testing.HandoffRequests;
import io.github.cutoverguard.engine.testing.Docs;
import io.github.cutoverguard.engine.testing.Fixtures;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class HandoffGeneratorTest {

    /** The settings the reference producer used for its rehearsal candidate. */
    static HandoffSettings referenceSettings() {
        String root = "/Users/d/Projects/MemoryKernel";
        return HandoffRequests.settings("saagar210/MemoryKernel", "service.v3")
                .planningCommit("483b01a7e39c7043b71d81707ff59a65f7f230b1")
                .cutoverGatesDoc(root + "/docs/implementation/SERVICE_V3_CUTOVER_GATES.md")
                .requiredChecks(List.of("cargo fmt --all -- --check",
                        "cargo clippy --workspace --all-targets --all-features -- -D warnings",
                        "cargo test --workspace --all-targets --all-features",
                        "./scripts/verify_service_contract_alignment.sh --memorykernel-root " + root,
                        "./scripts/verify_contract_parity.sh --canonical-root " + root,
                        "./scripts/verify_trilogy_compatibility_artifacts.sh --memorykernel-root " + root,
                        "./scripts/run_trilogy_smoke.sh --memorykernel-root " + root,
                        "./scripts/run_trilogy_compliance_suite.sh --memorykernel-root " + root + " --skip-baseline"),
                List.of("pnpm run check:memorykernel-pin", "pnpm run test:memorykernel-contract", "pnpm run test:ci"))
                .build();
    }

    @Test
    void regeneratesTheReferenceCandidateByteForByte() {
        var manifest = Docs.json("manifest.json", Fixtures.referenceText("producer/producer-contract-manifest_at-rehearsal.json"));
        byte[] generated = HandoffGenerator.render(HandoffGenerator.generate(manifest, referenceSettings(),
                Instant.parse("2026-02-08T11:29:52Z")));
        assertThat(new String(generated, StandardCharsets.UTF_8))
                .isEqualTo(Fixtures.referenceText("producer/SERVICE_V3_REHEARSAL_HANDOFF_CANDIDATE.json"));
    }

    /** A number is read by its value: a stability window of 3e1 days gives a 30-day overlap, not the 14-day default. */
    @Test
    void theManifestsStabilityWindowIsReadByItsValue() {
        var manifest = Docs.json("manifest.json", Fixtures.referenceText("producer/producer-contract-manifest_at-rehearsal.json")
                .replace("\"minimum_sprint_days\": 14", "\"minimum_sprint_days\": 3e1"));
        var payload = HandoffGenerator.generate(manifest, referenceSettings(), Instant.parse("2026-02-08T11:29:52Z"));
        assertThat(payload.at("/migration_overlap_assumptions/duration_days").intValue()).isEqualTo(30);
        assertThat(payload.at("/rehearsal_candidate/cutover_not_before_utc_date").asString()).isEqualTo("2026-03-10");
    }
}
