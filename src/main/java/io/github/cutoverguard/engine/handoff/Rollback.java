package io.github.cutoverguard.engine.handoff;

import java.util.List;

/**
 * The rollback the candidate states, by the POM's names. A {@code null} or empty value takes its default.
 *
 * @param rollbackTriggers what triggers a rollback (default {@code consumer_contract_suite_red},
 *                         {@code non_2xx_envelope_shape_mismatch}, {@code deterministic_fallback_regression})
 * @param rollbackAction   what a rollback does, or {@code null} for the action derived from the active contract
 */
public record Rollback(List<String> rollbackTriggers, String rollbackAction) {

    /** Nothing configured: the default triggers and action. */
    public static final Rollback DEFAULT = new Rollback(null, null);

    public Rollback {
        rollbackTriggers = EnvelopePolicies.orDefault(rollbackTriggers, List.of("consumer_contract_suite_red",
                "non_2xx_envelope_shape_mismatch", "deterministic_fallback_regression"));
    }
}
