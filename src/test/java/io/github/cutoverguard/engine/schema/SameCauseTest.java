package io.github.cutoverguard.engine.schema;

import io.github.cutoverguard.engine.Breach;
import io.github.cutoverguard.engine.CheckResult;
import io.github.cutoverguard.engine.CheckStatus;
import io.github.cutoverguard.engine.Rule;
import io.github.cutoverguard.engine.testing.Docs;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link SameCause}: a later check's breach at a member the schema refused is left out and its part skipped. */
class SameCauseTest {

    private static final String WINDOW = """
            {"reorder": {"window_days": "two weeks", "inventory_v5_fallback_ready": false}}
            """;

    private static Breach at(Rule rule, String pointer) {
        return Breach.error(rule, "stock window breach at " + pointer).file("config/stock-window.json").pointer(pointer).build();
    }

    @Test
    void aBreachAtARefusedMemberIsLeftOutAndItsPartSkippedWhileOtherBreachesStay() {
        List<Breach> schema = List.of(at(Rule.JSON_SCHEMA, "/reorder/window_days"));
        CheckResult overlap = CheckResult.ran("handoff.overlap", "overlap holds", List.of(
                at(Rule.HANDOFF_OVERLAP, "/reorder/window_days"),
                at(Rule.HANDOFF_OVERLAP, "/reorder/inventory_v5_fallback_ready")));

        List<CheckResult> results = SameCause.ofSchema(schema).apply(overlap);

        assertThat(results).hasSize(2);
        assertThat(results.get(0).status()).isEqualTo(CheckStatus.FAIL);
        assertThat(results.get(0).breaches()).extracting(Breach::jsonPointer).containsExactly("/reorder/inventory_v5_fallback_ready");
        assertThat(results.get(1)).isEqualTo(CheckResult.skipped("handoff.overlap/reorder/window_days",
                "reorder/window_days does not match the schema (JSON-SCHEMA)"));
    }

    @Test
    void aMissingRequiredMemberRefusesThatMemberNotItsObject() {
        List<Breach> schema = new MatchesSchema(SchemaCatalog.bundled("integration-pin.v1"), "integration-pin.v1")
                .check(Docs.json("config/integration-pin.json", WINDOW));
        assertThat(schema.stream().flatMap(b -> MatchesSchema.refusedMembers(b).stream()))
                .contains("/release_tag", "/commit_sha").doesNotContain("");
        CheckResult untouched = CheckResult.ran("pin.format", "formats", List.of(at(Rule.PIN_FORMAT, "/reorder/x")));
        assertThat(SameCause.ofSchema(schema).apply(untouched)).containsExactly(untouched);
    }

    @Test
    void aBreachAtTheSamePointerOfAnotherFileIsAnotherCause() {
        List<Breach> schema = List.of(at(Rule.JSON_SCHEMA, "/commit_sha"));
        CheckResult alignment = CheckResult.ran("manifest.alignment", "aligned", List.of(Breach.error(Rule.MANIFEST_ALIGNMENT,
                "commit_sha differs").file("config/inventory-manifest.json").pointer("/commit_sha").build()));
        assertThat(SameCause.ofSchema(schema).apply(alignment)).containsExactly(alignment);
    }

    @Test
    void aSkippedCheckOrNoRefusalLeavesTheCheckAsItIs() {
        CheckResult skipped = CheckResult.skipped("handoff.stale", "checkStale is false");
        assertThat(SameCause.ofSchema(List.of(at(Rule.JSON_SCHEMA, "/a"))).apply(skipped)).containsExactly(skipped);
        CheckResult ran = CheckResult.ran("handoff.commands", "listed", List.of(at(Rule.HANDOFF_COMMANDS, "/a")));
        assertThat(SameCause.ofSchema(List.of()).apply(ran)).containsExactly(ran);
    }
}
