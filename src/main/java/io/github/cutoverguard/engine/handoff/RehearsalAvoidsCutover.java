package io.github.cutoverguard.engine.handoff;

import io.github.cutoverguard.engine.Rule;
import io.github.cutoverguard.engine.Breach;
import io.github.cutoverguard.engine.json.JsonDocument;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Raises {@link #RULE} when a rehearsal payload forces a runtime cutover
 * ({@code requires_runtime_cutover} not {@code false}, or missing: a required member), targets the contract that is already
 * active, or targets another contract than the configured {@code targetServiceContract}; or when a
 * release candidate's {@code handoff_mode} ({@code <contract slug>-candidate}) names another contract
 * than the payload's target (or the configured {@code targetServiceContract}).
 */
public final class RehearsalAvoidsCutover {

    public static final Rule RULE = Rule.HANDOFF_CUTOVER_FLAG;

    private final String configuredTarget;

    /** @param configuredTarget the rehearsal's target contract, or {@code null} to accept the payload's */
    public RehearsalAvoidsCutover(String configuredTarget) {
        this.configuredTarget = configuredTarget;
    }

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
        return breaches;
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
