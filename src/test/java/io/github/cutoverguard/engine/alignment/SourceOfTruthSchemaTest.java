package io.github.cutoverguard.engine.alignment;

import io.github.cutoverguard.engine.Breach;
import io.github.cutoverguard.engine.schema.MatchesSchema;
import io.github.cutoverguard.engine.schema.SchemaCatalog;
import io.github.cutoverguard.engine.testing.Docs;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue #29: the source of truth has a bundled schema, {@code service-contract-source.v1}. */
class SourceOfTruthSchemaTest {

    /** The inventory team's source of truth for its inventory-service (stock.v6), shared with the ITs. */
    private static final Path INVENTORY = Path.of("src/test/resources/inventory/service-contract-source-of-truth.json");

    private static List<Breach> check(String... fromTo) throws IOException {
        return MatchesSchema.bundled(SchemaCatalog.SOURCE_OF_TRUTH).check(Docs.json("contracts/source-of-truth.json",
                AlignmentFixtures.edit(Files.readString(INVENTORY), fromTo)));
    }

    private static Breach single(List<Breach> breaches) {
        assertThat(breaches).hasSize(1);
        Breach breach = breaches.get(0);
        assertThat(breach.ruleId()).isEqualTo("JSON-SCHEMA");
        assertThat(breach.file()).isEqualTo("contracts/source-of-truth.json");
        assertThat(breach.message()).endsWith("(schema service-contract-source.v1)");
        return breach;
    }

    @Test
    void theReferenceSampleAndATeamsOwnSourceOfTruthMatch() throws IOException {
        assertThat(MatchesSchema.bundled(SchemaCatalog.SOURCE_OF_TRUTH).check(AlignmentFixtures.truth())).isEmpty();
        assertThat(check()).isEmpty();
    }

    @Test
    void aWrongTypeIsJsonSchemaAtItsMember() throws IOException {
        Breach breach = single(check("\"expected_service_contract_version\": \"stock.v6\"",
                "\"expected_service_contract_version\": 6"));
        assertThat(breach.jsonPointer()).isEqualTo("/expected_service_contract_version");
        assertThat(breach.location().line()).isEqualTo(3);
        assertThat(breach.message()).startsWith("expected_service_contract_version is an integer (6), expected string");
    }

    @Test
    void aMissingRequiredMemberIsJsonSchemaNamingIt() throws IOException {
        Breach breach = single(check("  \"integration_baseline\": \"integration/v6\",\n", ""));
        assertThat(breach.jsonPointer()).isEmpty();
        assertThat(breach.message()).startsWith("the document lacks the required property \"integration_baseline\"");
        assertThat(breach.expected()).isEqualTo("integration_baseline");

        Breach policy = single(check(",\n    \"forbids\": [\"legacy_error\", \"api_contract_version\"]", ""));
        assertThat(policy.jsonPointer()).isEqualTo("/non_2xx_envelope_policy");
        assertThat(policy.expected()).isEqualTo("forbids");
    }

    @Test
    void anUnknownVersionMarkerIsJsonSchemaAtTheMarker() throws IOException {
        Breach breach = single(check("\"service-contract-source.v1\"", "\"service-contract-source.v2\""));
        assertThat(breach.jsonPointer()).isEqualTo("/service_contract_source_version");
        assertThat(breach.location().line()).isEqualTo(2);
        assertThat(breach.message()).startsWith("service_contract_source_version is \"service-contract-source.v2\", "
                + "expected \"service-contract-source.v1\"");
    }

    @Test
    void aRepeatedCodeIsNamedAndAnEmptyListRefused() throws IOException {
        Breach repeated = single(check("\"internal_error\"]", "\"internal_error\", \"out_of_stock\"]"));
        assertThat(repeated.jsonPointer()).isEqualTo("/error_code_enum");
        assertThat(repeated.message()).startsWith("error_code_enum lists \"out_of_stock\" more than once");
        assertThat(repeated.hint()).isEqualTo("list \"out_of_stock\" once in error_code_enum");

        Breach empty = single(check("[\"sku_unknown\", \"out_of_stock\", \"internal_error\"]", "[]"));
        assertThat(empty.jsonPointer()).isEqualTo("/error_code_enum");
        assertThat(empty.expected()).isEqualTo("at least 1 item");
    }

    @Test
    void thePolicyIsClosedAndTheDocumentOpen() throws IOException {
        List<Breach> misspelt = check("\"forbids\":", "\"forbid\":");
        assertThat(misspelt).isNotEmpty().allSatisfy(b -> assertThat(b.jsonPointer()).startsWith("/non_2xx_envelope_policy"));
        assertThat(misspelt).extracting(Breach::message).anySatisfy(m -> assertThat(m).contains("forbid"));

        assertThat(check("  \"error_code_enum\"", "  \"owner\": \"inventory-team\",\n  \"error_code_enum\"")).isEmpty();
    }

    @Test
    void everyEndpointIsAPath() throws IOException {
        assertThat(check("  \"error_code_enum\"", "  \"liveness_endpoint\": \"/v1/health\",\n  \"error_code_enum\"")).isEmpty();
        Breach named = single(check("  \"error_code_enum\"", "  \"liveness_endpoint\": \"v1/health\",\n  \"error_code_enum\""));
        assertThat(named.jsonPointer()).isEqualTo("/liveness_endpoint");
        assertThat(named.location().line()).isEqualTo(6);
        Breach other = single(check("  \"error_code_enum\"", "  \"metrics_endpoint\": \"metrics\",\n  \"error_code_enum\""));
        assertThat(other.jsonPointer()).isEqualTo("/metrics_endpoint");
    }
}
