package io.github.cutoverguard.engine.handoff;

import io.github.cutoverguard.engine.Breach;
import io.github.cutoverguard.engine.json.JsonDocument;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Raises {@value #RULE} when an envelope policy's {@code requires} and {@code forbids} overlap, when
 * the payload has no policy for its target contract, or when that policy does not require every
 * configured field or does not forbid every configured field.
 */
public final class EnvelopePolicyIsConsistent {

    public static final String RULE = "HANDOFF-ENVELOPE-POLICY";
    /** Fields the target contract's envelope must require by default. */
    public static final List<String> DEFAULT_REQUIRES = List.of("service_contract_version", "error.code", "error.message");
    /** Fields the target contract's envelope must forbid by default. */
    public static final List<String> DEFAULT_FORBIDS = List.of("legacy_error", "api_contract_version");
    /** Fields the active contract's {@code <active>_stable} envelope must require by default. */
    public static final List<String> DEFAULT_STABLE_REQUIRES =
            List.of("service_contract_version", "error.code", "error.message", "legacy_error");
    /** Fields the active contract's {@code <active>_stable} envelope must forbid by default. */
    public static final List<String> DEFAULT_STABLE_FORBIDS = List.of("api_contract_version");

    private final List<String> requires;
    private final List<String> forbids;

    public EnvelopePolicyIsConsistent(List<String> requires, List<String> forbids) {
        this.requires = List.copyOf(requires);
        this.forbids = List.copyOf(forbids);
    }

    public List<Breach> check(HandoffPayload payload, String targetContract) {
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
        if (targetContract == null) {
            return breaches;
        }
        String prefix = ContractSlug.underscored(targetContract) + "_";
        String targetPolicy = null;
        for (String name : all.propertyNames()) {
            if (name.startsWith(prefix)) {
                targetPolicy = name;
                break;
            }
        }
        if (targetPolicy == null) {
            breaches.add(doc.breachAt(RULE, policies.pointer(), "no envelope policy for " + targetContract
                            + " (expected a key starting with " + prefix + ")")
                    .expected(prefix + "candidate").hint("add the target contract's envelope policy to the payload")
                    .build());
            return breaches;
        }
        JsonNode policy = all.get(targetPolicy);
        String pointer = policies.pointer() + "/" + JsonDocument.escape(targetPolicy);
        List<String> missingRequires = absent(requires, names(policy.get("requires")));
        if (!missingRequires.isEmpty()) {
            breaches.add(doc.breachAt(RULE, pointer + "/requires", "policy " + targetPolicy + " does not require "
                            + String.join(", ", missingRequires))
                    .expected(String.join(", ", requires)).actual(String.join(", ", names(policy.get("requires"))))
                    .build());
        }
        List<String> missingForbids = absent(forbids, names(policy.get("forbids")));
        if (!missingForbids.isEmpty()) {
            breaches.add(doc.breachAt(RULE, pointer + "/forbids", "policy " + targetPolicy + " does not forbid "
                            + String.join(", ", missingForbids))
                    .expected(String.join(", ", forbids)).actual(String.join(", ", names(policy.get("forbids"))))
                    .build());
        }
        return breaches;
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
