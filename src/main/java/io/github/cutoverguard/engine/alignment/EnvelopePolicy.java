package io.github.cutoverguard.engine.alignment;

import io.github.cutoverguard.engine.handoff.EnvelopePolicyIsConsistent;
import io.github.cutoverguard.engine.json.JsonDocument;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A non-2xx envelope policy: the dotted fields the error envelope must require and must not
 * define, each list with where it came from (a POM parameter, a file's
 * {@code non_2xx_envelope_policy}, or the plugin's default).
 *
 * @param requires fields every error envelope must require
 * @param forbids  fields no error envelope may define or require
 * @param optional fields the envelope may carry, or {@code null} when the source states none
 */
public record EnvelopePolicy(Fields requires, Fields forbids, Fields optional) {

    /** The source of the default lists: the same defaults {@code validate-handoff} checks handoffs against. */
    public static final String DEFAULT_SOURCE = "the plugin's default policy";

    /** One list of dotted fields and where it came from, e.g. {@code <apiEnvelopeForbids>}. */
    public record Fields(List<String> names, String source) {

        public Fields {
            names = List.copyOf(names);
        }
    }

    /**
     * The one policy {@code check-alignment} uses for every check, each list from one ordered source: the POM when
     * configured, else the source of truth's {@code non_2xx_envelope_policy}, else the default
     * ({@code service_contract_version, error.code, error.message} / {@code legacy_error, api_contract_version}). The
     * manifest is no source: its schema defines no envelope policy.
     */
    public static EnvelopePolicy effective(List<String> configuredRequires, List<String> configuredForbids,
                                           Optional<JsonDocument> sourceOfTruth) {
        return new EnvelopePolicy(
                pick("requires", configuredRequires, "<apiEnvelopeRequires>", EnvelopePolicyIsConsistent.DEFAULT_REQUIRES,
                        sourceOfTruth),
                pick("forbids", configuredForbids, "<apiEnvelopeForbids>", EnvelopePolicyIsConsistent.DEFAULT_FORBIDS,
                        sourceOfTruth),
                null);
    }

    private static Fields pick(String list, List<String> configured, String parameter, List<String> defaults,
                               Optional<JsonDocument> sourceOfTruth) {
        if (configured != null && !configured.isEmpty()) {
            return new Fields(configured, parameter);
        }
        return sourceOfTruth.flatMap(d -> stated(d, list)).orElse(new Fields(defaults, DEFAULT_SOURCE));
    }

    /** The {@code non_2xx_envelope_policy.<list>} a file states, if it states it as an array of strings. */
    static Optional<Fields> stated(JsonDocument document, String list) {
        JsonNode names = document.root().at("/non_2xx_envelope_policy/" + list);
        if (!names.isArray()) {
            return Optional.empty();
        }
        List<String> values = new ArrayList<>();
        for (JsonNode name : names) {
            if (!name.isString()) {
                return Optional.empty();
            }
            values.add(name.asString());
        }
        return Optional.of(new Fields(values, document.displayName() + " non_2xx_envelope_policy." + list));
    }

    /** {@code requires [a, b] (from X); forbids [c] (from Y)}. */
    public String describe() {
        return "requires " + requires.names() + " (from " + requires.source() + "), forbids " + forbids.names()
                + " (from " + forbids.source() + ")";
    }
}
