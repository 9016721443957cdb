package io.github.cutoverguard.engine.faults;

import io.github.cutoverguard.engine.testing.HandoffRequests;
import io.github.cutoverguard.engine.RunContext;
import io.github.cutoverguard.engine.GoalResult;
import io.github.cutoverguard.engine.Mode;
import io.github.cutoverguard.engine.alignment.CheckAlignment;
import io.github.cutoverguard.engine.alignment.CheckAlignmentRequest;
import io.github.cutoverguard.engine.handoff.ValidateHandoff;
import io.github.cutoverguard.engine.handoff.ValidateHandoffRequest;
import io.github.cutoverguard.engine.input.ProjectFiles;
import io.github.cutoverguard.engine.parity.VerifyParity;
import io.github.cutoverguard.engine.parity.VerifyParityRequest;
import io.github.cutoverguard.engine.pin.CheckPin;
import io.github.cutoverguard.engine.pin.CheckPinRequest;
import io.github.cutoverguard.engine.report.EvidenceReport;
import io.github.cutoverguard.engine.testing.Docs;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/**
 * A child process for {@link FaultsTest}: runs check-pin, validate-handoff, check-alignment and
 * verify-parity on the project laid out by {@link FaultsTest#project}, writing each evidence report
 * to {@code target/cutover}, over and over until it is killed. Prints {@code ready} after one round.
 */
public final class GoalLoop {

    private GoalLoop() {
    }

    private interface Goal {
        GoalResult run() throws Exception;
    }

    public static void main(String[] args) throws Exception {
        ProjectFiles files = new ProjectFiles(Path.of(args[0]));
        Path reports = files.basedir().resolve("target/cutover");
        Clock clock = Clock.systemUTC();
        List<Goal> goals = List.of(
                () -> (new CheckPinRequest(new RunContext(files, Mode.REHEARSAL, Docs.REHEARSAL_BASELINE, "service.v3",
                        null, null, null), Path.of("config/integration-pin.json"), Path.of("config/producer-manifest.json"),
                        Path.of("docs/COMPATIBILITY_MATRIX.md"), Docs.REFERENCE_CODES, null, null, null)).run(),
                () -> HandoffRequests.validate(new RunContext(files, Mode.REHEARSAL, Docs.REHEARSAL_BASELINE,
                        "service.v3", null, null, null), Path.of("handoff.json"))
                        .producerManifestFile(Path.of("handoff-manifest.json")).run(),
                () -> (new CheckAlignmentRequest(new RunContext(files, Mode.REHEARSAL, null, null, null, null, null),
                        Path.of("openapi.yaml"), Path.of("contracts/producer-contract-manifest.json"),
                        Path.of("contracts/service-contract-source-of-truth.json"), null, null, null, null,
                        List.of(), null)).run(),
                () -> (new VerifyParityRequest(new RunContext(files, Mode.REHEARSAL, null, null, null, null, null),
                        Path.of("contracts"), List.of(Path.of("mirrors/a"), Path.of("mirrors/b")), null, false,
                        2)).run());
        for (long round = 0; ; round++) {
            for (Goal goal : goals) {
                EvidenceReport.write(goal.run(), reports);
            }
            if (round == 0) {
                System.out.println("ready");
                System.out.flush();
            }
        }
    }
}
