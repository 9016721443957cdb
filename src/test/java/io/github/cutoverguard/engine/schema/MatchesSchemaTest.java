package io.github.cutoverguard.engine.schema;

import io.github.cutoverguard.engine.Breach;
import io.github.cutoverguard.engine.Location;
import io.github.cutoverguard.engine.input.InputLimits;
import io.github.cutoverguard.engine.testing.Docs;
import io.github.cutoverguard.engine.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** {@link MatchesSchema}: one breach per schema error, at the value's pointer and line, with what was found. */
class MatchesSchemaTest {

    @TempDir
    Path dir;

    private List<Breach> check(String schema, String document) throws Exception {
        Path file = Fixtures.write(dir, "limits.schema.json", schema);
        return new MatchesSchema(SchemaCatalog.local(file, "limits.schema.json", InputLimits.DEFAULT), "limits.schema.json").check(Docs.json("config/x.json", document));
    }

    @Test
    void aScalarValueIsReportedAsFoundAndLongOnesAreAbbreviated() throws Exception {
        String schema = "{\"type\": \"object\", \"properties\": {\"tag\": {\"type\": \"string\", \"maxLength\": 3}}}";
        String exact = "t".repeat(118);
        Breach fits = check(schema, "{\n  \"tag\": \"" + exact + "\"\n}").get(0);
        assertThat(fits.ruleId()).isEqualTo("JSON-SCHEMA");
        assertThat(fits.file()).isEqualTo("config/x.json");
        assertThat(fits.jsonPointer()).isEqualTo("/tag");
        assertThat(fits.location()).isEqualTo(new Location(2, 10));
        assertThat(fits.expected()).isEqualTo("at most 3 characters");
        assertThat(fits.actual()).isEqualTo("\"" + exact + "\"").hasSize(120);
        assertThat(fits.message()).startsWith("tag is \"ttt").endsWith(", expected at most 3 characters (schema limits.schema.json)");

        Breach cut = check(schema, "{\"tag\": \"" + exact + "t\"}").get(0);
        assertThat(cut.actual()).isEqualTo("\"" + "t".repeat(116) + "...").hasSize(120);
    }

    @Test
    void aContainerValueIsNotRepeatedAsFound() throws Exception {
        List<Breach> breaches = check("{\"properties\": {\"list\": {\"maxItems\": 1}}}", "{\"list\": [1, 2]}");
        assertThat(breaches).singleElement().satisfies(b -> {
            assertThat(b.jsonPointer()).isEqualTo("/list");
            assertThat(b.expected()).isEqualTo("at most 1 item");
            assertThat(b.message()).isEqualTo("list has 2 items, expected at most 1 item (schema limits.schema.json)");
            assertThat(b.actual()).isNull();
        });
    }

    /** A schema's own bound beyond int range (a consumer's schemaFile) is worded as written, never a crash. */
    @Test
    void aSchemaBoundBeyondIntRangeIsWordedAsWritten() throws Exception {
        for (String bound : List.of("1e20", "3000000000", "10000000000000000000000", "1e400")) {
            List<Breach> breaches = check("{\"properties\": {\"sku\": {\"minLength\": " + bound + "}, "
                    + "\"bins\": {\"minItems\": " + bound + "}}}", "{\"sku\": \"ab\", \"bins\": [1]}");
            String written = bound.contains("e") ? new java.math.BigDecimal(bound).toString() : bound;
            assertThat(breaches).as(bound).extracting(Breach::jsonPointer, Breach::expected).containsExactlyInAnyOrder(
                    tuple("/bins", "at least " + written + " items"), tuple("/sku", "at least " + written + " characters"));
        }
    }

    @Test
    void aWrongRootIsReportedForTheDocument() throws Exception {
        List<Breach> breaches = check("{\"type\": \"object\"}", "[1]");
        assertThat(breaches).singleElement().satisfies(b -> {
            assertThat(b.jsonPointer()).isEmpty();
            assertThat(b.message()).isEqualTo("the document is an array, expected object (schema limits.schema.json)");
        });
    }
}
