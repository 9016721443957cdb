package io.github.cutoverguard.engine.handoff;

import tools.jackson.databind.JsonNode;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The three handoff payload kinds and the bundled schema of each, recognised from the payload's
 * {@code payload_contract_version} or {@code handoff_mode}, for any contract name (see
 * {@link ContractSlug}).
 */
public enum HandoffKind {
    /** {@code payload_contract_version: <contract slug>-rehearsal-handoff.v1}, e.g. {@code billing-v8-rehearsal-handoff.v1}. */
    REHEARSAL("rehearsal-handoff.v1", true),
    /** {@code handoff_mode: stable}. */
    RELEASE_STABLE("release-handoff-stable.v1", false),
    /** {@code handoff_mode: <contract slug>-candidate}, e.g. {@code billing-v8-candidate}. */
    RELEASE_CANDIDATE("release-handoff-candidate.v1", true);

    /** What follows the target contract's slug in a rehearsal handoff's {@code payload_contract_version}. */
    public static final String REHEARSAL_SUFFIX = "-rehearsal-handoff.v1";
    /** A rehearsal handoff's {@code payload_contract_version}, as the bundled schema's pattern. */
    public static final String REHEARSAL_VERSION_PATTERN = "^" + ContractSlug.DASHED + "-rehearsal-handoff\\.v1$";
    /** A release candidate's {@code handoff_mode}, as the bundled schema's pattern. */
    public static final String CANDIDATE_MODE_PATTERN = "^" + ContractSlug.DASHED + "-candidate$";
    private static final Pattern REHEARSAL_VERSION = Pattern.compile(REHEARSAL_VERSION_PATTERN);
    private static final Pattern CANDIDATE_MODE = Pattern.compile(CANDIDATE_MODE_PATTERN);

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
        if (version != null && version.isString() && REHEARSAL_VERSION.matcher(version.asString()).matches()) {
            return Optional.of(REHEARSAL);
        }
        JsonNode mode = payload.get("handoff_mode");
        if (mode != null && mode.isString()) {
            if (mode.asString().equals("stable")) {
                return Optional.of(RELEASE_STABLE);
            }
            if (CANDIDATE_MODE.matcher(mode.asString()).matches()) {
                return Optional.of(RELEASE_CANDIDATE);
            }
        }
        return Optional.empty();
    }
}
