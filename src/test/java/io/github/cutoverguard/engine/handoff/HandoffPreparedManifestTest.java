package io.github.cutoverguard.engine.handoff;

import io.github.cutoverguard.engine.Baseline;
import io.github.cutoverguard.engine.Breach;
import io.github.cutoverguard.engine.CheckResult;
import io.github.cutoverguard.engine.CheckStatus;
import io.github.cutoverguard.engine.GoalResult;
import io.github.cutoverguard.engine.Mode;
import io.github.cutoverguard.engine.RunContext;
import io.github.cutoverguard.engine.input.InputLimits;
import io.github.cutoverguard.engine.input.ProjectFiles;
import io.github.cutoverguard.engine.testing.Fixtures;
import io.github.cutoverguard.engine.testing.HandoffRequests;
import io.github.cutoverguard.engine.testing.InventoryManifests;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #29, "released and prepared manifests apart": the handoff goals read the released manifest (the active runtime
 * baseline). An {@code inventory-service} producer released {@code v5.4.0} on {@code stock.v5} and prepares
 * {@code v6.0.0} on {@code stock.v6}: given the prepared manifest (no {@code commit_sha}), {@code generate-handoff}
 * writes nothing and {@code validate-handoff} fails, each with one {@code JSON-SCHEMA} breach at {@code /commit_sha}
 * naming the file and the fix; the checks that need the release's commit say they were skipped because of it.
 */
class HandoffPreparedManifestTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T00:00:00Z"), ZoneOffset.UTC);
    private static final String CODE_SHA = "5e1f0a6c2b7d4e8f9a0b1c2d3e4f5a6b7c8d9e0f";
    private static final Baseline STOCK_V5 = new Baseline("v5.4.0", CODE_SHA, "stock.v5", "stock-api.v2",
            "inventory/v1");
    private static final String RELEASED = InventoryManifests.released("v5.4.0", CODE_SHA, "stock.v5");
    private static final String PREPARED = InventoryManifests.prepared("v6.0.0", "stock.v6");
    private static final Path HANDOFF = Path.of("docs/stock-v6-rehearsal-handoff.json");

    @TempDir
    Path project;

    private RunContext context() {
        return new RunContext(new ProjectFiles(project), Mode.REHEARSAL, STOCK_V5, "stock.v6", InputLimits.DEFAULT, CLOCK,
                null);
    }

    private static HandoffSettings settings() {
        return HandoffRequests.settings("org/inventory-service", "stock.v6")
                .requiredChecks(List.of("./mvnw -B verify"), List.of("mvn -B verify")).build();
    }

    private GenerateHandoff.Generated generate(String manifestFile) throws Exception {
        return GenerateHandoff.run(new GenerateHandoffRequest(context(), Path.of(manifestFile), HANDOFF, settings(),
                Instant.parse("2026-11-20T10:00:00Z")));
    }

    private GoalResult validate(String manifestFile) throws Exception {
        return HandoffRequests.validate(context(), HANDOFF).producerManifestFile(Path.of(manifestFile))
                .staleCheck(settings()).run();
    }

    private static CheckResult check(GoalResult result, String id) {
        return result.checks().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }

    private static void refusedAsPrepared(GoalResult result, String goal) {
        assertThat(result.breaches()).singleElement().satisfies(b -> {
            assertThat(b.ruleId()).isEqualTo("JSON-SCHEMA");
            assertThat(b.file()).isEqualTo("contracts/next/producer-contract-manifest.json");
            assertThat(b.jsonPointer()).isEqualTo("/commit_sha");
            assertThat(b.message()).isEqualTo("contracts/next/producer-contract-manifest.json is a prepared manifest "
                    + "(release_tag \"v6.0.0\", no commit_sha): " + goal + " needs the released manifest (the active "
                    + "runtime baseline) in <producerManifestFile>");
            assertThat(b.hint()).isEqualTo("set <producerManifestFile> to the released manifest (the active runtime "
                    + "baseline's); the prepared one goes in <preparedManifestFile>, which check-alignment reads");
            assertThat(b.location().line()).isEqualTo(1);
        });
    }

    @Test
    void theReleasedManifestGeneratesACandidateTheValidatorAccepts() throws Exception {
        Fixtures.write(project, "contracts/producer-contract-manifest.json", RELEASED);

        assertThat(generate("contracts/producer-contract-manifest.json").outcome())
                .isEqualTo(GenerateHandoff.Outcome.WRITTEN);
        GoalResult result = validate("contracts/producer-contract-manifest.json");

        assertThat(result.breaches()).isEmpty();
        assertThat(check(result, "handoff.stale").status()).isEqualTo(CheckStatus.PASS);
        assertThat(check(result, "manifest.schema").detail()).isEqualTo("producer-contract-manifest.v1, released");
    }

    @Test
    void generateHandoffWritesNothingFromAPreparedManifest() throws Exception {
        Fixtures.write(project, "contracts/next/producer-contract-manifest.json", PREPARED);

        GenerateHandoff.Generated generated = generate("contracts/next/producer-contract-manifest.json");

        assertThat(generated.outcome()).isEqualTo(GenerateHandoff.Outcome.NOT_GENERATED);
        assertThat(Files.exists(project.resolve(HANDOFF))).isFalse();
        refusedAsPrepared(generated.result(), "generate-handoff");
        assertThat(check(generated.result(), "manifest.schema").status()).isEqualTo(CheckStatus.FAIL);
    }

    @Test
    void validateHandoffRefusesAPreparedManifestOnceAndSkipsTheChecksThatNeedItsCommit() throws Exception {
        Fixtures.write(project, "contracts/producer-contract-manifest.json", RELEASED);
        Fixtures.write(project, "contracts/next/producer-contract-manifest.json", PREPARED);
        generate("contracts/producer-contract-manifest.json");

        GoalResult result = validate("contracts/next/producer-contract-manifest.json");

        refusedAsPrepared(result, "validate-handoff");
        CheckResult stale = check(result, "handoff.stale");
        assertThat(stale.status()).isEqualTo(CheckStatus.SKIPPED);
        assertThat(stale.detail()).isEqualTo("contracts/next/producer-contract-manifest.json is a prepared manifest "
                + "(no commit_sha, JSON-SCHEMA): it names no released commit; a candidate is generated from the released one");
        assertThat(result.acceptance().accepted()).isFalse();
    }

    @Test
    void aReleaseHandoffIsNotComparedWithAPreparedManifest() throws Exception {
        Fixtures.write(project, "contracts/next/producer-contract-manifest.json", PREPARED);
        String stable = new HandoffAnyTeamTest.Team("stock", "stock", "stock", 5, 6).rename(
                Fixtures.referenceText(ValidateHandoffTest.STABLE));
        Fixtures.write(project, HANDOFF.toString(), stable);

        GoalResult result = HandoffRequests.validate(context(), HANDOFF)
                .producerManifestFile(Path.of("contracts/next/producer-contract-manifest.json")).run();

        assertThat(result.breaches()).filteredOn(b -> "contracts/next/producer-contract-manifest.json".equals(b.file()))
                .extracting(Breach::ruleId, Breach::jsonPointer).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("JSON-SCHEMA", "/commit_sha"));
        assertThat(check(result, "handoff.baseline").detail()).contains("release fields not compared: "
                + "contracts/next/producer-contract-manifest.json is a prepared manifest (no commit_sha, JSON-SCHEMA)");
        assertThat(result.breaches()).noneMatch(b -> b.ruleId().equals("HANDOFF-BASELINE")
                && b.message().contains("producer-contract-manifest"));
    }
}
