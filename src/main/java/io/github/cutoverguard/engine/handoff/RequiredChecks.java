package io.github.cutoverguard.engine.handoff;

import java.util.List;

/**
 * The checks a handoff requires of each side, by the POM's names: generated into the candidate and required of the
 * payload. {@code null} is none.
 *
 * @param requiredProducerChecks the commands the producer must run
 * @param requiredConsumerChecks the commands the consumer must run
 */
public record RequiredChecks(List<String> requiredProducerChecks, List<String> requiredConsumerChecks) {

    /** Nothing required of either side. */
    public static final RequiredChecks NONE = new RequiredChecks(null, null);

    public RequiredChecks {
        requiredProducerChecks = requiredProducerChecks == null ? List.of() : List.copyOf(requiredProducerChecks);
        requiredConsumerChecks = requiredConsumerChecks == null ? List.of() : List.copyOf(requiredConsumerChecks);
    }
}
