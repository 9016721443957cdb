package io.github.cutoverguard.engine.verdict;

import io.github.cutoverguard.engine.Breach;
import io.github.cutoverguard.engine.CheckResult;
import io.github.cutoverguard.engine.GoalResult;
import io.github.cutoverguard.engine.Mode;
import io.github.cutoverguard.engine.testing.Docs;

import java.util.List;

/** For {@code RuleHintsTest}: a required check that a failed one before it left skipped. */
public final class VerdictHintSituations {

    private VerdictHintSituations() {
    }

    /** VERDICT-INCOMPLETE for a required manifest.source skipped because git.tag-sha failed. */
    public static List<Breach> incomplete() {
        GoalResult pin = new GoalResult("check-pin", VerdictTestData.AT, Mode.REHEARSAL, Docs.REHEARSAL_BASELINE, "stock.v6",
                List.of(), List.of(CheckResult.ran("git.tag-sha", "tag v5.2.0 resolves to the pinned SHA",
                        List.of(VerdictTestData.breach("GIT-TAG-SHA", "config/integration-pin.json", 3, 18))),
                CheckResult.skipped("manifest.source", "the pinned release does not hold in ../inventory (git.tag-sha)")));
        return new RequiredChecksRan(List.of("manifest.source")).check(List.of(pin));
    }
}
