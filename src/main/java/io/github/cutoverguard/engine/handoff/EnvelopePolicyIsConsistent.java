package io.github.cutoverguard.engine.handoff;

import io.github.cutoverguard.engine.Rule;
import io.github.cutoverguard.engine.Breach;
import io.github.cutoverguard.engine.Check;
import io.github.cutoverguard.engine.json.JsonDocument;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Raises {@link #RULE} when an envelope policy's {@code requires} and {@code forbids} overlap; when
 * the active contract's policy ({@code <active slug_>_stable}) is missing or does not require every
 * stable field or forbid every stable forbidden field; or when the payload has no policy for its
 * target contract, or one of the target's policies (every {@code <target slug_>_<policy>} key, in
 * any order) does not require every configured field or forbid every configured field. When the
 * target is the active contract (a stable release), its {@code _stable} policy is the active one.
 */
public final class EnvelopePolicyIsConsistent implements Check<HandoffPayload> {

    public static final Rule RULE = Rule.HANDOFF_ENVELOPE_POLICY;
    /** Fields the target contract's envelope must require by default. */
    public static final List<String> DEFAULT_REQUIRES = List.of("service_contract_version", "error.code", "error.message");
    /** Fields the target contract's envelope must forbid by default. */
    public static final List<String> DEFAULT_FORBIDS = List.of("legacy_error", "api_contract_version");
    /** Fields the active contract's {@code <active>_stable} envelope must require by default. */
    public static final List<String> DEFAULT_STABLE_REQUIRES =
            List.of("service_contract_version", "error.code", "error.message", "legacy_error");
    /** Fields the active contract's {@code <active>_stable} envelope must forbid by default. */
    public static final List<String> DEFAULT_STABLE_FORBIDS = List.of("api_contract_version");

    /** What one policy must require and forbid. */
    private record Expectation(List<String> requires, List<String> forbids) {
    }

    private final Expectation target;
    private final Expectation stable;
    private final String targetContract;

    /**
     * @param requires       fields every policy of the target contract must require
     * @param forbids        fields every policy of the target contract must forbid
     * @param stableRequires fields the active contract's stable policy must require
     * @param stableForbids  fields the active contract's stable policy must forbid
     * @param targetContract the contract being rehearsed, whose policies must hold the target fields, or {@code null}
     */
    public EnvelopePolicyIsConsistent(List<String> requires, List<String> forbids, List<String> stableRequires,
                                      List<String> stableForbids, String targetContract) {
        this.target = new Expectation(List.copyOf(requires), List.copyOf(forbids));
        this.stable = new Expectation(List.copyOf(stableRequires), List.copyOf(stableForbids));
        this.targetContract = targetContract;
    }

    @Override
    public Set<Rule> rules() {
        return Set.of(RULE);
    }

    @Override
    public List<Breach> check(HandoffPayload payload) {
        List<Breach> breaches = new ArrayList<>();
        JsonDocument doc = payload.document();
        HandoffPayload.Field policies = payload.envelopePolicies();
        if (policies.value().isEmpty() || !policies.value().get().isObject()) {
            return breaches;
        }
        JsonNode all = policies.value().get();
        for (String name : all.propertyNames()) {
            String pointer = policies.pointer() + "/" + JsonDocument.escape(name);
            Set<String> overlap = new LinkedHashSet<>(names(all.get(name).get("requires")));
            overlap.retainAll(names(all.get(name).get("forbids")));
            if (!overlap.isEmpty()) {
                breaches.add(doc.breachAt(RULE, pointer, "policy " + name + " both requires and forbids "
                                + String.join(", ", overlap))
                        .actual(String.join(", ", overlap))
                        .hint("a field is either required or forbidden: remove it from one of the lists").build());
            }
        }
        Optional<String> active = payload.activeBaseline().get("serviceContract").text();
        String stableKey = active.map(ContractSlug::stablePolicy).orElse(null);
        active.ifPresent(contract -> {
            if (all.has(stableKey)) {
                expect(doc, policies.pointer(), stableKey, all.get(stableKey), stable, breaches);
            } else {
                breaches.add(doc.breachAt(RULE, policies.pointer(), "no envelope policy for the active contract "
                                + contract + " (expected " + stableKey + ")")
                        .expected(stableKey).hint("add the active contract's stable envelope policy to the payload")
                        .build());
            }
        });
        if (targetContract == null) {
            return breaches;
        }
        List<String> targetKeys = new ArrayList<>();
        all.propertyNames().forEach(name -> {
            if (ContractSlug.isPolicyOf(name, targetContract)) {
                targetKeys.add(name);
            }
        });
        if (targetKeys.isEmpty()) {
            String prefix = ContractSlug.underscored(targetContract) + "_";
            breaches.add(doc.breachAt(RULE, policies.pointer(), "no envelope policy for " + targetContract
                            + " (expected a key starting with " + prefix + ")")
                    .expected(prefix + "candidate").hint("add the target contract's envelope policy to the payload")
                    .build());
        }
        targetKeys.stream().filter(name -> !name.equals(stableKey))
                .forEach(name -> expect(doc, policies.pointer(), name, all.get(name), target, breaches));
        return breaches;
    }

    /** Adds a breach for the fields {@code policy} fails to require and one for those it fails to forbid. */
    private static void expect(JsonDocument doc, String policiesPointer, String name, JsonNode policy,
                               Expectation expectation, List<Breach> breaches) {
        String pointer = policiesPointer + "/" + JsonDocument.escape(name);
        List<String> missingRequires = absent(expectation.requires(), names(policy.get("requires")));
        if (!missingRequires.isEmpty()) {
            breaches.add(doc.breachAt(RULE, pointer + "/requires", "policy " + name + " does not require "
                            + String.join(", ", missingRequires))
                    .expected(String.join(", ", expectation.requires()))
                    .actual(String.join(", ", names(policy.get("requires"))))
                    .build());
        }
        List<String> missingForbids = absent(expectation.forbids(), names(policy.get("forbids")));
        if (!missingForbids.isEmpty()) {
            breaches.add(doc.breachAt(RULE, pointer + "/forbids", "policy " + name + " does not forbid "
                            + String.join(", ", missingForbids))
                    .expected(String.join(", ", expectation.forbids()))
                    .actual(String.join(", ", names(policy.get("forbids"))))
                    .build());
        }
    }

    private static List<String> absent(List<String> wanted, Set<String> present) {
        return wanted.stream().filter(w -> !present.contains(w)).toList();
    }

    private static Set<String> names(JsonNode array) {
        Set<String> names = new LinkedHashSet<>();
        if (array != null && array.isArray()) {
            array.forEach(n -> names.add(n.asString()));
        }
        return names;
    }
}
