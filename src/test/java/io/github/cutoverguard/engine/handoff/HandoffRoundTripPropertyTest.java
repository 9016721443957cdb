package io.github.cutoverguard.engine.handoff;

import io.github.cutoverguard.engine.testing.HandoffRequests;
import io.github.cutoverguard.engine.RunContext;
import io.github.cutoverguard.engine.Baseline;
import io.github.cutoverguard.engine.GoalResult;
import io.github.cutoverguard.engine.Mode;
import io.github.cutoverguard.engine.input.ProjectFiles;
import io.github.cutoverguard.engine.input.InputLimits;
import io.github.cutoverguard.engine.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * For several hundred generated contract names ({@code orders-api.v12}, {@code a.b-c.v7}, ...): what
 * the {@code generate-handoff} engine writes, the {@code validate-handoff} engine accepts with no
 * breach, and the same payload forcing the runtime cutover fails with {@code HANDOFF-CUTOVER-FLAG}
 * alone (never {@code JSON-SCHEMA}: the kind and its policies are recognised for any name).
 */
class HandoffRoundTripPropertyTest {

    private static final int NAMES = 300;
    private static final long SEED = 20261122L;
    private static final String ALPHANUMERIC = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    private static final String SEPARATORS = "-.";
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T00:00:00Z"), ZoneOffset.UTC);
    private static final List<String> CONSUMER_CHECKS = List.of("mvn -B verify");
    private static final List<String> PRODUCER_CHECKS = List.of("./mvnw -B verify");

    @TempDir
    Path project;

    /** A contract name: one to four alphanumeric runs joined by runs of dashes and dots, then {@code .v1}..{@code .v999}. */
    static String contractName(Random random, int version) {
        StringBuilder name = new StringBuilder();
        int segments = 1 + random.nextInt(4);
        for (int s = 0; s < segments; s++) {
            if (s > 0) {
                int run = 1 + random.nextInt(2);
                for (int i = 0; i < run; i++) {
                    name.append(SEPARATORS.charAt(random.nextInt(SEPARATORS.length())));
                }
            }
            int length = 1 + random.nextInt(8);
            for (int i = 0; i < length; i++) {
                name.append(ALPHANUMERIC.charAt(random.nextInt(ALPHANUMERIC.length())));
            }
        }
        return name + ".v" + version;
    }

    private static String manifest(String activeContract) {
        return """
                {
                  "manifest_contract_version": "producer-contract-manifest.v1",
                  "release_tag": "v2.7.1",
                  "commit_sha": "0123456789abcdef0123456789abcdef01234567",
                  "expected_service_contract_version": "%s",
                  "expected_api_contract_version": "api.v4",
                  "integration_baseline": "integration/v2",
                  "error_code_enum": ["card_declined", "invoice_not_found", "rate_limited", "internal_error"],
                  "stability_window": {"minimum_sprint_days": 21}
                }
                """.formatted(activeContract);
    }

    @Test
    void whatTheGeneratorWritesTheValidatorAcceptsForAnyContractName() throws Exception {
        Random random = new Random(SEED);
        Set<String> seen = new LinkedHashSet<>(List.of("orders-api.v12", "a.b-c.v7", "billing.v8", "service.v3"));
        while (seen.size() < NAMES) {
            seen.add(contractName(random, 2 + random.nextInt(998)));
        }
        for (String target : seen) {
            int version = Integer.parseInt(target.substring(target.lastIndexOf(".v") + 2));
            String active = target.substring(0, target.lastIndexOf(".v")) + ".v" + (version - 1);
            roundTrip(active, target);
        }
    }

    private void roundTrip(String active, String target) throws Exception {
        Fixtures.write(project, "manifest.json", manifest(active));
        HandoffSettings settings = HandoffRequests.settings("org/producer", target)
                .requiredChecks(PRODUCER_CHECKS, CONSUMER_CHECKS).build();
        Baseline baseline = new Baseline("v2.7.1", "0123456789abcdef0123456789abcdef01234567", active, "api.v4",
                "integration/v2");
        GenerateHandoff.Generated generated = GenerateHandoff.run(new GenerateHandoffRequest(new RunContext(new ProjectFiles(project), Mode.REHEARSAL, baseline, null, InputLimits.DEFAULT, CLOCK, null), Path.of("manifest.json"), Path.of("handoff.json"), settings, Instant.parse("2026-11-20T08:00:00Z")));
        assertThat(generated.result().breaches()).as(target).isEmpty();

        GoalResult accepted = validate(baseline, target, settings);
        assertThat(accepted.breaches()).as("%s -> %s", active, target).isEmpty();
        assertThat(accepted.acceptance().accepted()).as(target).isTrue();

        String text = Files.readString(project.resolve("handoff.json"));
        assertThat(text).contains("\"requires_runtime_cutover\": false");
        Fixtures.write(project, "handoff.json", text.replace("\"requires_runtime_cutover\": false",
                "\"requires_runtime_cutover\": true"));
        GoalResult forced = validate(baseline, target, null);
        assertThat(forced.failedRuleIds()).as("%s -> %s", active, target).containsExactly("HANDOFF-CUTOVER-FLAG");
    }

    private GoalResult validate(Baseline baseline, String target, HandoffSettings stale) throws Exception {
        return HandoffRequests.validate(new RunContext(new ProjectFiles(project), Mode.REHEARSAL, baseline, target,
                null, CLOCK, null), Path.of("handoff.json")).producerManifestFile(Path.of("manifest.json"))
                .requiredChecks(PRODUCER_CHECKS, CONSUMER_CHECKS).staleCheck(stale).run();
    }
}
