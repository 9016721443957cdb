package io.github.cutoverguard.engine.pin;

import io.github.cutoverguard.engine.Check;
import io.github.cutoverguard.engine.Rule;
import io.github.cutoverguard.engine.Breach;
import io.github.cutoverguard.engine.json.JsonDocument;

import java.util.List;
import java.util.Set;

/**
 * Raises {@link #RULE} in rehearsal mode when the pin already names the target service contract:
 * during a rehearsal the runtime stays on the baseline contract.
 */
public final class PinAvoidsTargetContract implements Check<JsonDocument> {

    public static final Rule RULE = Rule.PIN_TARGET_CONTRACT;

    private final String targetServiceContract;

    /** @param targetServiceContract the contract being rehearsed, e.g. {@code billing.v8} */
    public PinAvoidsTargetContract(String targetServiceContract) {
        this.targetServiceContract = targetServiceContract;
    }

    @Override
    public Set<Rule> rules() {
        return Set.of(RULE);
    }

    @Override
    public List<Breach> check(JsonDocument pin) {
        String pointer = JsonDocument.pointerOf(PinFields.SERVICE_CONTRACT);
        return pin.text(PinFields.SERVICE_CONTRACT)
                .filter(contract -> contract.equals(targetServiceContract))
                .map(contract -> pin.breachAt(RULE, pointer, PinFields.SERVICE_CONTRACT + " is \"" + contract
                                + "\", the rehearsal target: the runtime must not switch during a rehearsal")
                        .expected("not " + targetServiceContract).actual(contract).build())
                .stream().toList();
    }
}
