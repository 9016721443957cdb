package io.github.cutoverguard.engine.alignment;

import io.github.cutoverguard.engine.Breach;
import io.github.cutoverguard.engine.Location;
import io.github.cutoverguard.engine.json.JsonDocument;
import io.github.cutoverguard.engine.testing.Docs;
import io.github.cutoverguard.engine.testing.Fixtures;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ContractSchemasHaveIdsTest {

    private static JsonDocument reference(String name) {
        return Docs.json("contracts/schemas/" + name, Fixtures.referenceText(AlignmentFixtures.PACK + "/schemas/" + name));
    }

    private static List<JsonDocument> referenceSchemas() {
        return List.of(reference("context-package-envelope.schema.json"), reference("error-envelope.schema.json"),
                reference("proposed-memory-write.schema.json"), reference("trust-gate-attachment.schema.json"));
    }

    @Test
    void referenceSchemasHaveUniqueIdsAndNoEmptyKeys() {
        assertThat(new ContractSchemasHaveIds().check(referenceSchemas())).isEmpty();
    }

    @Test
    void schemaWithoutIdFailsAtItsRoot() {
        String text = AlignmentFixtures.edit(Fixtures.referenceText(AlignmentFixtures.PACK + "/schemas/error-envelope.schema.json"),
                "  \"$id\": \"https://memorykernel.dev/contracts/integration/v1/error-envelope.schema.json\",\n", "");
        List<Breach> breaches = new ContractSchemasHaveIds().check(List.of(Docs.json("contracts/schemas/error-envelope.schema.json", text)));
        assertThat(breaches).singleElement().satisfies(b -> {
            assertThat(b.ruleId()).isEqualTo("ALIGN-SCHEMA-ID");
            assertThat(b.message()).isEqualTo("contracts/schemas/error-envelope.schema.json has no $id");
            assertThat(b.location()).isEqualTo(new Location(1, 1));
        });
    }

    @Test
    void emptyOrNonStringIdFailsAtTheId() {
        for (String id : new String[] {"\"\"", "\"  \"", "42", "null"}) {
            List<Breach> breaches = new ContractSchemasHaveIds().check(List.of(Docs.json("s.json", "{\n  \"$id\": " + id + "\n}")));
            assertThat(breaches).singleElement().satisfies(b -> {
                assertThat(b.message()).isEqualTo("s.json has an empty $id");
                assertThat(b.location()).isEqualTo(new Location(2, 10));
            });
        }
    }

    @Test
    void repeatedIdFailsOnTheSecondSchema() {
        List<Breach> breaches = new ContractSchemasHaveIds().check(List.of(Docs.json("a.json", "{\"$id\": \"urn:x\"}"),
                Docs.json("b.json", "{\"$id\": \"urn:x\"}")));
        assertThat(breaches).singleElement().satisfies(b -> {
            assertThat(b.file()).isEqualTo("b.json");
            assertThat(b.message()).isEqualTo("b.json has the $id \"urn:x\" of a.json");
        });
    }

    @Test
    void emptyKeysAnywhereFailAtTheirValue() {
        List<Breach> breaches = new ContractSchemasHaveIds().check(List.of(Docs.json("s.json",
                "{\n  \"$id\": \"urn:s\",\n  \"\": 1,\n  \"properties\": {\n    \"a\": {\"items\": [{\"\": {}}]}\n  }\n}")));
        assertThat(breaches).extracting(Breach::message).containsExactly(
                "s.json has an empty property name in its root object",
                "s.json has an empty property name in /properties/a/items/0");
        assertThat(breaches).extracting(Breach::location).containsExactly(new Location(3, 7), new Location(5, 26));
    }

    @Test
    void schemaThatIsNotAnObjectHasNoId() {
        assertThat(new ContractSchemasHaveIds().check(List.of(Docs.json("s.json", "[]")))).extracting(Breach::message)
                .containsExactly("s.json has no $id");
    }
}
