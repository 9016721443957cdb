package io.github.cutoverguard.engine.handoff;

import java.util.List;

/**
 * The two non-2xx envelope policies a handoff states, by the POM's names: the active contract's
 * {@code <active>_stable} policy ({@code stableEnvelope*}) and the target contract's ({@code targetEnvelope*}).
 * {@code generate-handoff} writes them into the candidate and {@code validate-handoff} requires them of the payload. A
 * {@code null} or empty list takes its default, set here once.
 *
 * @param stableEnvelopeRequires fields the active contract requires (default {@link EnvelopePolicyIsConsistent#DEFAULT_STABLE_REQUIRES})
 * @param stableEnvelopeForbids  fields the active contract forbids (default {@link EnvelopePolicyIsConsistent#DEFAULT_STABLE_FORBIDS})
 * @param targetEnvelopeRequires fields the target contract requires (default {@link EnvelopePolicyIsConsistent#DEFAULT_REQUIRES})
 * @param targetEnvelopeOptional fields the target contract allows (default {@code error.details}); generated, not checked
 * @param targetEnvelopeForbids  fields the target contract forbids (default {@link EnvelopePolicyIsConsistent#DEFAULT_FORBIDS})
 * @param stableConfigured       whether a stable policy is configured (else the defaults hold for a rehearsal; a stable
 *                               release handoff states its own)
 */
public record EnvelopePolicies(
        List<String> stableEnvelopeRequires,
        List<String> stableEnvelopeForbids,
        List<String> targetEnvelopeRequires,
        List<String> targetEnvelopeOptional,
        List<String> targetEnvelopeForbids,
        boolean stableConfigured) {

    /** Nothing configured: every policy at its default. */
    public static final EnvelopePolicies DEFAULT = new EnvelopePolicies(null, null, null, null, null);

    /** The policies as configured: a stable policy is configured when either of its lists is given. */
    public EnvelopePolicies(List<String> stableEnvelopeRequires, List<String> stableEnvelopeForbids,
                            List<String> targetEnvelopeRequires, List<String> targetEnvelopeOptional,
                            List<String> targetEnvelopeForbids) {
        this(stableEnvelopeRequires, stableEnvelopeForbids, targetEnvelopeRequires, targetEnvelopeOptional,
                targetEnvelopeForbids, given(stableEnvelopeRequires) || given(stableEnvelopeForbids));
    }

    public EnvelopePolicies {
        stableEnvelopeRequires = orDefault(stableEnvelopeRequires, EnvelopePolicyIsConsistent.DEFAULT_STABLE_REQUIRES);
        stableEnvelopeForbids = orDefault(stableEnvelopeForbids, EnvelopePolicyIsConsistent.DEFAULT_STABLE_FORBIDS);
        targetEnvelopeRequires = orDefault(targetEnvelopeRequires, EnvelopePolicyIsConsistent.DEFAULT_REQUIRES);
        targetEnvelopeOptional = orDefault(targetEnvelopeOptional, List.of("error.details"));
        targetEnvelopeForbids = orDefault(targetEnvelopeForbids, EnvelopePolicyIsConsistent.DEFAULT_FORBIDS);
    }

    private static boolean given(List<String> value) {
        return value != null && !value.isEmpty();
    }

    static List<String> orDefault(List<String> value, List<String> fallback) {
        return value == null || value.isEmpty() ? fallback : List.copyOf(value);
    }
}
