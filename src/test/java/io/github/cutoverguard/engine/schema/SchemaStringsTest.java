package io.github.cutoverguard.engine.schema;

import io.github.cutoverguard.engine.Breach;
import io.github.cutoverguard.engine.input.InputLimits;
import io.github.cutoverguard.engine.input.InputReader;
import io.github.cutoverguard.engine.json.JsonDocument;
import io.github.cutoverguard.engine.json.StrictJsonReader;
import io.github.cutoverguard.engine.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #26, "strings as people see them": a "non-empty" string holds a visible character under Unicode, and a
 * schema's pattern is read as ECMA-262 (a trailing line break never satisfies {@code $}), for the bundled schemas and a
 * user's own alike. The payload is a stock team's rehearsal handoff (stock.v5 → stock.v6).
 */
class SchemaStringsTest {

    private static final String SCHEMA = "rehearsal-handoff.v1";

    @TempDir
    Path dir;

    private static String stockHandoff() {
        return Fixtures.referenceText("producer/SERVICE_V3_REHEARSAL_HANDOFF_CANDIDATE.json")
                .replace("service-v3", "stock-v6").replace("service_v3", "stock_v6").replace("service.v3", "stock.v6")
                .replace("service_v2", "stock_v5").replace("service.v2", "stock.v5")
                .replace("saagar210/MemoryKernel", "acme/inventory");
    }

    private static String edit(String text, String from, String to) {
        assertThat(text).contains(from);
        return text.replace(from, to);
    }

    private List<Breach> handoffBreaches(String text) throws Exception {
        return MatchesSchema.bundled(SCHEMA).check(load(Fixtures.write(dir, "stock-handoff.json", text)));
    }

    private JsonDocument load(Path file) throws Exception {
        return new StrictJsonReader(InputLimits.DEFAULT).parse(new InputReader(1 << 20).read(file, file.getFileName().toString()));
    }

    @Test
    void theStockHandoffPassesAsWritten() throws Exception {
        assertThat(handoffBreaches(stockHandoff())).isEmpty();
    }

    @Test
    void aRepoOfOneZeroWidthSpaceIsEmpty() throws Exception {
        List<Breach> breaches = handoffBreaches(edit(stockHandoff(), "\"repo\": \"acme/inventory\"", "\"repo\": \"\\u200b\""));
        assertThat(breaches).singleElement().satisfies(b -> {
            assertThat(b.ruleId()).isEqualTo("JSON-SCHEMA");
            assertThat(b.jsonPointer()).isEqualTo("/producer/repo");
            assertThat(b.location().line()).isEqualTo(5);
            assertThat(b.message()).contains("/producer/repo").contains("no visible character").contains("\\u200b");
        });
    }

    @Test
    void anActionOfOneNoBreakSpaceIsEmpty() throws Exception {
        String handoff = stockHandoff();
        String action = handoff.substring(handoff.indexOf("\"action\""), handoff.indexOf('"', handoff.indexOf(": \"",
                handoff.indexOf("\"action\"")) + 3) + 1);
        List<Breach> breaches = handoffBreaches(edit(handoff, action, "\"action\": \"\u00a0\""));
        assertThat(breaches).isNotEmpty().allSatisfy(b -> {
            assertThat(b.ruleId()).isEqualTo("JSON-SCHEMA");
            assertThat(b.jsonPointer()).isEqualTo("/rollback_policy/action");
        });
        assertThat(breaches).anySatisfy(b -> assertThat(b.message()).contains("no visible character").contains("\\u00a0"));
    }

    @Test
    void aCommandOfOneIdeographicSpaceIsEmpty() throws Exception {
        List<Breach> breaches = handoffBreaches(edit(stockHandoff(), "\"required_consumer_checks\": [",
                "\"required_consumer_checks\": [\"\u3000\","));
        assertThat(breaches).isNotEmpty().allSatisfy(b -> {
            assertThat(b.ruleId()).isEqualTo("JSON-SCHEMA");
            assertThat(b.jsonPointer()).isEqualTo("/required_consumer_checks/0");
        });
        assertThat(breaches).anySatisfy(b -> assertThat(b.message()).contains("no visible character"));
    }

    /** An inventory team's waiver of a pin breach, with {@code reason} and {@code owner} as given (JSON string bodies). */
    private static String stockWaiver(String reason, String owner) {
        return "{\"schema_version\": \"cutover-waivers.v1\", \"waivers\": [\n  {\"rule\": \"PIN-RELEASE-TAG\",\n"
                + "   \"reason\": \"" + reason + "\",\n   \"owner\": \"" + owner + "\",\n   \"expires\": \"2026-12-31\"}]}\n";
    }

    private List<Breach> breaches(String schema, String text) throws Exception {
        return MatchesSchema.bundled(schema).check(load(Fixtures.write(dir, schema + ".json", text)));
    }

    @Test
    void aWaiverReasonOrOwnerOfInvisibleCharactersIsEmpty() throws Exception {
        assertThat(breaches("cutover-waivers.v1", stockWaiver("stock.v6 tag lands tomorrow", "inventory-team"))).isEmpty();
        assertThat(breaches("cutover-waivers.v1", stockWaiver("\\u200b", "inventory-team"))).singleElement().satisfies(b -> {
            assertThat(b.ruleId()).isEqualTo("JSON-SCHEMA");
            assertThat(b.jsonPointer()).isEqualTo("/waivers/0/reason");
            assertThat(b.location().line()).isEqualTo(3);
            assertThat(b.message()).contains("/waivers/0/reason").contains("no visible character").contains("\\u200b");
        });
        assertThat(breaches("cutover-waivers.v1", stockWaiver("stock.v6 tag lands tomorrow", "\\u3164\\u2800")))
                .extracting(Breach::jsonPointer).containsExactly("/waivers/0/owner");
    }

    @Test
    void anApproverOfOneNoBreakSpaceOrZeroWidthSpaceIsEmpty() throws Exception {
        String approval = java.nio.file.Files.readString(Path.of("schemas/examples/cutover-approval.v1.example.json"))
                .replace("service.v3", "stock.v6").replace("producer-release-owner", "inventory-release-owner")
                .replace("consumer-integration-owner", "storefront-integration-owner");
        assertThat(breaches("cutover-approval.v1", approval)).isEmpty();
        for (String invisible : List.of("\\u00a0", "\\u200b")) {
            List<Breach> breaches = breaches("cutover-approval.v1",
                    edit(approval, "\"storefront-integration-owner@example.org\"", "\"" + invisible + "\""));
            assertThat(breaches).as(invisible).isNotEmpty().allSatisfy(b -> {
                assertThat(b.ruleId()).isEqualTo("JSON-SCHEMA");
                assertThat(b.jsonPointer()).isEqualTo("/approvals/consumer/approved_by");
            });
            assertThat(breaches).as(invisible).anySatisfy(b -> assertThat(b.message()).contains("no visible character"));
        }
    }

    @Test
    void aPolicyKeyWithATrailingNewlineDoesNotMatchThePolicyPattern() throws Exception {
        List<Breach> breaches = handoffBreaches(edit(stockHandoff(), "\"stock_v6_candidate\": {", "\"stock_v6_candidate\\n\": {"));
        assertThat(breaches).singleElement().satisfies(b -> {
            assertThat(b.ruleId()).isEqualTo("JSON-SCHEMA");
            assertThat(b.jsonPointer()).isEqualTo("/non_2xx_envelope_policy/stock_v6_candidate\n");
            assertThat(b.location().line()).isEqualTo(34);
            assertThat(b.message()).contains("stock_v6_candidate\\n");
        });
    }

    @Test
    void aRequiredFieldWithATrailingNewlineDoesNotMatchTheFieldPattern() throws Exception {
        List<Breach> breaches = handoffBreaches(edit(stockHandoff(), "\"legacy_error\"\n      ],\n      \"forbids\"",
                "\"legacy_error\\n\"\n      ],\n      \"forbids\""));
        assertThat(breaches).singleElement().satisfies(b -> {
            assertThat(b.ruleId()).isEqualTo("JSON-SCHEMA");
            assertThat(b.jsonPointer()).isEqualTo("/non_2xx_envelope_policy/stock_v5_stable/requires/3");
            assertThat(b.actual()).isEqualTo("\"legacy_error\\n\"");
        });
    }

    @Test
    void aUsersSchemaPatternIsReadAsEcma262() throws Exception {
        Path schema = Fixtures.write(dir, "sku.schema.json", """
                {"$schema": "https://json-schema.org/draft/2020-12/schema",
                 "type": "object", "properties": {"sku": {"type": "string", "pattern": "^[a-z]+-[0-9]+$"},
                                                  "label": {"type": "string", "pattern": "\\\\S"}}}
                """);
        var compiled = SchemaCatalog.local(schema, "sku.schema.json", InputLimits.DEFAULT);
        var trailing = load(Fixtures.write(dir, "sku.json", "{\"sku\": \"bolt-12\\n\", \"label\": \"\\u3000\"}"));
        assertThat(new MatchesSchema(compiled, "sku.schema.json").check(trailing)).extracting(Breach::jsonPointer)
                .containsExactlyInAnyOrder("/sku", "/label");
        var plain = load(Fixtures.write(dir, "ok.json", "{\"sku\": \"bolt-12\", \"label\": \"M8 bolt\"}"));
        assertThat(new MatchesSchema(compiled, "sku.schema.json").check(plain)).isEmpty();
    }
}
