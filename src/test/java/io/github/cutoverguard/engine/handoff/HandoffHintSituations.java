package io.github.cutoverguard.engine.handoff;

import io.github.cutoverguard.engine.Baseline;
import io.github.cutoverguard.engine.Breach;
import io.github.cutoverguard.engine.Mode;
import io.github.cutoverguard.engine.Rule;
import io.github.cutoverguard.engine.RunContext;
import io.github.cutoverguard.engine.input.ProjectFiles;
import io.github.cutoverguard.engine.testing.Fixtures;
import io.github.cutoverguard.engine.testing.HandoffRequests;

import java.nio.file.Path;
import java.util.List;

/**
 * For {@code RuleHintsTest}: the smallest validate-handoff situation raising each handoff rule, on the reference
 * rehearsal handoff renamed for an inventory producer ({@code stock.v5} -> {@code stock.v6}).
 */
public final class HandoffHintSituations {

    private static final HandoffAnyTeamTest.Team STOCK = new HandoffAnyTeamTest.Team("stock", "stock", "stock", 5, 6);

    private HandoffHintSituations() {
    }

    /** The breaches of validate-handoff in the situation that raises {@code rule}. */
    public static List<Breach> raise(Rule rule, Path project) throws Exception {
        String payload = STOCK.rename(Fixtures.referenceText(ValidateHandoffTest.REHEARSAL));
        Baseline baseline = STOCK.rehearsalBaseline();
        if (rule == Rule.HANDOFF_CUTOVER_FLAG) {
            payload = payload.replace("\"requires_runtime_cutover\": false", "\"requires_runtime_cutover\": true");
        } else if (rule == Rule.HANDOFF_ENVELOPE_POLICY) {
            payload = payload.replace("\"optional\": [\n        \"error.details\"\n      ],", "\"optional\": [],")
                    .replace("\"forbids\": [\n        \"legacy_error\",", "\"forbids\": [\n        \"error.code\", \"legacy_error\",");
        } else if (rule == Rule.HANDOFF_BASELINE) {
            baseline = new Baseline("v5.3.0", baseline.commitSha(), baseline.serviceContract(), baseline.apiContract(),
                    baseline.integrationBaseline());
        }
        Fixtures.write(project, "handoff/stock-rehearsal.json", payload);
        Fixtures.write(project, "contracts/inventory-manifest.json",
                STOCK.rename(Fixtures.referenceText(ValidateHandoffTest.REHEARSAL_MANIFEST)));
        HandoffRequests.Validate validate = HandoffRequests.validate(new RunContext(new ProjectFiles(project), Mode.REHEARSAL,
                        baseline, STOCK.targetContract(), null, null, null), Path.of("handoff/stock-rehearsal.json"))
                .producerManifestFile(Path.of("contracts/inventory-manifest.json"));
        if (rule == Rule.HANDOFF_OVERLAP) {
            validate.minimumOverlapDays(60);
        } else if (rule == Rule.HANDOFF_COMMANDS) {
            validate.requiredChecks(List.of("mvn -B verify -Pinventory-contract"), List.of("mvn -B verify -Pstorefront"));
        } else if (rule == Rule.HANDOFF_STALE) {
            validate.staleCheck(HandoffRequests.settings("org/inventory", STOCK.targetContract()).build());
        }
        return validate.run().breaches();
    }
}
