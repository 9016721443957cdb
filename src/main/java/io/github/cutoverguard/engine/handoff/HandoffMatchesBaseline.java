package io.github.cutoverguard.engine.handoff;

import io.github.cutoverguard.engine.Check;
import io.github.cutoverguard.engine.Rule;
import io.github.cutoverguard.engine.Baseline;
import io.github.cutoverguard.engine.Breach;
import io.github.cutoverguard.engine.json.JsonDocument;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Raises {@link #RULE} when the payload's active runtime baseline differs from {@code <baseline>},
 * or when a release handoff's own release fields differ from its active baseline where they must
 * match (a candidate may change only the service contract; a stable release nothing).
 */
public final class HandoffMatchesBaseline implements Check<HandoffPayload> {

    public static final Rule RULE = Rule.HANDOFF_BASELINE;

    private final Baseline baseline;

    public HandoffMatchesBaseline(Baseline baseline) {
        this.baseline = baseline;
    }

    @Override
    public Set<Rule> rules() {
        return Set.of(RULE);
    }

    @Override
    public List<Breach> check(HandoffPayload payload) {
        JsonDocument doc = payload.document();
        List<Breach> breaches = new ArrayList<>();
        Map<String, HandoffPayload.Field> active = payload.activeBaseline();
        Map<String, String> expected = Map.of(
                "releaseTag", nullToEmpty(baseline.releaseTag()),
                "commitSha", nullToEmpty(baseline.commitSha()),
                "serviceContract", nullToEmpty(baseline.serviceContract()),
                "apiContract", nullToEmpty(baseline.apiContract()),
                "integrationBaseline", nullToEmpty(baseline.integrationBaseline()));
        active.forEach((part, field) -> {
            String want = expected.get(part);
            field.text().filter(actual -> !want.isEmpty() && !actual.equals(want)).ifPresent(actual ->
                    breaches.add(doc.breachAt(RULE, field.pointer(), leaf(field.pointer()) + " of the active runtime baseline is \""
                                    + actual + "\", <baseline> is \"" + want + "\"")
                            .expected(want).actual(actual).build()));
        });
        payload.releaseFieldsThatMustMatchActive().forEach((part, field) -> {
            String activeValue = active.get(part).text().orElse(null);
            field.text().filter(actual -> activeValue != null && !actual.equals(activeValue)).ifPresent(actual ->
                    breaches.add(doc.breachAt(RULE, field.pointer(), leaf(field.pointer()) + " is \"" + actual
                                    + "\" but the active runtime baseline has \"" + activeValue + "\"")
                            .expected(activeValue).actual(actual)
                            .hint("a release handoff must describe the active runtime baseline's release; regenerate it")
                            .build()));
        });
        return breaches;
    }

    private static String leaf(String pointer) {
        return pointer.substring(pointer.lastIndexOf('/') + 1);
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
