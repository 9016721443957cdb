package io.github.cutoverguard.engine;

import io.github.cutoverguard.engine.git.ManifestAtTag;
import io.github.cutoverguard.engine.repin.RollbackReady;
import io.github.cutoverguard.engine.repin.RollbackRequest;
import io.github.cutoverguard.engine.alignment.AlignmentHintSituations;
import io.github.cutoverguard.engine.cutover.CutoverApprovalHolds;
import io.github.cutoverguard.engine.docs.DocumentContainsLines;
import io.github.cutoverguard.engine.docs.DocumentHasUpdatedMarker;
import io.github.cutoverguard.engine.guard.GuardHintSituations;
import io.github.cutoverguard.engine.handoff.HandoffHintSituations;
import io.github.cutoverguard.engine.input.InputLimits;
import io.github.cutoverguard.engine.input.ProjectFiles;
import io.github.cutoverguard.engine.json.InputLoader;
import io.github.cutoverguard.engine.json.JsonDocument;
import io.github.cutoverguard.engine.markdown.MarkdownDocument;
import io.github.cutoverguard.engine.matrix.CompatibilityMatrix;
import io.github.cutoverguard.engine.matrix.MatrixCarriesBaseline;
import io.github.cutoverguard.engine.matrix.MatrixHasApprovedRow;
import io.github.cutoverguard.engine.parity.VerifyParityRequest;
import io.github.cutoverguard.engine.pin.CheckPinRequest;
import io.github.cutoverguard.engine.pin.ErrorCodesMatchExpected;
import io.github.cutoverguard.engine.pin.ManifestAlignsWithPin;
import io.github.cutoverguard.engine.pin.ManifestMatchesPinnedHash;
import io.github.cutoverguard.engine.pin.MirrorMatchesProducerManifest;
import io.github.cutoverguard.engine.pin.PinAvoidsTargetContract;
import io.github.cutoverguard.engine.pin.PinFormats;
import io.github.cutoverguard.engine.pin.PinMatchesBaseline;
import io.github.cutoverguard.engine.schema.MatchesSchema;
import io.github.cutoverguard.engine.testing.Docs;
import io.github.cutoverguard.engine.testing.Fixtures;
import io.github.cutoverguard.engine.verdict.VerdictHintSituations;
import io.github.cutoverguard.engine.waiver.Waivers;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every rule's hint in the situation that raises it: the smallest such situation, built for a storefront consumer of an
 * inventory producer ({@code stock.v5} -> {@code stock.v6}) and run through the real check, must give a hint that
 * names the fix, so that a hint that drifts from its situation fails here. The switch is exhaustive: a new rule does
 * not compile until it has its case.
 */
class RuleHintsTest {

    static final Baseline STOCK_V5 = new Baseline("v5.2.0", "b".repeat(40), "stock.v5", "stock-api.v2", "inventory/v1");
    static final String PIN = """
            {
              "inventory_repo": "https://git.example.org/inventory.git",
              "release_tag": "v5.2.0",
              "commit_sha": "%s",
              "expected_service_contract_version": "%s",
              "expected_api_contract_version": "stock-api.v2",
              "expected_integration_baseline": "inventory/v1",
              "expected_producer_manifest_sha256": "%s",
              "default_base_url": "http://127.0.0.1:9090",
              "default_timeout_ms": 1500
            }
            """;
    static final String MANIFEST = """
            {
              "manifest_contract_version": "producer-contract-manifest.v1",
              "release_tag": "v5.2.0",
              "commit_sha": "%s",
              "expected_service_contract_version": "stock.v5",
              "expected_api_contract_version": "stock-api.v2",
              "integration_baseline": "inventory/v1",
              "error_code_enum": ["sku_not_found"],
              "stability_window": {"minimum_sprint_days": 14}
            }
            """;

    @TempDir
    Path project;

    /** What the situation raised, and the words of the fix its hint must hold. */
    record Raised(List<Breach> breaches, String... fix) {
    }

    private static JsonDocument pin(String sha, String contract) {
        return Docs.json("config/integration-pin.json", PIN.formatted(sha, contract, "a".repeat(64)));
    }

    private static JsonDocument manifest(String sha) {
        return Docs.json("config/inventory-manifest.json", MANIFEST.formatted(sha));
    }

    private InputLoader loader() {
        return new InputLoader(new ProjectFiles(project), InputLimits.DEFAULT);
    }

    private static Baseline with(int field, String value) {
        String[] v = {STOCK_V5.releaseTag(), STOCK_V5.commitSha(), STOCK_V5.serviceContract(), STOCK_V5.apiContract(),
                STOCK_V5.integrationBaseline()};
        v[field] = value;
        return new Baseline(v[0], v[1], v[2], v[3], v[4]);
    }

    private static CompatibilityMatrix matrix(String text) {
        return CompatibilityMatrix.of(Docs.raw("docs/inventory-compatibility.md", text));
    }

    private Raised situation(Rule rule) throws Exception {
        JsonDocument pin = pin(STOCK_V5.commitSha(), "stock.v5");
        return switch (rule) {
            case FILE_MISSING -> new Raised(loader().json(Path.of("config/integration-pin.json")).breaches(),
                    "create config/integration-pin.json", "right path");
            case JSON_PARSE -> {
                Fixtures.write(project, "config/integration-pin.json", "{\"release_tag\": \"v5.2.0\", \"release_tag\": \"v5.3.0\"}");
                yield new Raised(loader().json(Path.of("config/integration-pin.json")).breaches(), "remove the repeated key");
            }
            case JSON_SCHEMA -> new Raised(MatchesSchema.bundled("integration-pin.v1").check(Docs.json("config/integration-pin.json",
                    "{\"release_tag\": \"v5.2.0\"}")), "add \"commit_sha\"");
            case PIN_FORMAT -> new Raised(new PinFormats(Pattern.compile(PinFormats.DEFAULT_RELEASE_TAG_PATTERN))
                    .check(pin("b13ae67", "stock.v5")), "full lowercase SHA", "commit_sha", "git rev-parse");
            case PIN_RELEASE_TAG -> new Raised(new PinMatchesBaseline(with(0, "v5.3.0")).check(pin), "repin", "<baseline>");
            case PIN_COMMIT_SHA -> new Raised(new PinMatchesBaseline(with(1, "c".repeat(40))).check(pin), "repin", "<baseline>");
            case PIN_SERVICE_CONTRACT -> new Raised(new PinMatchesBaseline(with(2, "stock.v6")).check(pin),
                    "cutover is approved", "pin and <baseline> together");
            case PIN_API_CONTRACT -> new Raised(new PinMatchesBaseline(with(3, "stock-api.v3")).check(pin),
                    "<baseline><apiContract> together");
            case PIN_INTEGRATION_BASELINE -> new Raised(new PinMatchesBaseline(with(4, "inventory/v2")).check(pin),
                    "<baseline><integrationBaseline> together");
            case PIN_TARGET_CONTRACT -> new Raised(new PinAvoidsTargetContract("stock.v6").check(pin(STOCK_V5.commitSha(),
                    "stock.v6")), "baseline contract", "cutover");
            case MANIFEST_HASH -> new Raised(new ManifestMatchesPinnedHash(pin).check(Docs.raw("config/inventory-manifest.json",
                    MANIFEST.formatted(STOCK_V5.commitSha()))), "restore it", "repin records the release's hash");
            case MANIFEST_SOURCE -> new Raised(new MirrorMatchesProducerManifest(new ManifestAtTag.Found(
                    "contracts/producer-contract-manifest.json", MANIFEST.formatted(STOCK_V5.commitSha()).getBytes()),
                    "../inventory", "v5.2.0").check(Docs.raw("config/inventory-manifest.json",
                    MANIFEST.formatted(STOCK_V5.commitSha()).replace("sku_not_found", "sku_missing"))),
                    "byte-for-byte", "mvn cutover:repin");
            case MANIFEST_ALIGNMENT -> new Raised(new ManifestAlignsWithPin(pin).check(manifest("c".repeat(40))),
                    "mirror the manifest of the pinned release");
            case ERROR_CODES -> new Raised(new ErrorCodesMatchExpected(List.of("sku_not_found", "stock_reserved"))
                    .check(manifest(STOCK_V5.commitSha())), "expectedErrorCodes", "error_code_enum");
            case MATRIX_BASELINE -> new Raised(new MatrixCarriesBaseline(STOCK_V5).check(matrix("# Inventory\n\nNothing yet.\n")),
                    "add the line '- <Name> release tag: `v5.2.0`'");
            case MATRIX_APPROVED_ROW -> new Raised(new MatrixHasApprovedRow(STOCK_V5).check(matrix("# Inventory\n\nNothing yet.\n")),
                    "add a row", "Approved");
            case GIT_TAG_SHA -> {
                Fixtures.write(project, "config/integration-pin.json", PIN.formatted(STOCK_V5.commitSha(), "stock.v5", "a".repeat(64)));
                Fixtures.write(project, "inventory/README.md", "not a clone\n");
                yield new Raised(new CheckPinRequest(new RunContext(new ProjectFiles(project), Mode.REHEARSAL, STOCK_V5, "stock.v6",
                        null, null, null), Path.of("config/integration-pin.json"), null, null, List.of(), Path.of("inventory"),
                        null, null).run().breaches(), "producerRepository");
            }
            case ROLLBACK_READINESS -> {
                Fixtures.write(project, "inventory/README.md", "not a clone\n");
                RunContext context = new RunContext(new ProjectFiles(project), Mode.REHEARSAL, STOCK_V5, "stock.v6", null,
                        null, null);
                yield new Raised(new RollbackReady(context, new RollbackRequest.ReleaseFilesRequest(
                        Path.of("config/integration-pin.json"), null, null, Path.of("inventory"), null))
                        .check(RollbackReady.ReturnTo.pinned(pin, STOCK_V5)), "keep the release to return to");
            }
            case HANDOFF_BASELINE -> new Raised(HandoffHintSituations.raise(rule, project), "regenerate the handoff");
            case HANDOFF_CUTOVER_FLAG -> new Raised(HandoffHintSituations.raise(rule, project), "requires_runtime_cutover");
            case HANDOFF_ENVELOPE_POLICY -> new Raised(HandoffHintSituations.raise(rule, project),
                    "remove it from one of the lists");
            case HANDOFF_OVERLAP -> new Raised(HandoffHintSituations.raise(rule, project), "overlap");
            case HANDOFF_COMMANDS -> new Raised(HandoffHintSituations.raise(rule, project), "required");
            case HANDOFF_STALE -> new Raised(HandoffHintSituations.raise(rule, project), "mvn cutover:generate-handoff");
            case PARITY_MISSING, PARITY_EXTRA, PARITY_DIFFERENT -> parity(rule);
            case ALIGN_SERVICE_VERSION -> new Raised(AlignmentHintSituations.raise(rule, project), "info.version");
            case ALIGN_ERROR_CODES -> new Raised(AlignmentHintSituations.raise(rule, project), "error_code_enum");
            case ALIGN_ENVELOPE -> new Raised(AlignmentHintSituations.raise(rule, project), "envelope");
            case ALIGN_ERROR_RESPONSES -> new Raised(AlignmentHintSituations.raise(rule, project), "500");
            case ALIGN_SCHEMA_ID -> new Raised(AlignmentHintSituations.raise(rule, project), "$id");
            case ALIGN_SOURCE_OF_TRUTH -> new Raised(AlignmentHintSituations.raise(rule, project), "non_2xx_envelope_policy.forbids",
                    "<apiEnvelopeForbids>");
            case GUARD_PIN_CHANGED -> new Raised(GuardHintSituations.raise(rule, project), "git restore");
            case GUARD_RUNTIME_SWITCH -> new Raised(GuardHintSituations.raise(rule, project), "remove");
            case GUARD_ENDPOINT_BOUNDARY -> new Raised(GuardHintSituations.raise(rule, project), "adapter");
            case GUARD_FALLBACK_REGRESSION -> new Raised(GuardHintSituations.raise(rule, project), "fix the fallback");
            case GUARD_FALLBACK_MISSING -> new Raised(GuardHintSituations.raise(rule, project), "fallback tests");
            case DOCS_MISSING_SNIPPET -> new Raised(new DocumentContainsLines("docs/STOREFRONT.md",
                    List.of("- Inventory release tag: `v5.2.0`")).check(MarkdownDocument.parse("# Storefront\n")),
                    "add the line");
            case DOCS_UPDATED_MARKER -> new Raised(new DocumentHasUpdatedMarker("docs/STOREFRONT.md", LocalDate.of(2026, 11, 29))
                    .check(MarkdownDocument.parse("# Storefront\n")), "add a line \"Updated: 2026-11-29\"");
            case CUTOVER_APPROVAL -> new Raised(new CutoverApprovalHolds(with(0, "v6.0.0"), Instant.parse("2026-11-29T10:00:00Z"),
                    null).check(Docs.json("config/stock-cutover-approval.json", "{\"schema_version\": \"cutover-approval.v1\"}")),
                    "approval");
            case VERDICT_INCOMPLETE -> new Raised(VerdictHintSituations.incomplete(), "failed first", "fix it");
            case WAIVER_EXPIRED, WAIVER_UNUSED -> waiver(rule);
        };
    }

    private Raised parity(Rule rule) throws Exception {
        Fixtures.write(project, "contracts/stock.schema.json", "{}\n");
        Fixtures.write(project, "storefront/contracts/stock.schema.json",
                rule == Rule.PARITY_DIFFERENT ? "{\"changed\": true}\n" : "{}\n");
        if (rule == Rule.PARITY_MISSING) {
            Fixtures.write(project, "contracts/reservation.schema.json", "{}\n");
        } else if (rule == Rule.PARITY_EXTRA) {
            Fixtures.write(project, "storefront/contracts/basket.schema.json", "{}\n");
        }
        List<Breach> breaches = new VerifyParityRequest(new RunContext(new ProjectFiles(project), Mode.REHEARSAL, null, null,
                null, null, null), Path.of("contracts"), List.of(Path.of("storefront/contracts")),
                VerifyParityRequest.selection(VerifyParityRequest.DEFAULT_INCLUDES, List.of()), false, 1).run().breaches();
        return switch (rule) {
            case PARITY_MISSING -> new Raised(breaches, "copy contracts/reservation.schema.json into the mirror");
            case PARITY_EXTRA -> new Raised(breaches, "remove the file from the mirror");
            default -> new Raised(breaches, "copy contracts/stock.schema.json over the mirror's copy");
        };
    }

    private Raised waiver(Rule rule) throws Exception {
        Fixtures.write(project, "config/cutover-waivers.json", "{\"schema_version\": \"cutover-waivers.v1\", \"waivers\": ["
                + "{\"rule\": \"PIN-FORMAT\", \"reason\": \"inventory tags by hand\", \"owner\": \"storefront-team\", "
                + "\"expires\": \"" + (rule == Rule.WAIVER_EXPIRED ? "2026-11-28" : "2026-12-31") + "\"}]}\n");
        Waivers waivers = Waivers.read(loader(), Path.of("config/cutover-waivers.json"), 14, 90, LocalDate.of(2026, 11, 29));
        GoalResult checked = new GoalResult("check-pin", Instant.parse("2026-11-29T10:00:00Z"), Mode.REHEARSAL, STOCK_V5,
                "stock.v6", List.of(), List.of(CheckResult.ran("pin.baseline", "pin fields equal <baseline>", List.of())));
        List<Breach> breaches = waivers.apply(List.of(checked), STOCK_V5, LocalDate.of(2026, 11, 29), true).check().breaches();
        return rule == Rule.WAIVER_EXPIRED ? new Raised(breaches, "fix the breach and delete the waiver", "new expires day")
                : new Raised(breaches, "delete the waiver");
    }

    @ParameterizedTest
    @EnumSource(Rule.class)
    void eachRulesHintNamesTheFixOfTheSituationThatRaisesIt(Rule rule) throws Exception {
        Raised raised = situation(rule);
        List<Breach> ofRule = raised.breaches().stream().filter(b -> b.rule() == rule).toList();
        assertThat(ofRule).as("the situation raises " + rule).isNotEmpty();
        assertThat(raised.breaches()).as("the smallest situation raises " + rule + " alone")
                .allSatisfy(b -> assertThat(b.rule()).isEqualTo(rule));
        assertThat(ofRule.get(0).hint()).as(rule + ": " + ofRule.get(0).message()).contains(raised.fix());
    }
}
