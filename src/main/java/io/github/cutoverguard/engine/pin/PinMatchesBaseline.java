package io.github.cutoverguard.engine.pin;

import io.github.cutoverguard.engine.Check;
import io.github.cutoverguard.engine.Rule;
import io.github.cutoverguard.engine.Baseline;
import io.github.cutoverguard.engine.Breach;
import io.github.cutoverguard.engine.json.JsonDocument;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Raises one rule per pin field that differs from the configured {@code <baseline>}:
 * {@link #RELEASE_TAG_RULE}, {@link #COMMIT_SHA_RULE}, {@link #SERVICE_CONTRACT_RULE},
 * {@link #API_CONTRACT_RULE} and {@link #INTEGRATION_BASELINE_RULE}.
 */
public final class PinMatchesBaseline implements Check<JsonDocument> {

    public static final Rule RELEASE_TAG_RULE = Rule.PIN_RELEASE_TAG;
    public static final Rule COMMIT_SHA_RULE = Rule.PIN_COMMIT_SHA;
    public static final Rule SERVICE_CONTRACT_RULE = Rule.PIN_SERVICE_CONTRACT;
    public static final Rule API_CONTRACT_RULE = Rule.PIN_API_CONTRACT;
    public static final Rule INTEGRATION_BASELINE_RULE = Rule.PIN_INTEGRATION_BASELINE;
    /**
     * One rule per pin field: the five comparisons are one logic over a field-to-rule table, so the type states its
     * rule set rather than five classes repeating it.
     */
    public static final Set<Rule> RULES = Set.of(RELEASE_TAG_RULE, COMMIT_SHA_RULE, SERVICE_CONTRACT_RULE,
            API_CONTRACT_RULE, INTEGRATION_BASELINE_RULE);

    private final Baseline baseline;

    public PinMatchesBaseline(Baseline baseline) {
        this.baseline = baseline;
    }

    @Override
    public Set<Rule> rules() {
        return RULES;
    }

    @Override
    public List<Breach> check(JsonDocument pin) {
        List<Breach> breaches = new ArrayList<>();
        compare(pin, PinFields.RELEASE_TAG, baseline.releaseTag(), RELEASE_TAG_RULE).ifPresent(breaches::add);
        compare(pin, PinFields.COMMIT_SHA, baseline.commitSha(), COMMIT_SHA_RULE).ifPresent(breaches::add);
        compare(pin, PinFields.SERVICE_CONTRACT, baseline.serviceContract(), SERVICE_CONTRACT_RULE).ifPresent(breaches::add);
        compare(pin, PinFields.API_CONTRACT, baseline.apiContract(), API_CONTRACT_RULE).ifPresent(breaches::add);
        compare(pin, PinFields.INTEGRATION_BASELINE, baseline.integrationBaseline(), INTEGRATION_BASELINE_RULE)
                .ifPresent(breaches::add);
        return breaches;
    }

    private static Optional<Breach> compare(JsonDocument pin, String field, String expected, Rule rule) {
        if (expected == null) {
            return Optional.empty();
        }
        return pin.text(field).filter(actual -> !actual.equals(expected)).map(actual -> {
            String pointer = JsonDocument.pointerOf(field);
            return pin.breachAt(rule, pointer, field + " is \"" + actual + "\", baseline is \"" + expected + "\"")
                    .expected(expected).actual(actual).build();
        });
    }
}
