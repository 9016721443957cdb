package io.github.cutoverguard.engine.handoff;

import io.github.cutoverguard.engine.Check;
import io.github.cutoverguard.engine.Rule;
import io.github.cutoverguard.engine.Breach;
import io.github.cutoverguard.engine.json.JsonDocument;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Raises {@link #RULE} when one of the payload's command lists (the required consumer checks, and
 * the producer's required checks or {@code verification_commands}) is empty, for each configured
 * consumer or producer check that those lists do not contain, and once when checks are configured for a
 * side whose list the payload's kind does not have.
 */
public final class CommandListsComplete implements Check<HandoffPayload> {

    public static final Rule RULE = Rule.HANDOFF_COMMANDS;

    private final List<String> consumerChecks;
    private final List<String> producerChecks;

    public CommandListsComplete(List<String> consumerChecks, List<String> producerChecks) {
        this.consumerChecks = List.copyOf(consumerChecks);
        this.producerChecks = List.copyOf(producerChecks);
    }

    @Override
    public Set<Rule> rules() {
        return Set.of(RULE);
    }

    @Override
    public List<Breach> check(HandoffPayload payload) {
        List<Breach> breaches = new ArrayList<>();
        compare(payload, payload.consumerChecks(), consumerChecks, "consumer", breaches);
        compare(payload, payload.producerChecks(), producerChecks, "producer", breaches);
        return breaches;
    }

    private static void compare(HandoffPayload payload, Optional<HandoffPayload.Field> listed, List<String> wanted,
                                String side, List<Breach> breaches) {
        JsonDocument doc = payload.document();
        if (listed.isEmpty()) {
            // this kind has no list of the side's checks (a stable release handoff has none of the consumer's)
            if (!wanted.isEmpty()) {
                breaches.add(Breach.error(RULE, doc.displayName() + " is a " + payload.kind().schema() + " payload, "
                                + "which lists no " + side + " checks, so it cannot list the required " + side + " checks "
                                + String.join(", ", wanted))
                        .file(doc.displayName()).expected(String.join(", ", wanted))
                        .hint("configure required" + Character.toUpperCase(side.charAt(0)) + side.substring(1)
                                + "Checks only in the execution that validates the handoffs listing them")
                        .build());
            }
            return;
        }
        HandoffPayload.Field list = listed.get();
        String name = list.pointer().substring(1);
        list.value().filter(v -> v.isArray() && v.isEmpty()).ifPresent(empty ->
                breaches.add(doc.breachAt(RULE, list.pointer(), name + " is empty: the payload must list the "
                                + side + "'s checks")
                        .expected("at least one command").actual("[]")
                        .hint("list the commands the " + side + " runs in " + name + " (regenerate the handoff)")
                        .build()));
        if (wanted.isEmpty()) {
            return; // nothing required: no set of a (possibly huge) list
        }
        Set<String> present = new HashSet<>();
        list.value().filter(v -> v.isArray()).ifPresent(array -> array.forEach(n -> present.add(n.asString())));
        for (String check : wanted) {
            if (!present.contains(check)) {
                breaches.add(doc.breachAt(RULE, list.pointer(), "the required " + side + " checks lack \"" + check + "\"")
                        .expected(check)
                        .hint("add \"" + check + "\" to " + name + " in the payload")
                        .build());
            }
        }
    }
}
