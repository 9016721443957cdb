package io.github.cutoverguard.engine.verdict;

import io.github.cutoverguard.engine.CheckResult;
import io.github.cutoverguard.engine.GoalResult;
import io.github.cutoverguard.engine.Mode;
import io.github.cutoverguard.engine.testing.Docs;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** VERDICT-INCOMPLETE's hint: what to configure, or which check to fix first. */
class RequiredChecksRanTest {

    private static GoalResult pinGoal(CheckResult... checks) {
        return new GoalResult("check-pin", VerdictTestData.AT, Mode.REHEARSAL, Docs.REHEARSAL_BASELINE, "stock.v6",
                List.of(), List.of(checks));
    }

    @Test
    void aCheckSkippedBecauseAnotherFailedNamesTheFailedCheck() {
        assertThat(VerdictHintSituations.incomplete()).singleElement().satisfies(b -> {
            assertThat(b.message()).isEqualTo("required check manifest.source did not run (check manifest.source was "
                    + "skipped: the pinned release does not hold in ../inventory (git.tag-sha))");
            assertThat(b.hint()).startsWith("check git.tag-sha failed first (GIT-TAG-SHA): fix it and manifest.source runs")
                    .doesNotContain("configure the inputs");
        });
    }

    @Test
    void aCheckSkippedForWantOfInputsSaysWhatToConfigure() {
        GoalResult goal = pinGoal(CheckResult.ran("pin.baseline", "pin fields equal <baseline>", List.of()),
                CheckResult.skipped("git.tag-sha", "no producerRepository configured"));
        assertThat(new RequiredChecksRan(List.of("git.tag-sha")).check(List.of(goal))).singleElement()
                .satisfies(b -> assertThat(b.hint()).startsWith("configure the inputs git.tag-sha needs"));
    }
}
