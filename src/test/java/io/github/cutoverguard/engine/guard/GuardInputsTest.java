package io.github.cutoverguard.engine.guard;

import io.github.cutoverguard.engine.Breach;
import io.github.cutoverguard.engine.Severity;
import io.github.cutoverguard.engine.input.InputProblem;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link GuardInputs}: a scanned file that cannot be read becomes the rule and fix every goal uses. */
class GuardInputsTest {

    private static Breach breachFor(InputProblem.Kind kind) {
        return GuardInputs.breachFor(new InputProblem(kind, "config/app.yml " + kind), "config/app.yml");
    }

    @Test
    void tooLargeIsJsonParseWithTheLimitToRaise() {
        Breach breach = breachFor(InputProblem.Kind.TOO_LARGE);
        assertThat(breach.ruleId()).isEqualTo("JSON-PARSE");
        assertThat(breach.severity()).isEqualTo(Severity.ERROR);
        assertThat(breach.file()).isEqualTo("config/app.yml");
        assertThat(breach.message()).isEqualTo("config/app.yml TOO_LARGE; it was not scanned");
        assertThat(breach.hint()).isEqualTo("raise maxInputBytes (-Dcutover.maxInputBytes) or exclude the file from the scan");
    }

    @Test
    void everyOtherProblemIsFileMissingWithAFixForItsKind() {
        assertThat(breachFor(InputProblem.Kind.MISSING)).satisfies(b -> {
            assertThat(b.ruleId()).isEqualTo("FILE-MISSING");
            assertThat(b.message()).isEqualTo("config/app.yml MISSING; it was not scanned");
            assertThat(b.hint()).isEqualTo("create config/app.yml or point the plugin configuration at the right path");
        });
        assertThat(breachFor(InputProblem.Kind.NOT_A_FILE).hint())
                .isEqualTo("point the plugin configuration at a file, not a directory");
        assertThat(breachFor(InputProblem.Kind.UNREADABLE).hint())
                .isEqualTo("make config/app.yml readable by the build user, or exclude it from the scan");
        assertThat(GuardInputs.breachFor(new InputProblem(InputProblem.Kind.MISSING, "pin.json does not exist"), "pin.json", "")
                .message()).isEqualTo("pin.json does not exist");
    }

    @Test
    void anUnreadableScannedPathIsFileMissing() {
        Breach breach = GuardInputs.unreadable("src/main/resources/secret");
        assertThat(breach.ruleId()).isEqualTo("FILE-MISSING");
        assertThat(breach.file()).isEqualTo("src/main/resources/secret");
        assertThat(breach.message()).isEqualTo("src/main/resources/secret cannot be read; it was not scanned");
        assertThat(breach.hint()).isEqualTo("make src/main/resources/secret readable by the build user, or exclude it from the scan");
    }
}
