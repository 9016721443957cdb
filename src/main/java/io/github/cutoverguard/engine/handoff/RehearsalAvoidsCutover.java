package io.github.cutoverguard.engine.handoff;

import io.github.cutoverguard.engine.Check;
import io.github.cutoverguard.engine.Rule;
import io.github.cutoverguard.engine.Breach;
import io.github.cutoverguard.engine.json.JsonDocument;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Raises {@link #RULE} when a rehearsal payload forces a runtime cutover
 * ({@code requires_runtime_cutover} not {@code false}, or missing: a required member), targets the contract that is already
 * active, or targets another contract than the configured {@code targetServiceContract}; when a
 * rehearsal handoff's {@code mode} is not the configured rehearsal mode, its target API contract not the
 * configured one, or its {@code payload_contract_version} names another contract than its target; or when a
 * release candidate's {@code handoff_mode} ({@code <contract slug>-candidate}) names another contract
 * than the payload's target (or the configured {@code targetServiceContract}). The consumer decides what a
 * payload may say, not the payload.
 */
public final class RehearsalAvoidsCutover implements Check<HandoffPayload> {

    public static final Rule RULE = Rule.HANDOFF_CUTOVER_FLAG;

    /**
     * A value the consumer configured, and where it comes from (named in the breach).
     *
     * @param value  the expected value, or {@code null} when nothing is configured (then not compared)
     * @param source e.g. {@code <targetApiContract>}
     */
    public record Configured(String value, String source) {

        /** Nothing configured. */
        public static final Configured NONE = new Configured(null, null);
    }

    private final String configuredTarget;
    private final Configured targetApiContract;
    private final String mode;

    /**
     * @param configuredTarget  the rehearsal's target contract, or {@code null} to accept the payload's
     * @param targetApiContract the rehearsal's target API contract
     * @param mode              the rehearsal mode, or {@code null} for {@link HandoffSettings#DEFAULT_CANDIDATE_MODE}
     */
    public RehearsalAvoidsCutover(String configuredTarget, Configured targetApiContract, String mode) {
        this.configuredTarget = configuredTarget;
        this.targetApiContract = targetApiContract == null ? Configured.NONE : targetApiContract;
        this.mode = mode == null || mode.isBlank() ? HandoffSettings.DEFAULT_CANDIDATE_MODE : mode;
    }

    @Override
    public Set<Rule> rules() {
        return Set.of(RULE);
    }

    @Override
    public List<Breach> check(HandoffPayload payload) {
        List<Breach> breaches = new ArrayList<>();
        if (!payload.kind().isRehearsal()) {
            return breaches;
        }
        JsonDocument doc = payload.document();
        HandoffPayload.Field flag = payload.requiresRuntimeCutover();
        if (flag.value().filter(v -> v.isBoolean() && !v.booleanValue()).isEmpty()) {
            String stated = flag.value().map(Object::toString).orElse("missing");
            breaches.add(doc.breachAt(RULE, flag.pointer(), "requires_runtime_cutover is " + stated
                            + ": a rehearsal payload must not force a runtime cutover")
                    .expected("false").actual(stated)
                    .hint("set requires_runtime_cutover to false; the runtime cutover needs the joint approval")
                    .build());
        }
        HandoffPayload.Field target = payload.targetServiceContract();
        Optional<String> active = payload.activeBaseline().get("serviceContract").text();
        target.text().ifPresent(t -> {
            if (active.isPresent() && t.equals(active.get())) {
                breaches.add(doc.breachAt(RULE, target.pointer(), "the rehearsal targets \"" + t
                                + "\", which is already the active service contract")
                        .expected("not " + t).actual(t)
                        .hint("target the next contract (" + next(t) + ") while the runtime stays on the active one")
                        .build());
            }
            if (configuredTarget != null && !t.equals(configuredTarget)) {
                breaches.add(doc.breachAt(RULE, target.pointer(), "the payload targets \"" + t
                                + "\", <targetServiceContract> is \"" + configuredTarget + "\"")
                        .expected(configuredTarget).actual(t)
                        .hint("regenerate the handoff for the contract being rehearsed, or correct <targetServiceContract>")
                        .build());
            }
        });
        if (payload.kind() == HandoffKind.RELEASE_CANDIDATE) {
            checkMode(payload, target.text(), breaches);
        }
        if (payload.kind() == HandoffKind.REHEARSAL) {
            checkRehearsal(payload, target.text(), breaches);
        }
        return breaches;
    }

    /** A rehearsal handoff's mode, target API contract and format version are what the consumer configured. */
    private void checkRehearsal(HandoffPayload payload, Optional<String> target, List<Breach> breaches) {
        JsonDocument doc = payload.document();
        HandoffPayload.Field rehearsalMode = payload.rehearsalMode();
        rehearsalMode.text().filter(actual -> !actual.equals(mode)).ifPresent(actual ->
                breaches.add(doc.breachAt(RULE, rehearsalMode.pointer(), "rehearsal_candidate.mode is \"" + actual
                                + "\", the configured rehearsal mode is \"" + mode + "\"")
                        .expected(mode).actual(actual)
                        .hint("a rehearsal only plans the cutover: regenerate the handoff, or configure <candidateMode> "
                                + "if the teams agreed on another rehearsal mode")
                        .build()));
        HandoffPayload.Field api = payload.targetApiContract();
        String wantApi = targetApiContract.value();
        api.text().filter(actual -> wantApi != null && !actual.equals(wantApi)).ifPresent(actual ->
                breaches.add(doc.breachAt(RULE, api.pointer(), "the payload targets API contract \"" + actual
                                + "\", the configured target API contract is \"" + wantApi + "\" ("
                                + targetApiContract.source() + ")")
                        .expected(wantApi).actual(actual)
                        .hint("regenerate the handoff for the API contract being rehearsed, or configure "
                                + "<targetApiContract>")
                        .build()));
        HandoffPayload.Field version = payload.formatVersion();
        target.ifPresent(t -> {
            String want = ContractSlug.dashed(t) + HandoffKind.REHEARSAL_SUFFIX;
            version.text().filter(actual -> !actual.equals(want)).ifPresent(actual ->
                    breaches.add(doc.breachAt(RULE, version.pointer(), "payload_contract_version is \"" + actual
                                    + "\", the rehearsal handoff of " + t + " is \"" + want + "\"")
                            .expected(want).actual(actual)
                            .hint("name the contract being rehearsed in payload_contract_version; regenerate the handoff")
                            .build()));
        });
    }

    /** The candidate's mode must be the candidate mode of its target and of the configured target. */
    private void checkMode(HandoffPayload payload, Optional<String> target, List<Breach> breaches) {
        HandoffPayload.Field mode = payload.handoffMode();
        Map<String, String> contractOfMode = new LinkedHashMap<>();
        target.ifPresent(t -> contractOfMode.putIfAbsent(ContractSlug.candidateMode(t), t));
        if (configuredTarget != null) {
            contractOfMode.putIfAbsent(ContractSlug.candidateMode(configuredTarget), configuredTarget);
        }
        mode.text().ifPresent(actual -> contractOfMode.forEach((want, contract) -> {
            if (!want.equals(actual)) {
                breaches.add(payload.document().breachAt(RULE, mode.pointer(), "handoff_mode is \"" + actual
                                + "\", the candidate mode of " + contract + " is \"" + want + "\"")
                        .expected(want).actual(actual)
                        .hint("name the contract being rehearsed in handoff_mode; regenerate the release handoff")
                        .build());
            }
        }));
    }

    /** The contract after {@code contract}: {@code ledger.v4} -> {@code ledger.v5}; any other name as the next version. */
    static String next(String contract) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^(.*\\.v)(\\d+)$").matcher(contract);
        return m.matches() ? "e.g. " + m.group(1) + (Long.parseLong(m.group(2)) + 1) : "the contract after " + contract;
    }
}
