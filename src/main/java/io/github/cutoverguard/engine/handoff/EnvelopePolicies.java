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
 * @param stableConfigured       whether a stable policy is configured (else the defaults hold, which describe the contract
 *                               before a cutover: {@link #afterCutover})
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

    /**
     * The policies a stable release handoff is held to. Its active contract is the one a rehearsal moved to, so the
     * stable policy expected of it is the target policy ({@code targetEnvelope*}), unless a stable policy is configured:
     * the default stable policy describes the contract before a cutover (it requires {@code legacy_error}), not the
     * approved release's.
     */
    public EnvelopePolicies afterCutover() {
        return stableConfigured ? this : new EnvelopePolicies(targetEnvelopeRequires, targetEnvelopeForbids,
                targetEnvelopeRequires, targetEnvelopeOptional, targetEnvelopeForbids, false);
    }

    private static boolean given(List<String> value) {
        return value != null && !value.isEmpty();
    }

    static List<String> orDefault(List<String> value, List<String> fallback) {
        return value == null || value.isEmpty() ? fallback : List.copyOf(value);
    }
}
