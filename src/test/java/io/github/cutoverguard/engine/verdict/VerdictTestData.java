package io.github.cutoverguard.engine.verdict;

import io.github.cutoverguard.engine.Breach;
import io.github.cutoverguard.engine.Rule;
import io.github.cutoverguard.engine.CheckResult;
import io.github.cutoverguard.engine.GoalResult;
import io.github.cutoverguard.engine.InputFile;
import io.github.cutoverguard.engine.Location;
import io.github.cutoverguard.engine.Mode;
import io.github.cutoverguard.engine.testing.Docs;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Goal results and verdicts for report and decision tests. */
public final class VerdictTestData {

    /** The day the tests decide on. */
    public static final LocalDate DAY = LocalDate.of(2026, 11, 29);

    static final Instant AT = Instant.parse("2026-02-08T12:00:00Z");

    private VerdictTestData() {
    }

    public static GoalResult passingPin() {
        return new GoalResult("check-pin", AT, Mode.REHEARSAL, Docs.REHEARSAL_BASELINE, "service.v3",
                List.of(new InputFile("config/integration-pin.json", "b".repeat(64))),
                List.of(CheckResult.ran("pin.baseline", "pin fields equal <baseline>", List.of()),
                        CheckResult.skipped("git.tag-sha", "no producerRepository configured")));
    }

    public static GoalResult goal(String goal, String checkId, Breach... breaches) {
        return new GoalResult(goal, AT, Mode.REHEARSAL, Docs.REHEARSAL_BASELINE, "service.v3", List.of(),
                List.of(CheckResult.ran(checkId, "a check & its <detail>", List.of(breaches))));
    }

    public static Breach breach(String rule, String file, int line, int column) {
        return Breach.error(Rule.of(rule), "something \"quoted\" & <odd> broke").file(file)
                .at(line == 0 ? Location.UNKNOWN : new Location(line, column)).build();
    }

    public static VerdictResult verdict(Mode mode, List<GoalResult> goals) {
        Decision rehearsal = VerdictDecision.rehearsalContinuation(goals);
        return new VerdictResult(AT, mode, Docs.REHEARSAL_BASELINE, "service.v3", goals, rehearsal,
                VerdictDecision.runtimeCutover(mode, Docs.REHEARSAL_BASELINE, rehearsal, null, DAY, null),
                List.of("producer may slip the v3 error enum"),
                List.of(new FollowUp("consumer-team", "add contract test for error.details", "2026-02-15")));
    }
}
