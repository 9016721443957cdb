package io.github.cutoverguard.engine;

import io.github.cutoverguard.engine.input.InputLimits;
import io.github.cutoverguard.engine.input.ProjectFiles;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The shared run context and the collector every goal records its checks and inputs through. */
class GoalRunTest {

    private static final Instant NOW = Instant.parse("2026-11-29T08:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final Baseline BILLING = new Baseline("v8.1.0", "0123456789abcdef0123456789abcdef01234567",
            "billing.v8", "billing-api.v8", "billing-integration.v2");
    private static final RunContext CONTEXT = new RunContext(new ProjectFiles(Path.of("work")), Mode.CUTOVER, BILLING,
            "billing.v9", InputLimits.DEFAULT, CLOCK, null);

    private static Breach error(String message) {
        return Breach.error(Rule.PIN_RELEASE_TAG, message).file("config/pin.json").build();
    }

    @Test
    void aContextDefaultsWhatIsNotGiven() {
        RunContext bare = new RunContext(new ProjectFiles(Path.of("work")), null, null, "  ", null, null, null);
        assertThat(bare.mode()).isEqualTo(Mode.REHEARSAL);
        assertThat(bare.baseline()).isEqualTo(Baseline.NONE);
        assertThat(bare.targetServiceContract()).isNull();
        assertThat(bare.limits()).isEqualTo(InputLimits.DEFAULT);
        assertThat(bare.clock()).isNotNull();
        assertThat(new RunContext(new ProjectFiles(Path.of("w")), Mode.CUTOVER, null, " ledger.v5 ", null, null, null)
                .targetServiceContract()).isEqualTo("ledger.v5");
        assertThatThrownBy(() -> new RunContext(null, Mode.REHEARSAL, null, null, null, null, null))
                .isInstanceOf(NullPointerException.class).hasMessage("files");
    }

    @Test
    void aRunRecordsEachCheckAndInputInOrderAndStampsTheResultFromTheContext() {
        GoalRun run = new GoalRun("check-pin", CONTEXT);
        InputFile pin = new InputFile("config/pin.json", "ab".repeat(32));
        run.read(pin);
        run.read(List.of(new InputFile("docs/MATRIX.md", "cd".repeat(32))));
        run.ran("pin.read", "read", List.of());
        assertThat(run.noneFailed()).isTrue();
        run.ran("pin.baseline", "fields", List.of(error("tag differs")));
        assertThat(run.noneFailed()).isFalse();
        run.skipped("git.tag-sha", "no producerRepository configured");
        run.skipped(List.of("matrix.baseline", "matrix.approved-row"), "no compatibilityMatrixFile configured");
        run.add(CheckResult.ran("manifest.read", "read", List.of(error("x").withSeverity(Severity.WARNING))));

        GoalResult result = run.result();
        assertThat(result.goal()).isEqualTo("check-pin");
        assertThat(result.generatedAt()).isEqualTo(NOW);
        assertThat(result.mode()).isEqualTo(Mode.CUTOVER);
        assertThat(result.baseline()).isEqualTo(BILLING);
        assertThat(result.targetServiceContract()).isEqualTo("billing.v9");
        assertThat(result.acceptance()).isNull();
        assertThat(result.inputs()).extracting(InputFile::path).containsExactly("config/pin.json", "docs/MATRIX.md");
        assertThat(result.checks()).extracting(CheckResult::id).containsExactly("pin.read", "pin.baseline",
                "git.tag-sha", "matrix.baseline", "matrix.approved-row", "manifest.read");
        assertThat(result.checks()).extracting(CheckResult::status).containsExactly(CheckStatus.PASS, CheckStatus.FAIL,
                CheckStatus.SKIPPED, CheckStatus.SKIPPED, CheckStatus.SKIPPED, CheckStatus.PASS);
        assertThat(result.checks().get(3).detail()).isEqualTo("no compatibilityMatrixFile configured");
        assertThat(result.failedRuleIds()).containsExactly("PIN-RELEASE-TAG");
    }

    @Test
    void aResultCarriesTheAcceptanceItWasGiven() {
        GoalRun run = new GoalRun("validate-handoff", CONTEXT);
        GoalResult.Acceptance acceptance = new GoalResult.Acceptance("handoff.json", "ef".repeat(32),
                "billing-v9-rehearsal-handoff.v1", true, "2026-12-24");
        assertThat(run.result(acceptance).acceptance()).isSameAs(acceptance);
        assertThat(run.result().checks()).isEmpty();
    }
}
