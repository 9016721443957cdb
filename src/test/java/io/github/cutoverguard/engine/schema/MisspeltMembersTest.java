package io.github.cutoverguard.engine.schema;

import io.github.cutoverguard.engine.Breach;
import io.github.cutoverguard.engine.input.InputLimits;
import io.github.cutoverguard.engine.testing.Docs;
import io.github.cutoverguard.engine.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link MisspeltMembers}: a member only the catch-all admits, near a named one, is a misspelling said once. */
class MisspeltMembersTest {

    private static final String STOCK_WINDOW = """
            {"type": "object", "properties": {"window": {"type": "object", "required": ["reorder_days"],
              "properties": {"reorder_days": {"type": "integer"}}, "additionalProperties": {"type": "boolean"}}}}
            """;

    @TempDir
    Path dir;

    private List<Breach> check(String document) throws Exception {
        Path file = Fixtures.write(dir, "stock-window.schema.json", STOCK_WINDOW);
        return new MatchesSchema(SchemaCatalog.local(file, "stock-window.schema.json", InputLimits.DEFAULT),
                "stock-window.schema.json").check(Docs.json("config/stock.json", document));
    }

    @Test
    void aMisspeltMemberIsNamedWithTheMemberItStandsForAndItsAbsenceIsNotReportedAgain() throws Exception {
        assertThat(check("{\"window\": {\"reorder_dayz\": 7}}")).singleElement().satisfies(b -> {
            assertThat(b.jsonPointer()).isEqualTo("/window/reorder_dayz");
            assertThat(b.message()).isEqualTo("window/reorder_dayz is no member the schema names (its other members are "
                    + "boolean flags): did you mean reorder_days? (schema stock-window.schema.json)");
            assertThat(b.hint()).isEqualTo("rename \"reorder_dayz\" to \"reorder_days\"");
        });
    }

    @Test
    void aFlagFarFromEveryNamedMemberKeepsItsTypeBreach() throws Exception {
        List<Breach> breaches = check("{\"window\": {\"reorder_days\": 7, \"inventory_v6_fallback_ready\": \"yes\"}}");
        assertThat(breaches).singleElement().satisfies(b -> {
            assertThat(b.message()).startsWith("window/inventory_v6_fallback_ready is a string (\"yes\"), expected boolean");
            assertThat(b.hint()).isEqualTo("write window/inventory_v6_fallback_ready as boolean");
        });
    }
}
