package io.github.cutoverguard.engine.verdict;

import io.github.cutoverguard.engine.alignment.CheckAlignment;
import io.github.cutoverguard.engine.docs.CheckDocs;
import io.github.cutoverguard.engine.guard.Guard;
import io.github.cutoverguard.engine.handoff.ValidateHandoff;
import io.github.cutoverguard.engine.parity.VerifyParity;
import io.github.cutoverguard.engine.pin.CheckPin;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Whom a verdict judges (DESIGN §4, "Roles"): a consumer (its pin, the handoff it receives, its guardrails), a producer
 * (the handoff it publishes, parity, alignment) or both. The role decides which goals the verdict runs and lists as
 * skipped, and which decisions it makes: a consumer's rehearsal continuation and runtime cutover, a producer's rehearsal
 * continuation and handoff publication.
 */
public enum Role {
    /** A project that pins a producer's release. */
    CONSUMER(List.of(CheckPin.GOAL, ValidateHandoff.GOAL, CheckDocs.GOAL, Guard.GOAL)),
    /** A project that publishes a service contract and its handoffs. */
    PRODUCER(List.of(ValidateHandoff.GOAL, VerifyParity.GOAL, CheckAlignment.GOAL, CheckDocs.GOAL)),
    /** A project that is both: every goal, every decision. */
    BOTH(Verdict.GOALS);

    /** {@link #why} of a role {@code <role>} set. */
    public static final String SET = "set by <role>";

    private final List<String> goals;

    Role(List<String> goals) {
        this.goals = goals;
    }

    /** The goals a verdict of this role runs (when configured) and lists as skipped (when not), in the verdict's order. */
    public List<String> goals() {
        return goals;
    }

    /** Whether the verdict judges a consumer: its runtime cutover is decided. */
    public boolean judgesConsumer() {
        return this != PRODUCER;
    }

    /** Whether the verdict judges a producer: its handoff publication is decided. */
    public boolean judgesProducer() {
        return this != CONSUMER;
    }

    /** The lower-case name used in POMs and reports. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses {@code consumer}, {@code producer} or {@code both} (any case); {@code null} or blank: not set.
     *
     * @throws IllegalArgumentException for anything else (a configuration error)
     */
    public static Role parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        for (Role role : values()) {
            if (role.id().equals(value.trim().toLowerCase(Locale.ROOT))) {
                return role;
            }
        }
        throw new IllegalArgumentException("<role> must be consumer, producer or both, was '" + value + "'");
    }

    /**
     * The role a verdict judges: what is configured says it (a consumer's inputs, a producer's, or both); {@code set}
     * ({@code <role>}) decides where nothing does, and may not contradict what is configured: a verdict that left out the
     * configured inputs of the other side would judge less than the project holds.
     *
     * @param set      the {@code <role>} configured, or {@code null}
     * @param consumer the consumer's inputs configured, e.g. {@code an integration pin (config/integration-pin.json)};
     *                 empty: none
     * @param producer the producer's inputs configured, e.g. {@code openApiFile}; empty: none
     * @throws IllegalArgumentException when {@code set} contradicts what is configured (a configuration error)
     */
    public static Role of(Role set, List<String> consumer, List<String> producer) {
        if (set == PRODUCER && producer.isEmpty()) {
            // a handoff alone says nothing: a consumer validates the handoff it receives, too
            throw new IllegalArgumentException("<role>producer</role>, but none of a producer's inputs is configured "
                    + "(canonicalDirectory, openApiFile, checkStale, a bound generate-handoff): a producer's verdict would "
                    + "judge no parity, no alignment and no generated handoff, and a consumer's guardrails would not run. "
                    + "Configure the producer's inputs, or remove <role>");
        }
        if (set == CONSUMER && !producer.isEmpty()) {
            throw contradiction(set, "a producer's", producer);
        }
        if (set == PRODUCER && !consumer.isEmpty()) {
            throw contradiction(set, "a consumer's", consumer);
        }
        if (set != null) {
            return set;
        }
        if (!consumer.isEmpty() && !producer.isEmpty()) {
            return BOTH;
        }
        return producer.isEmpty() ? CONSUMER : PRODUCER;
    }

    /**
     * Why the verdict judges this role, for the reports: e.g. {@code inferred from openApiFile, canonicalDirectory}, or
     * {@code set by <role>}, or, for a consumer by default, that nothing said otherwise.
     */
    public static String why(Role set, List<String> consumer, List<String> producer) {
        if (set != null) {
            return SET;
        }
        List<String> from = new ArrayList<>(consumer);
        from.addAll(producer);
        return from.isEmpty() ? "no producer input configured (set <role> to judge a producer)"
                : "inferred from " + String.join(", ", from);
    }

    private static IllegalArgumentException contradiction(Role set, String side, List<String> inputs) {
        return new IllegalArgumentException("<role>" + set.id() + "</role> contradicts what is configured: "
                + String.join(", ", inputs) + " " + (inputs.size() == 1 ? "is " : "are ") + side + " input"
                + (inputs.size() == 1 ? "" : "s") + ", which a " + set.id() + "'s verdict would leave unjudged. Set <role>both"
                + "</role>, or remove " + (inputs.size() == 1 ? "it" : "them"));
    }
}
