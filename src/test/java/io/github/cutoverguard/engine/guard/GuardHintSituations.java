package io.github.cutoverguard.engine.guard;

import io.github.cutoverguard.engine.Baseline;
import io.github.cutoverguard.engine.Breach;
import io.github.cutoverguard.engine.Mode;
import io.github.cutoverguard.engine.Rule;
import io.github.cutoverguard.engine.RunContext;
import io.github.cutoverguard.engine.input.ProjectFiles;
import io.github.cutoverguard.engine.testing.Fixtures;
import org.eclipse.jgit.api.Git;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * For {@code RuleHintsTest}: a storefront clone whose pin equals origin/main, with its runtime configuration, its
 * inventory adapter and its fallback test report, and the one change that raises each guard rule.
 */
public final class GuardHintSituations {

    private static final String PIN = "config/integration-pin.json";
    private static final String TEST = "com.example.storefront.InventoryClientTest";
    private static final Baseline STOCK_V5 = new Baseline("v5.2.0", "b".repeat(40), "stock.v5", "stock-api.v2",
            "inventory/v1");

    private GuardHintSituations() {
    }

    /** The breaches of guard in the situation that raises {@code rule}. */
    public static List<Breach> raise(Rule rule, Path dir) {
        String pin = GitFixtures.PIN.replace("memorykernel_repo", "inventory_repo");
        Path upstream = dir.resolve("upstream");
        try (Git git = GitFixtures.init(upstream)) {
            GitFixtures.commit(git, Map.of(PIN, pin), "approved pin");
        }
        Path project = dir.resolve("storefront");
        GitFixtures.clone(upstream, project).close();
        Fixtures.write(project, "src/main/resources/application.yml", "inventory:\n  contract: "
                + (rule == Rule.GUARD_RUNTIME_SWITCH ? "stock.v6" : "stock.v5") + "\n");
        Fixtures.write(project, "src/main/java/com/example/storefront/InventoryClient.java",
                "class InventoryClient { String p = \"/v5/stock\"; }\n");
        if (rule == Rule.GUARD_ENDPOINT_BOUNDARY) {
            Fixtures.write(project, "src/main/java/com/example/storefront/Basket.java", "class Basket { String p = \"/v5/stock\"; }\n");
        }
        if (rule == Rule.GUARD_PIN_CHANGED) {
            Fixtures.write(project, PIN, pin.replace("v0.3.2", "v0.3.3"));
        }
        Fixtures.write(project, "target/surefire-reports/TEST-" + TEST + ".xml", FallbackChecksTest.report(TEST,
                rule == Rule.GUARD_FALLBACK_REGRESSION
                        ? FallbackChecksTest.failed(TEST, "fallbackServesCachedStock", "expected cached stock")
                        : FallbackChecksTest.passed(TEST, "fallbackServesCachedStock")));
        String fallback = rule == Rule.GUARD_FALLBACK_MISSING ? "InventoryClientTest#fallbackReserves*"
                : "InventoryClientTest#fallback*";
        return new GuardRequest(new RunContext(new ProjectFiles(project), Mode.REHEARSAL, STOCK_V5, "stock.v6", null, null,
                null), new GuardRequest.Pin(Path.of(PIN), "origin/main", false, null), GuardRequest.RuntimeSwitch.DEFAULT,
                new GuardRequest.Boundary(List.of("/v5/stock"), List.of("src/main/java/**/InventoryClient.java"), null),
                new GuardRequest.Fallback(List.of(fallback), null, null)).run().breaches();
    }
}
