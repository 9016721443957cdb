package io.github.cutoverguard.engine.handoff;

import tools.jackson.databind.JsonNode;

import java.util.Optional;

/**
 * The three handoff payload kinds and the bundled schema of each, recognised from the payload's
 * {@code payload_contract_version} or {@code handoff_mode}.
 */
public enum HandoffKind {
    /** {@code payload_contract_version: service-vN-rehearsal-handoff.v1}. */
    REHEARSAL("rehearsal-handoff.v1", true),
    /** {@code handoff_mode: stable}. */
    RELEASE_STABLE("release-handoff-stable.v1", false),
    /** {@code handoff_mode: service-vN-candidate}. */
    RELEASE_CANDIDATE("release-handoff-candidate.v1", true);

    private final String schema;
    private final boolean rehearsal;

    HandoffKind(String schema, boolean rehearsal) {
        this.schema = schema;
        this.rehearsal = rehearsal;
    }

    /** The bundled schema name, e.g. {@code rehearsal-handoff.v1}. */
    public String schema() {
        return schema;
    }

    /** Whether the payload describes a rehearsal (it must not force a runtime cutover). */
    public boolean isRehearsal() {
        return rehearsal;
    }

    /** Recognises the kind of a payload, if it is one of the three. */
    public static Optional<HandoffKind> of(JsonNode payload) {
        JsonNode version = payload.get("payload_contract_version");
        if (version != null && version.isString() && version.asString().matches("service-v\\d+-rehearsal-handoff\\.v1")) {
            return Optional.of(REHEARSAL);
        }
        JsonNode mode = payload.get("handoff_mode");
        if (mode != null && mode.isString()) {
            if (mode.asString().equals("stable")) {
                return Optional.of(RELEASE_STABLE);
            }
            if (mode.asString().matches("service-v\\d+-candidate")) {
                return Optional.of(RELEASE_CANDIDATE);
            }
        }
        return Optional.empty();
    }
}
