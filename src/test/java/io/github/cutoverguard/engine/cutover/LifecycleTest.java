package io.github.cutoverguard.engine.cutover;

import io.github.cutoverguard.engine.Baseline;
import io.github.cutoverguard.engine.Mode;
import io.github.cutoverguard.engine.RunContext;
import io.github.cutoverguard.engine.cutover.Lifecycle.Move;
import io.github.cutoverguard.engine.cutover.Lifecycle.Names;
import io.github.cutoverguard.engine.cutover.Lifecycle.Phase;
import io.github.cutoverguard.engine.cutover.Lifecycle.Release;
import io.github.cutoverguard.engine.input.ProjectFiles;
import io.github.cutoverguard.engine.json.InputLoader;
import io.github.cutoverguard.engine.input.InputLimits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The phase of a storefront consumer of inventory-service, stock.v5 (v5.2.0) to stock.v6 (v6.0.0), from its files. */
class LifecycleTest {

    private static final String SHA5 = "5".repeat(40);
    private static final String SHA6 = "6".repeat(40);
    private static final Baseline V5 = new Baseline("v5.2.0", SHA5, "stock.v5", "stock-api.v2", "integration/v3");
    private static final Baseline V6 = new Baseline("v6.0.0", SHA6, "stock.v6", "stock-api.v3", "integration/v4");
    private static final Release PIN5 = new Release("v5.2.0", SHA5);
    private static final Release PIN6 = new Release("v6.0.0", SHA6);
    private static final Move APPROVED = new Move(PIN5, PIN6);
    private static final Names NAMES = new Names("config/integration-pin.json", "config/cutover-approval.json");

    @TempDir
    Path project;

    private RunContext context(Mode mode, Baseline baseline, String target) {
        return new RunContext(new ProjectFiles(project), mode, baseline, target, null, null, null);
    }

    private Phase phase(Mode mode, Baseline baseline, String target, Release pin, Move approval) {
        return Lifecycle.of(context(mode, baseline, target), pin, approval, NAMES).phase();
    }

    @Test
    void theFilesDecideThePhase() {
        assertThat(phase(Mode.REHEARSAL, V5, null, PIN5, null)).isEqualTo(Phase.STABLE);
        assertThat(phase(Mode.REHEARSAL, V5, "stock.v6", PIN5, null)).isEqualTo(Phase.REHEARSAL);
        assertThat(phase(Mode.CUTOVER, V6, "stock.v6", PIN5, APPROVED)).isEqualTo(Phase.CUTOVER);
        assertThat(phase(Mode.CUTOVER, V6, null, PIN6, APPROVED)).isEqualTo(Phase.COMPLETE);
        assertThat(phase(Mode.REHEARSAL, V6, null, PIN6, APPROVED)).isEqualTo(Phase.COMPLETE);
        // the next rehearsal starts by naming the next target; the record is history
        assertThat(phase(Mode.REHEARSAL, V6, "stock.v7", PIN6, APPROVED)).isEqualTo(Phase.REHEARSAL);
    }

    @Test
    void aCutoverAppliedInThisChangeIsStillTheCutover() {
        Lifecycle complete = Lifecycle.of(context(Mode.CUTOVER, V6, null), PIN6, APPROVED, NAMES);
        assertThat(complete.since(PIN6).phase()).isEqualTo(Phase.COMPLETE);
        // repin's change before the merge: the base still has the previous release; no base: judged as the cutover
        assertThat(complete.since(PIN5).phase()).isEqualTo(Phase.CUTOVER);
        assertThat(complete.since(null).phase()).isEqualTo(Phase.CUTOVER);
        Lifecycle rehearsal = Lifecycle.of(context(Mode.REHEARSAL, V5, "stock.v6"), PIN5, null, NAMES);
        assertThat(rehearsal.since(null)).isSameAs(rehearsal);
    }

    @Test
    void aRollbackRecordThatUndoesTheApprovalIsTheRolledBackPhase() {
        Lifecycle.RolledBack back = new Lifecycle.RolledBack(PIN5, "2026-12-07", "5xx on stock lookups",
                "config/cutover-rollback.json");
        RunContext rehearsal = context(Mode.REHEARSAL, V5, "stock.v6");
        Lifecycle rolledBack = Lifecycle.of(rehearsal, PIN5, APPROVED, NAMES, back);
        assertThat(rolledBack.phase()).isEqualTo(Phase.ROLLED_BACK);
        assertThatCode(() -> rolledBack.requireAgreement(rehearsal)).doesNotThrowAnyException();
        // <baseline> still the release rolled back from, or cutover mode: the approval is spent
        RunContext stale = context(Mode.CUTOVER, V6, "stock.v6");
        assertThatThrownBy(() -> Lifecycle.of(stale, PIN5, APPROVED, NAMES, back).requireAgreement(stale))
                .isInstanceOf(LifecycleDisagrees.class)
                .hasMessageContaining("the cutover was rolled back to v5.2.0")
                .hasMessageContaining("5xx on stock lookups")
                .hasMessageContaining("Set <baseline> to v5.2.0 (the release rolled back to) and <mode>rehearsal</mode>");
        // the pin moved on since (a new approved cutover): the record is history
        assertThat(Lifecycle.of(context(Mode.CUTOVER, V6, null), PIN6, APPROVED, NAMES, back).phase())
                .isEqualTo(Phase.COMPLETE);
    }

    @Test
    void noPinOrAnUnapprovedMoveNamesNoPhase() {
        assertThat(phase(Mode.REHEARSAL, V5, null, null, null)).isEqualTo(Phase.UNDETERMINED);
        assertThat(phase(Mode.CUTOVER, V6, null, PIN5, null)).isEqualTo(Phase.UNDETERMINED);
        // an approval of another move: from v4, or to v6 when <baseline> says v7
        assertThat(phase(Mode.CUTOVER, V6, null, PIN5, new Move(new Release("v4.0.0", "4".repeat(40)), PIN6)))
                .isEqualTo(Phase.UNDETERMINED);
        assertThat(phase(Mode.CUTOVER, V6, null, PIN5, new Move(PIN5, new Release("v6.0.0", "7".repeat(40)))))
                .isEqualTo(Phase.UNDETERMINED);
    }

    @Test
    void rehearsalModeDuringAnApprovedMoveIsAConfigurationError() {
        RunContext context = context(Mode.REHEARSAL, V6, null);
        assertThatThrownBy(() -> Lifecycle.of(context, PIN5, APPROVED, NAMES).requireAgreement(context))
                .isInstanceOf(LifecycleDisagrees.class)
                .hasMessageContaining("config/cutover-approval.json approves the move from the pin's release v5.2.0")
                .hasMessageContaining("Set <mode>cutover</mode> in the POM");
    }

    @Test
    void cutoverModeDuringTheNextRehearsalIsAConfigurationError() {
        RunContext context = context(Mode.CUTOVER, V6, "stock.v7");
        assertThatThrownBy(() -> Lifecycle.of(context, PIN6, APPROVED, NAMES).requireAgreement(context))
                .isInstanceOf(LifecycleDisagrees.class)
                .hasMessageContaining("the files describe a rehearsal of stock.v7")
                .hasMessageContaining("Set <mode>rehearsal</mode>");
    }

    @Test
    void modesThatAgreePass() {
        for (Object[] agreeing : new Object[][] {
                {Mode.REHEARSAL, V5, "stock.v6", PIN5, null},
                {Mode.CUTOVER, V6, "stock.v6", PIN5, APPROVED},
                {Mode.CUTOVER, V6, null, PIN6, APPROVED},
                {Mode.REHEARSAL, V6, null, PIN6, APPROVED},
                {Mode.REHEARSAL, V6, "stock.v7", PIN6, APPROVED}}) {
            RunContext context = context((Mode) agreeing[0], (Baseline) agreeing[1], (String) agreeing[2]);
            assertThatCode(() -> Lifecycle.of(context, (Release) agreeing[3], (Move) agreeing[4], NAMES)
                    .requireAgreement(context)).doesNotThrowAnyException();
        }
    }

    @Test
    void aTargetThatIsTheBaselinesContractEndsTheRehearsal() {
        assertThatThrownBy(() -> Lifecycle.requireTargetAhead(context(Mode.REHEARSAL, V6, "stock.v6")))
                .isInstanceOf(LifecycleDisagrees.class)
                .hasMessage("<targetServiceContract> stock.v6 is the baseline's contract (v6.0.0 / stock.v6): the "
                        + "rehearsal is complete; name the next contract or remove <targetServiceContract>");
        // in the cutover, the target is what the runtime moves to
        assertThatCode(() -> Lifecycle.requireTargetAhead(context(Mode.CUTOVER, V6, "stock.v6")))
                .doesNotThrowAnyException();
        assertThatCode(() -> Lifecycle.requireTargetAhead(context(Mode.REHEARSAL, V5, "stock.v6")))
                .doesNotThrowAnyException();
    }

    @Test
    void readsThePinAndTheApprovalsMove() throws IOException {
        Files.createDirectories(project.resolve("config"));
        Files.writeString(project.resolve("config/integration-pin.json"), "{\"release_tag\": \"v6.0.0\", \"commit_sha\": \""
                + SHA6 + "\"}");
        Files.writeString(project.resolve("config/cutover-approval.json"), "{\"baseline\": {\"release_tag\": \"v6.0.0\", "
                + "\"commit_sha\": \"" + SHA6 + "\"}, \"previous_baseline\": {\"release_tag\": \"v5.2.0\", \"commit_sha\": \""
                + SHA5 + "\"}}");
        RunContext context = context(Mode.REHEARSAL, V6, null);
        Lifecycle lifecycle = Lifecycle.read(context, new InputLoader(context.files(), InputLimits.DEFAULT),
                Path.of("config/integration-pin.json"), Path.of("config/cutover-approval.json"));
        assertThat(lifecycle.phase()).isEqualTo(Phase.COMPLETE);
        assertThat(lifecycle.approval()).isEqualTo(APPROVED);
        assertThat(lifecycle.files()).isEqualTo(NAMES);
        // an unreadable approval counts as none; a missing pin names no phase
        Files.writeString(project.resolve("config/cutover-approval.json"), "{ not json");
        assertThat(Lifecycle.read(context, new InputLoader(context.files(), InputLimits.DEFAULT),
                Path.of("config/integration-pin.json"), Path.of("config/cutover-approval.json")).phase())
                .isEqualTo(Phase.STABLE);
        assertThat(Lifecycle.read(context, new InputLoader(context.files(), InputLimits.DEFAULT),
                Path.of("config/missing.json"), null).phase()).isEqualTo(Phase.UNDETERMINED);
    }
}
