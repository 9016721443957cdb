package io.github.cutoverguard.engine.schema;

import com.networknt.schema.Schema;
import io.github.cutoverguard.engine.Breach;
import io.github.cutoverguard.engine.input.InputLimits;
import io.github.cutoverguard.engine.testing.Docs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue #17: a JSON-SCHEMA breach says what the failing keyword expected, and how to fix it. */
class SchemaExpectationTest {

    @TempDir
    Path dir;

    private static List<Breach> manifest(String json) {
        return MatchesSchema.bundled(SchemaCatalog.PRODUCER_MANIFEST).check(Docs.json("config/producer-manifest.json", json));
    }

    private static final String MANIFEST = """
            {"manifest_contract_version": "producer-contract-manifest.v1", "release_tag": "v7.4.0",
             "commit_sha": "0123456789abcdef0123456789abcdef01234567", "expected_service_contract_version": "billing.v7",
             "expected_api_contract_version": "billing-api.v3", "integration_baseline": "integration/v2",
             "error_code_enum": ["invoice_not_found"]}
            """;

    @Test
    void aConstantSaysWhichValueIsExpected() {
        assertThat(manifest(MANIFEST)).isEmpty();
        assertThat(manifest(MANIFEST.replace("contract-manifest.v1\"", "contract-manifest.v2\""))).singleElement()
                .satisfies(b -> {
                    assertThat(b.message()).isEqualTo("manifest_contract_version is \"producer-contract-manifest.v2\", "
                            + "expected \"producer-contract-manifest.v1\" (schema producer-contract-manifest.v1)");
                    assertThat(b.expected()).isEqualTo("\"producer-contract-manifest.v1\"");
                    assertThat(b.hint()).isEqualTo("set manifest_contract_version to \"producer-contract-manifest.v1\"");
                });
    }

    @Test
    void aMissingPropertyIsNamedWithWhereToAddIt() {
        List<Breach> breaches = MatchesSchema.bundled("integration-pin.v1").check(Docs.json("config/integration-pin.json", """
                {"release_tag": "v7.4.0", "commit_sha": "0123456789abcdef0123456789abcdef01234567",
                 "expected_service_contract_version": "billing.v7", "expected_api_contract_version": "billing-api.v3",
                 "expected_integration_baseline": "integration/v2",
                 "expected_producer_manifest_sha256": "0000000000000000000000000000000000000000000000000000000000000000",
                 "default_timeout_ms": 50}
                """));
        assertThat(breaches).extracting(Breach::message).contains(
                "the document lacks the required property \"default_base_url\" (schema integration-pin.v1)",
                "default_timeout_ms is 50, expected at least 100 (schema integration-pin.v1)");
        assertThat(breaches).extracting(Breach::hint).contains("add \"default_base_url\" to the document",
                "set default_timeout_ms to a number at least 100");
    }

    @Test
    void patternsTypesLengthsAndItemCountsAreSpelledOut() {
        List<Breach> breaches = manifest(MANIFEST.replace("\"0123456789abcdef0123456789abcdef01234567\"", "\"abc\"")
                .replace("\"billing-api.v3\"", "3").replace("\"v7.4.0\"", "\"\"")
                .replace("[\"invoice_not_found\"]", "[]"));
        assertThat(breaches).extracting(Breach::message).containsExactlyInAnyOrder(
                "commit_sha is \"abc\", which does not match the pattern ^([0-9a-f]{40}|[0-9a-f]{64})$ (schema "
                        + "producer-contract-manifest.v1)",
                "expected_api_contract_version is an integer (3), expected string (schema producer-contract-manifest.v1)",
                "release_tag is \"\", expected at least 1 character (schema producer-contract-manifest.v1)",
                "error_code_enum has 0 items, expected at least 1 item (schema producer-contract-manifest.v1)");
    }

    @Test
    void enumsAndUnknownPropertiesOfAUserSchema() throws Exception {
        Path schemaFile = Files.writeString(dir.resolve("mode.schema.json"), """
                {"$schema": "https://json-schema.org/draft/2020-12/schema", "type": "object",
                 "properties": {"mode": {"enum": ["stable", "candidate"]}, "window": {"type": "integer", "maximum": 30}},
                 "additionalProperties": false}
                """);
        Schema schema = SchemaCatalog.local(schemaFile, "mode.schema.json", InputLimits.DEFAULT);
        List<Breach> breaches = new MatchesSchema(schema, "mode.schema.json").check(Docs.json("handoff.json",
                "{\"mode\": \"beta\", \"window\": 45, \"modee\": 1}"));
        assertThat(breaches).extracting(Breach::message).containsExactlyInAnyOrder(
                "mode is \"beta\", expected one of \"stable\", \"candidate\" (schema mode.schema.json)",
                "window is 45, expected at most 30 (schema mode.schema.json)",
                "the document has the property \"modee\", which the schema does not define (schema mode.schema.json)");
        assertThat(breaches).filteredOn(b -> b.message().contains("modee")).singleElement().satisfies(b -> {
            assertThat(b.jsonPointer()).isEqualTo("/modee");
            assertThat(b.location().column()).isEqualTo(41);
            assertThat(b.hint()).isEqualTo("remove \"modee\" (or correct its name)");
        });
    }
}
