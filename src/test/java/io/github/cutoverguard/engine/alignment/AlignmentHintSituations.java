package io.github.cutoverguard.engine.alignment;

import io.github.cutoverguard.engine.Breach;
import io.github.cutoverguard.engine.Mode;
import io.github.cutoverguard.engine.Rule;
import io.github.cutoverguard.engine.RunContext;
import io.github.cutoverguard.engine.input.ProjectFiles;
import io.github.cutoverguard.engine.testing.Fixtures;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** For {@code RuleHintsTest}: the reference producer with the one edit that raises each check-alignment rule. */
public final class AlignmentHintSituations {

    private AlignmentHintSituations() {
    }

    /** The breaches of check-alignment in the situation that raises {@code rule}. */
    public static List<Breach> raise(Rule rule, Path project) throws Exception {
        AlignmentFixtures.producerProject(project);
        String openApi = switch (rule) {
            case ALIGN_SERVICE_VERSION -> AlignmentFixtures.openApiText("  version: service.v3", "  version: service.v2");
            case ALIGN_ERROR_CODES -> AlignmentFixtures.openApiText("                - write_failed\n", "");
            case ALIGN_ENVELOPE -> AlignmentFixtures.openApiText(EnvelopeFollowsPolicyTest.LEGACY_THROUGH_REF[0],
                    EnvelopeFollowsPolicyTest.LEGACY_THROUGH_REF[1]) + EnvelopeFollowsPolicyTest.LEGACY_COMPONENT;
            case ALIGN_ERROR_RESPONSES -> AlignmentFixtures.openApiText(ErrorResponsesUseEnvelopeTest.RECALL_WITHOUT_500[0],
                    ErrorResponsesUseEnvelopeTest.RECALL_WITHOUT_500[1]);
            default -> AlignmentFixtures.openApiText();
        };
        Files.writeString(project.resolve("openapi.yaml"), openApi);
        if (rule == Rule.ALIGN_SCHEMA_ID) {
            Fixtures.write(project, "contracts/schemas/draft.schema.json", "{\"type\": \"object\"}\n");
        }
        Path truth = project.resolve("contracts/service-contract-source-of-truth.json");
        if (rule == Rule.ALIGN_SOURCE_OF_TRUTH) {
            Files.writeString(truth, AlignmentFixtures.edit(Files.readString(truth),
                    SourceOfTruthMatchesManifestTest.POLICY_WITHOUT_LEGACY_FORBID[0],
                    SourceOfTruthMatchesManifestTest.POLICY_WITHOUT_LEGACY_FORBID[1]));
        }
        return new CheckAlignmentRequest(new RunContext(new ProjectFiles(project), Mode.REHEARSAL, null, null, null, null,
                null), Path.of("openapi.yaml"), Path.of("contracts/producer-contract-manifest.json"),
                Path.of("contracts/service-contract-source-of-truth.json"), null, null, null,
                List.of("legacy_error", "api_contract_version"), List.of("/v1/query/recall"), null).run().breaches();
    }
}
