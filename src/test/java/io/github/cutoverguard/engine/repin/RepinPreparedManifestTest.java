package io.github.cutoverguard.engine.repin;

import io.github.cutoverguard.engine.Baseline;
import io.github.cutoverguard.engine.Breach;
import io.github.cutoverguard.engine.Mode;
import io.github.cutoverguard.engine.RunContext;
import io.github.cutoverguard.engine.input.ProjectFiles;
import io.github.cutoverguard.engine.testing.InventoryManifests;
import io.github.cutoverguard.engine.testing.ProducerReleases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #29: {@code repin} (and {@code rollback}, which reads releases the same way) takes a release only from a tag
 * whose manifest is released: an inventory tag {@code v6.0.0} holding the prepared manifest (no {@code commit_sha}) is
 * one {@code JSON-SCHEMA} breach at {@code /commit_sha}, not also a {@code MANIFEST-ALIGNMENT} for the commit it lacks,
 * and nothing is written.
 */
class RepinPreparedManifestTest {

    @TempDir
    Path root;

    @Test
    void aTagHoldingAPreparedManifestIsNoReleaseToPin() throws Exception {
        try (ProducerReleases inventory = new ProducerReleases(root.resolve("inventory"))) {
            ProducerReleases.Release v6 = inventory.release("v6.0.0", "class StockService {}\n",
                    "contracts/producer-contract-manifest.json", InventoryManifests.prepared("v6.0.0", "stock.v6"));
            Path storefront = Files.createDirectories(root.resolve("storefront"));
            Baseline baseline = new Baseline("v6.0.0", v6.code(), "stock.v6", "stock-api.v2", "inventory/v1");

            Repin.Repinned repinned = Repin.run(new RepinRequest(new RunContext(new ProjectFiles(storefront), Mode.REHEARSAL,
                    baseline, null, null, Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC), null),
                    Path.of("config/integration-pin.json"), Path.of("config/producer-manifest.json"), null,
                    inventory.dir(), null, null, new RepinRequest.NewPin("inventory", "https://git.example.org/inventory.git",
                    "http://127.0.0.1:9090", 1500), LocalDate.of(2026, 11, 22), false));

            assertThat(repinned.result().breaches()).extracting(Breach::ruleId).containsExactly("JSON-SCHEMA");
            assertThat(repinned.result().breaches().get(0).jsonPointer()).isEqualTo("/commit_sha");
            assertThat(repinned.result().breaches().get(0).message()).endsWith(":contracts/producer-contract-manifest.json"
                    + "@v6.0.0 is a prepared manifest (release_tag \"v6.0.0\", no commit_sha): a tag whose manifest has no "
                    + "commit_sha is not a release");
            assertThat(repinned.written()).isFalse();
            assertThat(storefront.resolve("config/integration-pin.json")).doesNotExist();
        }
    }
}
