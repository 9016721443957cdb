package io.github.cutoverguard.engine.input;

import io.github.cutoverguard.engine.Breach;
import io.github.cutoverguard.engine.Severity;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link UnreadableInput}: an input that cannot be read becomes the rule and fix every goal uses. */
class UnreadableInputTest {

    private static Breach scanned(InputProblem.Kind kind) {
        return UnreadableInput.breach(new InputProblem(kind, "config/app.yml " + kind), "config/app.yml",
                UnreadableInput.SCANNED);
    }

    @Test
    void tooLargeIsJsonParseWithTheLimitToRaise() {
        Breach breach = scanned(InputProblem.Kind.TOO_LARGE);
        assertThat(breach.ruleId()).isEqualTo("JSON-PARSE");
        assertThat(breach.severity()).isEqualTo(Severity.ERROR);
        assertThat(breach.file()).isEqualTo("config/app.yml");
        assertThat(breach.message()).isEqualTo("config/app.yml TOO_LARGE; it was not scanned");
        assertThat(breach.hint()).isEqualTo("raise maxInputBytes (-Dcutover.maxInputBytes) or exclude the file from the scan");
    }

    @Test
    void everyOtherProblemIsFileMissingWithAFixForItsKind() {
        assertThat(scanned(InputProblem.Kind.MISSING)).satisfies(b -> {
            assertThat(b.ruleId()).isEqualTo("FILE-MISSING");
            assertThat(b.message()).isEqualTo("config/app.yml MISSING; it was not scanned");
            assertThat(b.hint()).isEqualTo("create config/app.yml or point the plugin configuration at the right path");
        });
        assertThat(scanned(InputProblem.Kind.NOT_A_FILE).hint())
                .isEqualTo("point the plugin configuration at a file, not a directory");
        assertThat(scanned(InputProblem.Kind.UNREADABLE).hint())
                .isEqualTo("make config/app.yml readable by the build user, or exclude it from the scan");
        assertThat(scanned(InputProblem.Kind.LINK_NOT_FOLLOWED)).satisfies(b -> {
            assertThat(b.ruleId()).isEqualTo("FILE-MISSING");
            assertThat(b.hint()).isEqualTo("replace the link with the file itself, or exclude config/app.yml from the scan");
        });
        assertThat(UnreadableInput.breach(new InputProblem(InputProblem.Kind.MISSING, "pin.json does not exist"), "pin.json",
                UnreadableInput.SCANNED.withConsequence("")).message()).isEqualTo("pin.json does not exist");
    }

    @Test
    void anUnreadableScannedPathIsFileMissing() {
        Breach breach = UnreadableInput.breach(new InputProblem(InputProblem.Kind.UNREADABLE,
                "src/main/resources/secret cannot be read"), "src/main/resources/secret", UnreadableInput.SCANNED);
        assertThat(breach.ruleId()).isEqualTo("FILE-MISSING");
        assertThat(breach.file()).isEqualTo("src/main/resources/secret");
        assertThat(breach.message()).isEqualTo("src/main/resources/secret cannot be read; it was not scanned");
        assertThat(breach.hint()).isEqualTo("make src/main/resources/secret readable by the build user, or exclude it from the scan");
    }

    @Test
    void aConfiguredInputNamesTheConfigurationInItsFix() {
        Breach tooLarge = UnreadableInput.breach(new InputProblem(InputProblem.Kind.TOO_LARGE, "pin.json is 9 bytes"),
                "pin.json", UnreadableInput.CONFIGURED);
        assertThat(tooLarge.ruleId()).isEqualTo("JSON-PARSE");
        assertThat(tooLarge.message()).isEqualTo("pin.json is 9 bytes");
        assertThat(tooLarge.hint()).isEqualTo("inputs this large are refused; check that the configured path names the "
                + "intended file");
        Breach unreadable = UnreadableInput.breach(new InputProblem(InputProblem.Kind.UNREADABLE, "pin.json cannot be read"),
                "pin.json", UnreadableInput.CONFIGURED);
        assertThat(unreadable.ruleId()).isEqualTo("FILE-MISSING");
        assertThat(unreadable.hint()).isEqualTo("make pin.json readable by the build user");
        assertThat(UnreadableInput.breach(new InputProblem(InputProblem.Kind.NOT_A_FILE, "pin.json is not a regular file"),
                "pin.json", UnreadableInput.CONFIGURED).hint()).isEqualTo("point the plugin configuration at a file, not a directory");
    }

    @Test
    void anUnfollowedTreeEntryIsWordedWithItsDetailAndSubject() {
        TreeEntry.Unfollowed link = new TreeEntry.Unfollowed("x.json", Path.of("x.json"), TreeEntry.Reason.SYMBOLIC_LINK,
                "is a symbolic link to /etc/x, outside contracts");
        Breach canonical = UnreadableInput.breach(link, "contracts/x.json",
                UnreadableInput.CONTRACT_PACK.withSubject("canonical "));
        assertThat(canonical.ruleId()).isEqualTo("FILE-MISSING");
        assertThat(canonical.file()).isEqualTo("contracts/x.json");
        assertThat(canonical.message()).isEqualTo("canonical contracts/x.json is a symbolic link to /etc/x, outside contracts");
        assertThat(canonical.hint()).isEqualTo("replace the link with the file itself; the canonical pack is compared "
                + "byte for byte");

        TreeEntry.Unfollowed fifo = new TreeEntry.Unfollowed("p.json", Path.of("p.json"), TreeEntry.Reason.NOT_A_FILE,
                "is not a regular file");
        assertThat(UnreadableInput.breach(fifo, "m/p.json", UnreadableInput.CONTRACT_PACK)).satisfies(b -> {
            assertThat(b.message()).isEqualTo("m/p.json is not a regular file");
            assertThat(b.hint()).isEqualTo("replace m/p.json with a regular file or exclude it");
        });
    }

    @Test
    void eachReasonATreeEntryIsNotFollowedForIsAKindOfProblem() {
        for (TreeEntry.Reason reason : TreeEntry.Reason.values()) {
            InputProblem problem = new TreeEntry.Unfollowed("a", Path.of("a"), reason, "why").problem("dir/a");
            assertThat(problem.getMessage()).isEqualTo("dir/a why");
            assertThat(problem.kind()).as(reason.name()).isEqualTo(switch (reason) {
                case NOT_A_FILE -> InputProblem.Kind.NOT_A_FILE;
                case UNREADABLE -> InputProblem.Kind.UNREADABLE;
                case SYMBOLIC_LINK -> InputProblem.Kind.LINK_NOT_FOLLOWED;
                case OUTSIDE_PROJECT -> InputProblem.Kind.OUTSIDE_PROJECT;
            });
        }
    }
}
